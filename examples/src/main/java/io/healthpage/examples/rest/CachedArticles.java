package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthContent;
import io.healthpage.jakarta.HealthResponses;
import io.healthpage.jakarta.Rendered;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The server's hot path: a plain {@code GET} of an article ({@code /articles/{id}}, {@code .json},
 * {@code /jsonld}) that the content knows, answered straight from the content's cache with the status,
 * headers and body that {@link HealthResponses#article} gives through Jersey ({@code CachedArticlesTest}
 * compares the two byte for byte), sent with a {@code Content-Length} where Jersey sends chunks. Jersey's request processing costs about 3× the CPU time of the whole
 * rest of such a request (docs/performance.md, "Server"), and a warm article request needs none of it.
 *
 * <p>Anything else goes to {@code next} (Jersey): other methods, a query ({@code ?lang=}), a conditional
 * request ({@code If-None-Match} and the like: Jersey evaluates those, 304 included), an {@code Accept}
 * header that has a {@code q=0} or no range matching the body's type (Jersey answers 406), an unknown id,
 * an escaped or odd path, and a render that fails (Jersey's error page). The headers match those of a
 * {@link HealthResponses} with the {@link HealthResponses#DEFAULT_CACHE_CONTROL default Cache-Control},
 * the one {@link HealthpageServer} uses. Immutable and thread-safe.
 */
final class CachedArticles extends HttpHandler {
    private static final String PREFIX = "/articles/";
    private final HealthContent content;
    private final HttpHandler next;

    CachedArticles(HealthContent content, HttpHandler next) {
        super("healthpage-cached");
        this.content = Objects.requireNonNull(content, "content");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void destroy() {
        next.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        Rendered body = plain(request) ? cached(request) : null;
        if (body == null) {
            next.service(request, response);
            return;
        }
        response.setStatus(200);
        response.setContentType(body.kind().mediaType());
        response.setContentLength(body.length());
        response.setHeader("ETag", body.etag());
        response.setHeader("Content-Language", body.language().toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", HealthResponses.DEFAULT_CACHE_CONTROL);
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        body.writeTo(response.getOutputStream());
    }

    /** A GET with no query and nothing conditional: the only requests this path may answer. */
    private static boolean plain(Request request) {
        return request.getMethod() == Method.GET && request.getQueryString() == null
                && request.getHeader("If-None-Match") == null && request.getHeader("If-Match") == null
                && request.getHeader("If-Modified-Since") == null && request.getHeader("If-Unmodified-Since") == null;
    }

    /** The cached body the request asks for, or {@code null} when Jersey should answer it. */
    private Rendered cached(Request request) {
        String path = request.getRequestURI();
        if (path == null || !path.startsWith(PREFIX)) return null;
        String id = path.substring(PREFIX.length());
        Rendered.Kind kind = Rendered.Kind.PAGE;
        if (id.endsWith(".json")) {
            kind = Rendered.Kind.JSON;
            id = id.substring(0, id.length() - ".json".length());
        } else if (id.endsWith("/jsonld")) {
            kind = Rendered.Kind.JSON_LD;
            id = id.substring(0, id.length() - "/jsonld".length());
        }
        if (!isPlainId(id) || !acceptable(request.getHeader("Accept"), kind.mediaType())) return null;
        Optional<HealthContent.Entry> entry = content.article(id);
        if (entry.isEmpty()) return null;
        try {
            Locale locale = entry.get().negotiate(request.getHeader("Accept-Language"));
            return content.render(kind, id, locale).orElse(null);
        } catch (RuntimeException e) {
            return null; // Jersey's path answers it again, with its error page and the incident logged
        }
    }

    /** Letters, digits, {@code -} {@code _} {@code .}: nothing Jersey would decode or split differently. */
    static boolean isPlainId(String id) {
        if (id.isEmpty()) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
            if (!ok) return false;
        }
        return true;
    }

    /**
     * Whether Jersey would serve {@code mediaType} for this {@code Accept} header without a doubt: no header, or
     * a range that matches it and no {@code q=0} anywhere (a refused type is Jersey's to judge, 406 included).
     */
    static boolean acceptable(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) return true;
        int semi = mediaType.indexOf(';');
        String type = (semi < 0 ? mediaType : mediaType.substring(0, semi)).toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        boolean any = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=") && p.substring(2).trim().replace("0", "").replace(".", "").isEmpty()) return false;
            }
            String r = parts[0].trim().toLowerCase(Locale.ROOT);
            if (r.isEmpty()) continue;
            any |= r.equals("*/*") || r.equals(type)
                    || r.endsWith("/*") && r.length() == slash + 2 && type.startsWith(r.substring(0, slash + 1));
        }
        return any;
    }
}
