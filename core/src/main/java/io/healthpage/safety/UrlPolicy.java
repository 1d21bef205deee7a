package io.healthpage.safety;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which URLs may appear in our output, and in what form. Immutable and thread-safe.
 *
 * <p>Allowed: {@code http}, {@code https} and {@code mailto} URLs, and relative references.
 * Everything else ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, unknown
 * schemes …) is refused, and {@link #reason(String)} says why.
 *
 * <p>Obfuscation does not help: before the scheme is judged, the URL is also looked at with
 * HTML character references decoded ({@code &#106;avascript:}, {@code jav&#x09;ascript:}),
 * percent-escapes decoded ({@code %6Aavascript:}), and every whitespace, control and invisible
 * format character removed ({@code " JaVaScRiPt:"}, {@code "java\u0000script:"},
 * {@code "\u2028javascript:"}); if any of these views starts with a scheme that is not allowed,
 * the URL is refused. URLs containing control or invisible format characters (other than
 * surrounding whitespace) are refused outright, as are URLs longer than {@value #MAX_LENGTH}
 * characters and http(s) URLs with user info ({@code https://bank.example@evil.example/}).
 *
 * <p>Normalisation of an accepted URL: surrounding whitespace removed; scheme and http(s) host
 * lower-cased; backslashes before the query turned into slashes (browsers do the same, so
 * {@code /\evil.example} cannot hide a host); space, {@code "}, {@code <}, {@code >},
 * {@code `}, {@code {}, {@code }}, {@code |}, {@code ^} and {@code \} percent-encoded
 * (non-ASCII letters are kept: they are valid in IRIs).
 *
 * <p>Relative references:
 * <ul>
 *   <li>With a base ({@link #withBase(String)}) they are resolved against it (RFC 3986) and the
 *       result, always http(s), is returned.</li>
 *   <li>Without a base they are kept relative.</li>
 *   <li>Fragment-only references ({@code #section-2}) always stay as they are, so in-page links
 *       (contents, citations) keep working wherever the HTML is embedded.</li>
 *   <li><b>Protocol-relative</b> references ({@code //cdn.example/x}) are treated as
 *       network URLs: resolved against the base when there is one (so they take its scheme),
 *       otherwise rewritten to {@code https:}. They are never left to inherit whatever scheme
 *       the embedding page happens to have ({@code file:}, an app's custom scheme …).</li>
 * </ul>
 */
public final class UrlPolicy {
    /** URLs longer than this are refused. */
    public static final int MAX_LENGTH = 8192;

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final String ALLOWED_HINT = "use an http, https or mailto URL, or a relative one";
    private static final UrlPolicy DEFAULTS = new UrlPolicy(null);

    private final URI base; // null: relative references stay relative

    private UrlPolicy(URI base) {
        this.base = base;
    }

    /**
     * The policy without a base URL: relative references stay relative.
     *
     * @return the shared default policy
     */
    public static UrlPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy that resolves relative references against {@code baseUrl}.
     *
     * @param baseUrl an absolute http or https URL with a host, e.g. {@code https://example.org/health/}
     * @return the policy
     * @throws NullPointerException if {@code baseUrl} is null
     * @throws IllegalArgumentException if {@code baseUrl} is not such a URL (the message says why)
     */
    public static UrlPolicy withBase(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Verdict v = DEFAULTS.evaluate(baseUrl);
        if (v.url == null) {
            throw new IllegalArgumentException("base URL \"" + baseUrl + "\" is not allowed: " + v.reason);
        }
        URI uri;
        try {
            uri = new URI(v.url);
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                // java.net.URI resolves "x" against "https://host" as "https://hostx": give it a root path
                uri = new URI(uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL \"" + baseUrl + "\" is not a well-formed URL: "
                    + e.getReason() + " at index " + e.getIndex(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("base URL \"" + baseUrl
                    + "\" must be an absolute http or https URL with a host, e.g. \"https://example.org/health/\"");
        }
        return new UrlPolicy(uri);
    }

    /**
     * The base URL relative references are resolved against, if any.
     *
     * @return the base URL, normalised, or empty
     */
    public Optional<String> baseUrl() {
        return base == null ? Optional.empty() : Optional.of(base.toString());
    }

    /**
     * Checks a URL.
     *
     * @param url the URL as written by an author or a user, possibly {@code null}
     * @return the safe, normalised URL, or empty if it is not allowed (see {@link #reason(String)})
     */
    public Optional<String> check(String url) {
        return Optional.ofNullable(evaluate(url).url);
    }

    /**
     * Why a URL is refused, for reports.
     *
     * @param url the URL, possibly {@code null}
     * @return empty if {@link #check(String)} accepts the URL; otherwise a sentence saying what is
     *         wrong and what to do, e.g. {@code scheme "javascript" is not allowed: use an http,
     *         https or mailto URL, or a relative one}
     */
    public Optional<String> reason(String url) {
        return Optional.ofNullable(evaluate(url).reason);
    }

    /** Either {@code url} or {@code reason} is set. */
    private static final class Verdict {
        final String url;
        final String reason;

        private Verdict(String url, String reason) {
            this.url = url;
            this.reason = reason;
        }

        static Verdict ok(String url) {
            return new Verdict(url, null);
        }

        static Verdict no(String reason) {
            return new Verdict(null, reason);
        }
    }

    private Verdict evaluate(String raw) {
        return evaluate(raw, false);
    }

    /** {@link #check}'s verdict with every decoded view looked at, for tests of the shortcut. */
    Optional<String> checkLookingAtEveryView(String url) {
        return Optional.ofNullable(evaluate(url, true).url);
    }

    private Verdict evaluate(String raw, boolean everyView) {
        if (raw == null) return Verdict.no("URL is missing: give an http, https, mailto or relative URL");
        if (raw.length() > MAX_LENGTH) {
            return Verdict.no("URL is longer than " + MAX_LENGTH + " characters: shorten it");
        }
        String url = raw.strip();
        while (!url.isEmpty() && isInvisible(url.charAt(0))) url = url.substring(1).strip();
        if (url.isEmpty()) return Verdict.no("URL is empty: give an http, https, mailto or relative URL");

        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isInvisible(c) || Character.isISOControl(c)) {
                return Verdict.no(String.format(Locale.ROOT,
                        "URL contains the control or invisible character U+%04X at index %d: remove it", (int) c, i));
            }
        }

        String refused = refusedScheme(url);
        if (refused != null) return Verdict.no(refused);
        if (everyView || viewsMayHaveAnotherScheme(url)) {
            for (String view : decodedViews(url)) {
                refused = refusedScheme(view);
                if (refused != null) return Verdict.no(refused + " (found after decoding the URL)");
            }
        }

        int schemeEnd = schemeEnd(url);
        if (schemeEnd > 0) {
            String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            String rest = url.substring(schemeEnd + 1);
            if (scheme.equals("mailto")) {
                if (rest.isEmpty()) return Verdict.no("mailto URL has no address: write mailto:name@example.org");
                return Verdict.ok("mailto:" + encode(rest, false));
            }
            return absoluteHttp(scheme + ":" + encode(rest, true));
        }
        int colon = url.indexOf(':');
        if (colon >= 0 && colon < firstOf(url, "/?#")) {
            return Verdict.no("relative URL \"" + url + "\" has a colon in its first segment, which a browser may read"
                    + " as a scheme: write \"./" + url + "\" if a relative path is meant");
        }
        return relative(encode(url, true));
    }

    /**
     * Whether a decoded or squeezed view ({@link #decodedViews}) could start with a scheme the URL itself does
     * not: decoding and squeezing leave everything before the first {@code &}, {@code %} or squeezed character
     * as it is, so if a scheme is complete there, or ruled out there (a character no scheme has), every view
     * has the URL's verdict. Tracking parameters ({@code ?a=1&b=2}) no longer cost three rounds of decoding.
     */
    private static boolean viewsMayHaveAnotherScheme(String url) {
        int p = 0;
        while (p < url.length()) {
            char c = url.charAt(p);
            if (c == '&' || c == '%' || squeezed(c)) break;
            p++;
        }
        if (p == url.length()) return false; // nothing to decode or squeeze: every view is the URL
        for (int i = 0; i < p; i++) {
            char c = url.charAt(i);
            if (c == ':' && i > 0) return false; // the scheme (checked above) ends before any change
            boolean schemeChar = isAsciiLetter(c) || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'));
            if (!schemeChar) return false; // no view can start with a scheme
        }
        return true;
    }

    /** The index of the colon ending a scheme at the start of {@code s} ({@code [A-Za-z][A-Za-z0-9+.-]*:}), or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return -1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i;
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return -1;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int firstOf(String s, String chars) {
        int min = s.length();
        for (int i = 0; i < chars.length(); i++) {
            int at = s.indexOf(chars.charAt(i));
            if (at >= 0 && at < min) min = at;
        }
        return min;
    }

    /** A reason if the string starts with a scheme that is not allowed, else null. */
    private static String refusedScheme(String s) {
        int end = schemeEnd(s);
        if (end < 0) return null;
        String scheme = s.substring(0, end).toLowerCase(Locale.ROOT);
        if (ALLOWED_SCHEMES.contains(scheme)) return null;
        return "scheme \"" + scheme + "\" is not allowed: " + ALLOWED_HINT;
    }

    /**
     * The URL as a browser might see it after one or more rounds of character-reference and
     * percent decoding, with all whitespace, controls and invisible characters removed.
     */
    private static String[] decodedViews(String url) {
        String[] views = new String[4];
        String s = url;
        for (int round = 0; round < 3; round++) {
            String entities = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
            s = entities.indexOf('%') >= 0 ? percentDecode(entities) : entities;
            views[round] = squeeze(s);
        }
        views[3] = squeeze(url);
        return views;
    }

    private static String squeeze(String s) {
        int first = 0;
        while (first < s.length() && !squeezed(s.charAt(first))) first++;
        if (first == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!squeezed(c)) b.append(c);
        }
        return b.toString();
    }

    private static boolean squeezed(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || isInvisible(c);
    }

    /** Format characters (zero-width, bidi controls, BOM, soft hyphen …) and line/paragraph separators. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * Percent-encodes characters that are never valid in a URL; with {@code slashes}, turns
     * backslashes before the query or fragment into slashes as browsers do for http(s).
     */
    private static String encode(String s, boolean slashes) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean inPath = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '#') inPath = false;
            switch (c) {
                case '\\':
                    b.append(slashes && inPath ? "/" : "%5C");
                    break;
                case ' ': b.append("%20"); break;
                case '"': b.append("%22"); break;
                case '<': b.append("%3C"); break;
                case '>': b.append("%3E"); break;
                case '`': b.append("%60"); break;
                case '{': b.append("%7B"); break;
                case '}': b.append("%7D"); break;
                case '|': b.append("%7C"); break;
                case '^': b.append("%5E"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    private Verdict relative(String ref) {
        if (ref.startsWith("#")) return Verdict.ok(ref);
        if (ref.startsWith("//")) {
            return base == null ? absoluteHttp("https:" + ref) : resolve(ref);
        }
        return base == null ? Verdict.ok(ref) : resolve(ref);
    }

    private Verdict resolve(String ref) {
        String resolved;
        if (ref.startsWith("?")) {
            String b = base.toString();
            int cut = indexOfAny(b, '?', '#');
            resolved = (cut < 0 ? b : b.substring(0, cut)) + ref;
        } else {
            try {
                URI r = base.resolve(new URI(ref));
                String path = r.getRawPath();
                if (path != null && path.startsWith("/../")) {
                    // more ".." than the base has segments: browsers stop at the root, java.net.URI keeps them
                    while (path.startsWith("/../")) path = path.substring(3);
                    r = new URI(r.getScheme() + "://" + r.getRawAuthority() + path
                            + (r.getRawQuery() == null ? "" : "?" + r.getRawQuery())
                            + (r.getRawFragment() == null ? "" : "#" + r.getRawFragment()));
                }
                resolved = r.toString();
            } catch (URISyntaxException e) {
                return Verdict.no("relative URL is not well-formed: " + e.getReason() + " at index " + e.getIndex()
                        + "; percent-encode unusual characters");
            }
        }
        return absoluteHttp(resolved);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) return i;
        }
        return -1;
    }

    /** Validates an http(s) URL whose scheme is already lower case; lower-cases the host. */
    private static Verdict absoluteHttp(String url) {
        int colon = url.indexOf(':');
        String scheme = url.substring(0, colon);
        String rest = url.substring(colon + 1);
        if (!rest.startsWith("//")) {
            return Verdict.no(scheme + " URL has no host: write " + scheme + "://host/path");
        }
        int end = indexOfAny(rest.substring(2), '/', '?');
        int hash = rest.indexOf('#', 2);
        int authorityEnd = end < 0 ? rest.length() : end + 2;
        if (hash >= 0 && hash < authorityEnd) authorityEnd = hash;
        String authority = rest.substring(2, authorityEnd);
        if (authority.isEmpty()) return Verdict.no(scheme + " URL has no host: write " + scheme + "://host/path");
        if (authority.indexOf('@') >= 0) {
            return Verdict.no(scheme + " URL contains user info before '@' (\"" + authority
                    + "\"), which can disguise the real host: remove it");
        }
        try {
            URI uri = new URI(scheme + ":" + rest);
            if (uri.getRawAuthority() == null) {
                return Verdict.no(scheme + " URL has no host: write " + scheme + "://host/path");
            }
        } catch (URISyntaxException e) {
            return Verdict.no(scheme + " URL is not well-formed: " + e.getReason() + " at index " + e.getIndex()
                    + "; percent-encode unusual characters");
        }
        return Verdict.ok(scheme + "://" + authority.toLowerCase(Locale.ROOT) + rest.substring(authorityEnd));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UrlPolicy && Objects.equals(base, ((UrlPolicy) o).base);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(base);
    }

    @Override
    public String toString() {
        return base == null ? "UrlPolicy[relative URLs kept relative]" : "UrlPolicy[base=" + base + "]";
    }
}
