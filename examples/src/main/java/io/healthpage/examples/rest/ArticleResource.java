package io.healthpage.examples.rest;

import io.healthpage.i18n.LanguageNegotiator;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The endpoints: {@code GET /}, {@code GET /articles/{id}}, {@code GET /articles/{id}.json},
 * {@code GET /articles/{id}/jsonld}. Public only because Jersey invokes resource methods reflectively;
 * it is created by Jersey for {@link HealthpageServer} and cannot be constructed elsewhere.
 * Stateless apart from the shared site; thread-safe.
 */
@Path("/")
@Singleton
public final class ArticleResource {
    private final Site site;

    /** Called by Jersey with the application's configuration, which carries the site. */
    public ArticleResource(@Context Configuration config) {
        Object s = config.getProperty(Site.PROPERTY);
        if (!(s instanceof Site)) throw new IllegalStateException("ArticleResource is served by HealthpageServer only");
        this.site = (Site) s;
    }

    /** The list of articles with their languages, in the negotiated page-chrome language. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @QueryParam("lang") String lang,
                          @Context Request request, @Context UriInfo uri) {
        String base = basePath(uri);
        Optional<Locale> requested = lang == null ? Optional.empty() : LanguageNegotiator.parseTag(lang);
        if (lang != null && requested.isEmpty()) return badLanguage(acceptLanguage, lang, base);
        Locale ui = site.chromeLanguage(acceptLanguage, requested.orElse(null));
        return ok(site.index(ui, base), Site.HTML_UTF8, request);
    }

    /** The article page in the negotiated language. */
    @GET
    @Path("articles/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                         @QueryParam("lang") String lang, @Context Request request, @Context UriInfo uri) {
        return serve(id, acceptLanguage, lang, request, uri, Site.HTML_UTF8, site::page);
    }

    /** The localized article as article-format JSON. */
    @GET
    @Path("articles/{id}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                         @QueryParam("lang") String lang, @Context Request request, @Context UriInfo uri) {
        return serve(id, acceptLanguage, lang, request, uri, Site.JSON_UTF8, site::json);
    }

    /** The localized article as schema.org JSON-LD. */
    @GET
    @Path("articles/{id}/jsonld")
    @Produces(Site.JSON_LD)
    public Response jsonLd(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           @QueryParam("lang") String lang, @Context Request request, @Context UriInfo uri) {
        return serve(id, acceptLanguage, lang, request, uri, Site.JSON_LD, site::jsonLd);
    }

    private Response serve(String id, String acceptLanguage, String lang, Request request, UriInfo uri, String type,
                           BiFunction<Site.Served, Locale, Site.Body> render) {
        String base = basePath(uri);
        Optional<Site.Served> article = site.article(id);
        if (article.isEmpty()) {
            Locale ui = site.chromeLanguage(acceptLanguage, lang == null ? null : LanguageNegotiator.parseTag(lang).orElse(null));
            return html(Response.Status.NOT_FOUND, Pages.notFound(site, ui, id, base), ui);
        }
        Optional<Locale> requested = lang == null ? Optional.empty() : LanguageNegotiator.parseTag(lang);
        if (lang != null && requested.isEmpty()) return badLanguage(acceptLanguage, lang, base);
        Locale chosen = Site.articleLanguage(article.get(), acceptLanguage, requested.orElse(null));
        return ok(render.apply(article.get(), chosen), type, request);
    }

    private Response badLanguage(String acceptLanguage, String lang, String base) {
        Locale ui = site.chromeLanguage(acceptLanguage, null);
        return html(Response.Status.BAD_REQUEST, Pages.badLanguage(site, ui, lang, base), ui);
    }

    /** 200 with the body, or 304 when the client's copy is current; caching headers on both. */
    private static Response ok(Site.Body body, String type, Request request) {
        EntityTag tag = new EntityTag(body.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(body.bytes(), type);
        return b.tag(tag)
                .header(HttpHeaders.CONTENT_LANGUAGE, body.language().toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, Site.CACHE_CONTROL)
                .build();
    }

    static Response html(Response.StatusType status, String page, Locale language) {
        return Response.status(status).entity(page.getBytes(StandardCharsets.UTF_8))
                .type(Site.HTML_UTF8)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The application's root path, ending with "/": links on the server's pages are built from it. */
    static String basePath(UriInfo uri) {
        String p = uri.getBaseUri().getRawPath();
        return p == null || p.isEmpty() ? "/" : p.endsWith("/") ? p : p + "/";
    }
}
