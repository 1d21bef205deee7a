package com.example.health;

import io.healthpage.jakarta.HealthResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path("articles/{id}")
public class ArticleResource {
    @Inject HealthResponses http;
    @PathParam("id") String id;
    @QueryParam("lang") String lang;
    @Context HttpHeaders headers;
    @Context Request request;

    @GET @Produces("text/html")
    public Response page() { return http.page(id, lang, headers, request); }

    @GET @Path("fragment") @Produces("text/html")
    public Response fragment() { return http.fragment(id, lang, headers, request); }

    @GET @Path("jsonld") @Produces("application/ld+json")
    public Response jsonLd() { return http.jsonLd(id, lang, headers, request); }

    @GET @Path("json") @Produces("application/json")
    public Response json() { return http.json(id, lang, headers, request); }
}
