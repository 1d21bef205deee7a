package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of {@link Sanitizer#sanitize} over generated hostile HTML (fixed seeds, so a failure
 * reproduces): the output is safe, sanitizing it again changes nothing, and it is exactly what the
 * three-pass cleaner gave (jsoup's {@code Cleaner} copy, serialised, re-cleaned until stable) — so
 * the single-pass cleaner changes speed, not output. The generator aims at the parser's corners:
 * elements that limit scopes or are "special", foreign content, tables and their sections, headings
 * and list items inside dropped elements, raw-text elements, character references that read back as
 * other characters (NUL, CR, lone surrogates), URLs of every kind.
 */
class SanitizerPropertyTest {
    private static final int CASES_PER_SEED = 4_000;

    private static final String[] TAGS = {
        // our vocabulary
        "p", "div", "span", "a", "em", "strong", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "table",
        "caption", "thead", "tbody", "tr", "td", "th", "section", "article", "details", "summary", "blockquote",
        "q", "img", "br", "hr", "figure", "figcaption", "abbr", "time", "small", "sup", "bdi", "cite",
        // dropped, content kept: ordinary, formatting, special, scope limits
        "b", "i", "u", "font", "o:p", "x-widget", "center", "form", "fieldset", "button", "object", "marquee",
        "template", "select", "option", "noscript", "tfoot", "colgroup", "col", "pre", "listing", "address",
        "main", "menu", "label", "input", "textarea", "title", "xmp", "iframe", "html", "body", "frameset",
        // foreign content
        "svg", "math", "mtext", "mglyph", "mi", "foreignObject", "desc", "annotation-xml", "g", "path",
        // raw text
        "script", "style"};

    private static final String[] ATTRS = {
        "id=\"x1\"", "id=\"a b\"", "class=\"c d\"", "style=\"color:red\"", "onclick=\"alert(1)\"", "onerror=alert(1)",
        "lang=\"ar\"", "dir=\"rtl\"", "dir=sideways", "hidden", "hidden=\"hidden\"", "reversed", "title=\"t&quot;\"",
        "target=\"_blank\"", "target=\" _BLANK \"", "rel=\"opener external\"", "rel=\"noopener\"", "role=\"note\"",
        "aria-label=\"a &amp; b\"", "alt=\"\u00a0x\"", "colspan=\"2\"", "scope=\"row\"", "datetime=\"2024-05-01\"",
        "translate", "data-x=\"1\"", "cite=\"https://example.org/q\"", "encoding=\"text/html\"", "src=\"x.png\""};

    private static final String[] URLS = {
        "https://example.org/a?utm_source=x&amp;b=1#f", "http://EXAMPLE.org", "#ref-2", "/relative/path", "page.html",
        "?q=1", "//cdn.example/x", "mailto:editor@example.org", "javascript:alert(1)", "jav&#x09;ascript:alert(1)",
        " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "https://host:99/x", "https://[::1]/x",
        "https://user@evil.example/", "https://:80/", "/\\evil.example/", "%6Aavascript:alert(1)", "x:y", "",
        "https://example.org/\u00e9t\u00e9", "../up"};

    private static final String[] TEXTS = {
        "text", " ", "\n", "Dose <5 mg", "a & b", "&amp;", "&lt;script&gt;", "&#0;", "&#13;", "&#x1;", "&#xd800;",
        "&nbsp;", "\u00a0", "\r\n", "\u0000", "\ud83d\ude00", "\ud83d", "\u202e\u0645\u0631\u062d\u0628\u0627",
        "<!-- c -->", "<![CDATA[<img src=x onerror=alert(1)>]]>", "</p>", "</table>", "<", "&", "\"'", "`"};

    @ParameterizedTest
    @ValueSource(longs = {1L, 20240501L, 987654321L})
    void safeIdempotentAndTheSameAsTheThreePassCleaner(long seed) {
        Random random = new Random(seed);
        Sanitizer standard = Sanitizer.standard();
        Sanitizer withBase = Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/health/"));
        int settledFirstTime = 0;
        for (int n = 0; n < CASES_PER_SEED; n++) {
            String in = html(random, 0);
            Sanitizer s = random.nextInt(4) == 0 ? withBase : standard;
            String out = s.sanitize(in);
            SafeOutput.assertSafe(in, out);
            assertEquals(threePass(s, in), out, "differs from the three-pass cleaner for seed " + seed + " case " + n + ": " + in);
            assertEquals(out, s.sanitize(out), "not idempotent for seed " + seed + " case " + n + ": " + in);
            if (s.cleanWithJsoup(in).equals(out)) settledFirstTime++;
        }
        assertTrue(settledFirstTime > CASES_PER_SEED / 2, "the generator should mostly make inputs one pass settles: " + settledFirstTime);
    }

    /** The algorithm before the single-pass cleaner: jsoup's cleaner and serialiser, repeated until stable. */
    static String threePass(Sanitizer s, String in) {
        String out = s.cleanWithJsoup(in);
        for (int pass = 1; pass < 4; pass++) {
            String again = s.cleanWithJsoup(out);
            if (again.equals(out)) break;
            out = again;
        }
        return out;
    }

    /** A random hostile fragment (the generator above); {@code depth} 0 is a top-level one. */
    static String html(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < parts; i++) {
            int kind = r.nextInt(10);
            if (kind < 3 || depth > 5) {
                b.append(TEXTS[r.nextInt(TEXTS.length)]);
            } else if (kind < 9) {
                String tag = TAGS[r.nextInt(TAGS.length)];
                b.append('<').append(tag);
                int attrs = r.nextInt(3);
                for (int k = 0; k < attrs; k++) b.append(' ').append(ATTRS[r.nextInt(ATTRS.length)]);
                if (tag.equals("a") || tag.equals("img") || tag.equals("q") || tag.equals("blockquote") || r.nextInt(8) == 0) {
                    String key = tag.equals("img") ? "src" : tag.equals("q") || tag.equals("blockquote") ? "cite" : "href";
                    b.append(' ').append(key).append("=\"").append(URLS[r.nextInt(URLS.length)]).append('"');
                }
                b.append('>');
                b.append(html(r, depth + 1));
                if (r.nextInt(6) != 0) b.append("</").append(tag).append('>'); // sometimes left open
            } else {
                b.append("</").append(TAGS[r.nextInt(TAGS.length)]).append('>'); // stray end tag
            }
        }
        return b.toString();
    }
}
