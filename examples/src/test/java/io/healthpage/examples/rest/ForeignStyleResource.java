package io.healthpage.examples.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page whose stylesheet is not the renderer's: the server's CSP must make the browser refuse it. */
@Path("foreign-style")
public final class ForeignStyleResource {
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title>"
                + "<style>a{position:absolute}</style></head><body><a href=\"#m\">skip</a><main id=\"m\">x</main></body></html>\n";
    }
}
