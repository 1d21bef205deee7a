package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthResponses;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * What keeps the answers that Grizzly gives by itself, without Jersey, in line with the server's own: the
 * security headers ({@link SecurityHeaders#HEADERS}) on every response and no page naming the server's
 * software. Three places answer without Jersey: the HTTP codec, for a request it cannot parse (400, 505,
 * oversized headers); the handler, when the request's address is no valid URI (Jersey refuses it before
 * its own error handling); and Grizzly's error page generator, for anything left. Not instantiable.
 */
final class GrizzlyGuards {
    private GrizzlyGuards() {}

    /** Puts the security headers on {@code response}, replacing any of the same name. */
    static void secure(HttpResponsePacket response) {
        SecurityHeaders.HEADERS.forEach(response::setHeader);
    }

    /** Swaps the listener's HTTP codec for one whose own error responses carry the security headers. */
    static AddOn secureCodec(ServerConfiguration config) {
        Objects.requireNonNull(config, "config");
        return (NetworkListener listener, FilterChainBuilder builder) -> {
            int i = builder.indexOfType(HttpServerFilter.class);
            if (i < 0) throw new IllegalStateException("no HTTP codec in the listener's filter chain");
            HttpServerFilter original = (HttpServerFilter) builder.get(i);
            SecureCodec codec = new SecureCodec(listener);
            for (var encoding : original.getContentEncodings()) codec.addContentEncoding(encoding);
            codec.setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
            codec.setMaxPayloadRemainderToSkip(config.getMaxPayloadRemainderToSkip());
            builder.set(i, codec);
        };
    }

    /** The codec Grizzly would make for {@code listener}, adding the security headers to the responses it makes itself. */
    static final class SecureCodec extends HttpServerFilter {
        @SuppressWarnings("deprecation") // the constructor HttpServer itself uses (no delayed executor: the idle filter times out)
        SecureCodec(NetworkListener listener) {
            super(listener.isChunkingEnabled(),
                    listener.getMaxHttpHeaderSize() == -1 ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE : listener.getMaxHttpHeaderSize(),
                    null, listener.getKeepAlive(), null, listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        }

        /**
         * This server speaks HTTP/1.1 only, so an {@code Upgrade} offer (h2c, as {@code java.net.http} and
         * {@code curl --http2} send) is ignored, as RFC 9110 allows. Grizzly would otherwise treat the exchange
         * as upgraded: no {@code Content-Type} or {@code Content-Language} written, the connection closed after it.
         */
        @Override
        protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
            header.getUpgradeDC().recycle();
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            secure(response);
            return super.customizeErrorResponse(response);
        }
    }

    /** A bare page for whatever Grizzly still answers itself: the status only, no software name, no exception. */
    static ErrorPageGenerator errorPages() {
        return (request, status, reason, description, exception) -> {
            if (request != null) secure(request.getResponse().getResponse());
            return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + "</title></head>"
                    + "<body><h1>" + status + "</h1></body></html>\n";
        };
    }

    /**
     * Jersey's container behind a guard: a request whose address Jersey cannot make a URI of (a bad
     * {@code %} escape, a broken {@code Host}) is answered with the server's 400 page instead of Grizzly's
     * 500 page naming its version; a request that Grizzly's handler refuses itself ({@code Expect}) gets
     * the security headers.
     */
    static final class GuardedContainer extends HttpHandler {
        private final GrizzlyHttpContainer jersey;
        private final HealthResponses http;

        /** @param http the pages to answer with, or {@code null} for {@link #errorPages()}' bare ones */
        GuardedContainer(GrizzlyHttpContainer jersey, HealthResponses http) {
            super("healthpage");
            this.jersey = Objects.requireNonNull(jersey, "jersey");
            this.http = http;
        }

        @Override
        public void start() {
            jersey.start();
        }

        @Override
        public void destroy() {
            jersey.destroy();
        }

        @Override
        public void service(Request request, Response response) throws IOException {
            try {
                jersey.service(request, response);
            } catch (RuntimeException e) {
                if (response.isCommitted()) throw e;
                response.reset();
                boolean badRequest = e instanceof IllegalArgumentException;
                if (http != null) {
                    write(badRequest ? http.error(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, null) : ErrorPages.serverError(http, e), response);
                } else {
                    if (!badRequest) ErrorPages.logIncident(e);
                    response.sendError(badRequest ? 400 : 500);
                }
            }
        }

        @Override
        protected boolean sendAcknowledgment(Request request, Response response) throws IOException {
            boolean goOn = super.sendAcknowledgment(request, response);
            if (!goOn) secure(response.getResponse());
            return goOn;
        }

        private static void write(jakarta.ws.rs.core.Response page, Response response) throws IOException {
            response.setStatus(page.getStatus());
            for (Map.Entry<String, List<String>> h : page.getStringHeaders().entrySet()) {
                for (String v : h.getValue()) response.addHeader(h.getKey(), v);
            }
            byte[] body = (byte[]) page.getEntity();
            response.setContentLength(body.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
