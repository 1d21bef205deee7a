package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthResponses;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
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

    private final HealthResponses http;
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;

    ErrorPages(HealthResponses http) {
        this.http = http;
    }

    @Override
    public Response toResponse(Throwable e) {
        try {
            if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
                int status = w.getResponse().getStatus();
                if (status == 404) return http.notFound(uri.getPath(), uri.getQueryParameters().getFirst("lang"), headers);
                Response r = http.error(w.getResponse().getStatusInfo(), null);
                Object allow = w.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
                return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
            }
            return serverError(http, e);
        } catch (RuntimeException inner) {
            inner.addSuppressed(e);
            return serverError(http, inner);
        }
    }

    /** The generic 500 page with a new incident number, {@code e} being logged under that number. */
    static Response serverError(HealthResponses http, Throwable e) {
        return http.error(Response.Status.INTERNAL_SERVER_ERROR, logIncident(e));
    }

    /** Logs {@code e} server-side under a new incident number, and returns the number. */
    static String logIncident(Throwable e) {
        String incident = HexFormat.of().formatHex(randomBytes());
        LOG.log(Level.SEVERE, "request failed, incident " + incident, e);
        return incident;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }
}
