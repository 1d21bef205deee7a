package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthContent;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;

/**
 * Adds the security headers of {@code healthpage-jakarta}'s answers to every other response of the
 * server too (405, 406, 500 pages): the CSP allows no scripts and styles only by the hash of the one
 * stylesheet every page embeds ({@link HealthContent#contentSecurityPolicy()}). The same headers go on the
 * answers the HTTP server gives itself, without Jersey ({@link GrizzlyGuards}). Immutable and thread-safe.
 */
final class SecurityHeaders implements ContainerResponseFilter {
    static final String CSP = HealthContent.contentSecurityPolicy();
    /** Every response carries these, whoever answers. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        HEADERS.forEach(h::putSingle);
    }
}
