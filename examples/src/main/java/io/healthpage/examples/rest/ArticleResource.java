package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthResponses;
import io.healthpage.jakarta.Rendered;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The endpoints: {@code GET /}, {@code GET /articles/{id}}, {@code GET /articles/{id}.json},
 * {@code GET /articles/{id}/jsonld}, each answered by {@link HealthResponses} (negotiation, 400/404
 * pages, ETag/304, headers). Public only because Jersey invokes resource methods reflectively; it is
 * created by Jersey for {@link HealthpageServer} and is not in any jar meant for reuse (the library part is
 * {@code healthpage-jakarta}). Stateless apart from the shared answers; thread-safe.
 */
@Path("/")
@Singleton
public final class ArticleResource {
    private final HealthResponses http;

    /** Called by Jersey with the application's configuration, which carries the answers. */
    public ArticleResource(@Context Configuration config) {
        Object s = config.getProperty(HealthpageServer.RESPONSES);
        if (!(s instanceof HealthResponses)) throw new IllegalStateException("ArticleResource is served by HealthpageServer only");
        this.http = (HealthResponses) s;
    }

    /** The list of articles with their languages, in the negotiated page-chrome language. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@QueryParam("lang") String lang, @Context HttpHeaders headers, @Context Request request,
                          @Context UriInfo uri) {
        return http.index(lang, headers, request, uri);
    }

    /** The article page in the negotiated language. */
    @GET
    @Path("articles/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers,
                         @Context Request request) {
        return http.article(Rendered.Kind.PAGE, id, lang, headers, request);
    }

    /** The localized article as article-format JSON. */
    @GET
    @Path("articles/{id}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers,
                         @Context Request request) {
        return http.article(Rendered.Kind.JSON, id, lang, headers, request);
    }

    /** The localized article as schema.org JSON-LD. */
    @GET
    @Path("articles/{id}/jsonld")
    @Produces("application/ld+json")
    public Response jsonLd(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers,
                           @Context Request request) {
        return http.article(Rendered.Kind.JSON_LD, id, lang, headers, request);
    }
}
