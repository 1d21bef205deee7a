package io.healthpage.examples.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that fails with an exception whose message must never reach the client. */
@Path("fail")
public final class FailingResource {
    static final String SECRET = "secret-internal-detail-42";

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
