package io.healthpage.examples.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Adds the security headers to every response, errors and 304s included. The Content-Security-Policy
 * allows no scripts at all (the JSON-LD {@code <script type="application/ld+json">} is data, which
 * browsers never execute), and styles only by the hash of the one stylesheet every page embeds.
 * Immutable and thread-safe.
 */
final class SecurityHeaders implements ContainerResponseFilter {
    static final String CSP = "default-src 'none'; style-src " + Site.styleHashSource()
            + "; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Content-Security-Policy", CSP);
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
