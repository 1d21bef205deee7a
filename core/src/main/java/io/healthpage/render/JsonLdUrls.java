package io.healthpage.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * URL policy for the JSON-LD document: only {@code http}, {@code https}, {@code mailto} and relative
 * references pass; relative ones are resolved against a base when there is one. Stateless.
 *
 * <p>The scheme is checked on the href as a browser would read it after a consumer pastes it into an
 * attribute: ASCII whitespace and control characters removed and HTML character references decoded,
 * so {@code " jAvA\tscript&#58;alert(1)"} is recognised as {@code javascript:} and refused.
 */
final class JsonLdUrls {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private JsonLdUrls() {}

    /** Why an href was refused; {@code null} from {@link #resolve} means "accepted". */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The absolute URL for {@code href}, or {@code href} unchanged (trimmed) when it is relative and
     * there is no usable base.
     *
     * @param href the href from the article
     * @param base an absolute http(s) base, or {@code null}
     * @throws Refused when the scheme is not allowed or the href is not a URI reference
     */
    static String resolve(String href, URI base) throws Refused {
        String trimmed = href.strip();
        String scheme = scheme(trimmed);
        String decodedScheme = scheme(Parser.unescapeEntities(trimmed, true));
        for (String s : new String[] {scheme, decodedScheme}) {
            if (s != null && !s.equals("http") && !s.equals("https") && !s.equals("mailto")) {
                throw new Refused("the scheme \"" + s + ":\" is not allowed (use http, https, mailto or a relative URL)");
            }
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new Refused("\"" + trimmed + "\" is not a valid URL (" + e.getReason() + " at index " + e.getIndex()
                    + "); percent-encode spaces and reserved characters");
        }
        if (uri.isAbsolute()) {
            if (uri.isOpaque() || uri.getHost() != null || "mailto".equalsIgnoreCase(uri.getScheme())) return uri.toString();
            throw new Refused("\"" + trimmed + "\" has no host");
        }
        if (trimmed.startsWith("//")) {
            // scheme-relative: take the base's scheme, or assume https
            return (base != null ? base.getScheme() : "https") + ":" + trimmed;
        }
        if (base == null) return trimmed;
        return resolveAgainst(base, uri).toString();
    }

    /**
     * The base URI from a configured base URL or a canonical URL: absolute http(s) with a host, or
     * {@code null} when {@code url} is {@code null} or not such a URL.
     */
    static URI baseOrNull(String url) {
        if (url == null) return null;
        try {
            return checkedBase(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Parses a base URL, throwing {@link IllegalArgumentException} that says what is expected. */
    static URI checkedBase(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL \"" + url + "\" is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL \"" + url
                    + "\" must be an absolute http or https URL with a host, e.g. \"https://example.org/health/\"");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            // java.net.URI resolves "x" against "https://a.org" to "https://a.orgx": give it the root path
            uri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : ""));
        }
        return uri;
    }

    private static URI resolveAgainst(URI base, URI ref) {
        String raw = ref.toString();
        if (raw.startsWith("?")) {
            // RFC 3986 5.2.2: a query-only reference keeps the base path (java.net.URI follows RFC 2396 here)
            String b = base.toString();
            int cut = indexOfAny(b, '?', '#');
            return URI.create((cut < 0 ? b : b.substring(0, cut)) + raw);
        }
        return base.resolve(ref);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

    /** The lower-cased scheme after removing ASCII whitespace and controls, or {@code null} for a relative reference. */
    private static String scheme(String href) {
        StringBuilder sb = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c > 0x20 && c != 0x7F) sb.append(c);
        }
        var m = SCHEME.matcher(sb);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
