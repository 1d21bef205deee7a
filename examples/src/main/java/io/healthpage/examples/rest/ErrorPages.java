package io.healthpage.examples.rest;

import io.healthpage.i18n.LanguageNegotiator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into one of the server's own pages, so no response ever shows Jersey's
 * default error page, a stack trace or an exception message. A 404 from routing (no such path)
 * becomes the localized "not found" page; other client errors (405, 406, 415, …) a short English page
 * with the status; anything else a generic 500 page with an incident number, the exception being
 * logged server-side under that number. Thread-safe (the injected context objects are per-request proxies).
 */
final class ErrorPages implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(HealthpageServer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Site site;
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;

    ErrorPages(Site site) {
        this.site = site;
    }

    @Override
    public Response toResponse(Throwable e) {
        try {
            String base = ArticleResource.basePath(uri);
            if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
                int status = w.getResponse().getStatus();
                if (status == 404) {
                    Locale ui = site.chromeLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                            LanguageNegotiator.parseTag(uri.getQueryParameters().getFirst("lang")).orElse(null));
                    return ArticleResource.html(Response.Status.NOT_FOUND, Pages.notFound(site, ui, uri.getPath(), base), ui);
                }
                Response.StatusType type = w.getResponse().getStatusInfo();
                Response r = ArticleResource.html(type, Pages.generic(site, status, type.getReasonPhrase(), null, base), Locale.ENGLISH);
                Object allow = w.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
                return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
            }
            return serverError(e, base);
        } catch (RuntimeException inner) {
            inner.addSuppressed(e);
            return serverError(inner, "/");
        }
    }

    private Response serverError(Throwable e, String base) {
        String incident = HexFormat.of().formatHex(randomBytes());
        LOG.log(Level.SEVERE, "request failed, incident " + incident, e);
        return ArticleResource.html(Response.Status.INTERNAL_SERVER_ERROR,
                Pages.generic(site, 500, "Internal Server Error", incident, base), Locale.ENGLISH);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }
}
