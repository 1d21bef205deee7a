package io.healthpage.jakarta;

import io.healthpage.i18n.LanguageNegotiator;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Jakarta REST answers for {@link HealthContent}: a resource method hands over the article id, the
 * {@code ?lang=} value and the request's headers, and gets the complete response —
 *
 * <ul>
 *   <li>the language: {@code ?lang=} when present decides alone (the closest available language, else
 *       the source); otherwise the request's {@code Accept-Language}, negotiated with CLDR language
 *       matching ({@code es-MX} → {@code es}, {@code zh-CN} → {@code zh-Hans}, {@code *} or nothing usable →
 *       the source). The header is read with {@link HttpHeaders#getHeaderString} and parsed by
 *       {@link LanguageNegotiator} (RFC 9110: q-values, {@code *}, malformed ranges skipped), not taken from
 *       {@link HttpHeaders#getAcceptableLanguages()}: with Jersey that turns {@code zh-Hans-CN} into a
 *       {@code Locale} with language {@code zh} and country {@code HANS-CN} (the script lost, so
 *       Simplified Chinese could not be told from Traditional), {@code *} into a language {@code "*"}, and
 *       throws for the whole header when one range is malformed;</li>
 *   <li><b>400</b> with an accessible error page (in the reader's language) for a malformed {@code ?lang=};
 *       <b>404</b> likewise for an unknown article;</li>
 *   <li>{@code Content-Language} = the language actually served, {@code Vary: Accept-Language},
 *       a strong {@code ETag} and <b>304</b> for a matching {@code If-None-Match}, {@code Cache-Control},
 *       and the {@code Content-Security-Policy} with the stylesheet's hash
 *       ({@link HealthContent#contentSecurityPolicy()}), {@code X-Content-Type-Options: nosniff},
 *       {@code Referrer-Policy} — on 200, 304, 400 and 404 alike.</li>
 * </ul>
 *
 * <pre>{@code
 * @GET @Path("articles/{id}") @Produces(MediaType.TEXT_HTML)
 * public Response page(@PathParam("id") String id, @QueryParam("lang") String lang,
 *                      @Context HttpHeaders headers, @Context Request request) {
 *     return responses.page(id, lang, headers, request);
 * }
 * }</pre>
 *
 * <p>Bodies come from the content's cache: once warm, answering renders nothing. The 200 answers carry a
 * {@link Rendered} entity, written by {@link RenderedWriter} (found by the server's scanning, or register it).
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; one instance serves every request.
 */
public final class HealthResponses {
    /** The default {@code Cache-Control} of article answers: shared caches and browsers may reuse them for 5 minutes. */
    public static final String DEFAULT_CACHE_CONTROL = "public, max-age=300";

    private final HealthContent content;
    private final String cacheControl;
    private final String home;
    private final String csp;

    private HealthResponses(HealthContent content, String cacheControl, String home) {
        this.content = content;
        this.cacheControl = cacheControl;
        this.home = home;
        this.csp = HealthContent.contentSecurityPolicy();
    }

    /** Answers for {@code content} with the defaults ({@value #DEFAULT_CACHE_CONTROL}, error pages link to {@code /}). */
    public static HealthResponses of(HealthContent content) {
        return new HealthResponses(Objects.requireNonNull(content, "content"), DEFAULT_CACHE_CONTROL, "/");
    }

    /** The same answers with another {@code Cache-Control} for article bodies (e.g. {@code no-cache}). */
    public HealthResponses withCacheControl(String value) {
        return new HealthResponses(content, notBlank(value, "Cache-Control"), home);
    }

    /** The same answers with error pages linking back to {@code path} (the article list) instead of {@code /}. */
    public HealthResponses withHome(String path) {
        return new HealthResponses(content, cacheControl, notBlank(path, "home path"));
    }

    /** The content served. */
    public HealthContent content() {
        return content;
    }

    /** The HTML page of article {@code id} ({@link Rendered.Kind#PAGE}). */
    public Response page(String id, String lang, HttpHeaders headers, Request request) {
        return article(Rendered.Kind.PAGE, id, lang, headers, request);
    }

    /** The {@code <article>} fragment of article {@code id} ({@link Rendered.Kind#FRAGMENT}). */
    public Response fragment(String id, String lang, HttpHeaders headers, Request request) {
        return article(Rendered.Kind.FRAGMENT, id, lang, headers, request);
    }

    /** The schema.org JSON-LD of article {@code id} ({@link Rendered.Kind#JSON_LD}). */
    public Response jsonLd(String id, String lang, HttpHeaders headers, Request request) {
        return article(Rendered.Kind.JSON_LD, id, lang, headers, request);
    }

    /** The localized article {@code id} as article JSON ({@link Rendered.Kind#JSON}). */
    public Response json(String id, String lang, HttpHeaders headers, Request request) {
        return article(Rendered.Kind.JSON, id, lang, headers, request);
    }

    /**
     * The answer for a body of this kind: 200 (or 304) in the negotiated language, 400 for a malformed
     * {@code lang}, 404 for an unknown id.
     *
     * @param lang the {@code ?lang=} value, or {@code null} when absent
     */
    public Response article(Rendered.Kind kind, String id, String lang, HttpHeaders headers, Request request) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(request, "request");
        Optional<HealthContent.Entry> entry = content.article(id);
        if (entry.isEmpty()) return notFound(id, lang, headers);
        Optional<Locale> requested = LanguageNegotiator.parseTag(lang);
        if (lang != null && requested.isEmpty()) return badLanguage(lang, headers);
        Locale locale = requested.isPresent() ? requested.get() : entry.get().negotiate(acceptLanguage(headers));
        return ok(content.render(kind, id, locale).orElseThrow(), request);
    }

    /**
     * The list of articles, each with its title in the closest language it has and links to every
     * language ({@code <base>articles/<id>?lang=tag}), in the negotiated page-chrome language. Cached.
     */
    public Response index(String lang, HttpHeaders headers, Request request, UriInfo uri) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(uri, "uri");
        Optional<Locale> requested = LanguageNegotiator.parseTag(lang);
        if (lang != null && requested.isEmpty()) return badLanguage(lang, headers);
        Locale ui = content.chromeLanguage(acceptLanguage(headers), requested.orElse(null));
        return ok(content.index(ui, basePath(uri)), Objects.requireNonNull(request, "request"));
    }

    /**
     * 404: an accessible page in the reader's page-chrome language saying that {@code what} was not found
     * (echoed escaped, cut to 80 characters), with a link to the home path. {@code Cache-Control: no-store}.
     */
    public Response notFound(String what, String lang, HttpHeaders headers) {
        Locale ui = content.chromeLanguage(acceptLanguage(headers), LanguageNegotiator.parseTag(lang).orElse(null));
        return html(Response.Status.NOT_FOUND, Pages.notFound(content, ui, what == null ? "" : what, home), ui);
    }

    /** 400: an accessible page saying that {@code lang} is not a language tag, in the reader's language. */
    public Response badLanguage(String lang, HttpHeaders headers) {
        Locale ui = content.chromeLanguage(acceptLanguage(headers), null);
        return html(Response.Status.BAD_REQUEST, Pages.badLanguage(content, ui, lang, home), ui);
    }

    /**
     * Any other error: a short English page with the status and its reason and, for server errors, an
     * incident number to quote (log the exception under the same number). Never shows internals.
     *
     * @param incident the incident number, or {@code null}
     */
    public Response error(Response.StatusType status, String incident) {
        Objects.requireNonNull(status, "status");
        return html(status, Pages.generic(content, status.getStatusCode(), status.getReasonPhrase(), incident, home), Locale.ENGLISH);
    }

    private Response ok(Rendered body, Request request) {
        String etag = body.etag();
        EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(body, body.kind().mediaType());
        return secure(b.tag(tag)
                .header(HttpHeaders.CONTENT_LANGUAGE, body.language().toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)).build();
    }

    private Response html(Response.StatusType status, String page, Locale language) {
        return secure(Response.status(status).entity(page.getBytes(StandardCharsets.UTF_8))
                .type(Rendered.Kind.PAGE.mediaType())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")).build();
    }

    private Response.ResponseBuilder secure(Response.ResponseBuilder b) {
        return b.header("Content-Security-Policy", csp)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static String acceptLanguage(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The application's root path, ending with "/". */
    static String basePath(UriInfo uri) {
        String p = uri.getBaseUri().getRawPath();
        return p == null || p.isEmpty() ? "/" : p.endsWith("/") ? p : p + "/";
    }

    private static String notBlank(String v, String what) {
        Objects.requireNonNull(v, what);
        if (v.isBlank()) throw new IllegalArgumentException("the " + what + " must not be blank");
        return v;
    }
}
