package io.healthpage.i18n.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.healthpage.render.HtmlRenderer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * This suite's own idea of "no executable construct". The vocabulary is typed here by hand from
 * {@code docs/safety.md} (the fragment) plus the page shell that page mode adds around it (html, head,
 * meta, title, link, one style, one JSON-LD script, body, main); nothing is read from the main code,
 * so a renderer or safelist that widens makes these tests fail.
 */
final class SafeHtml {
    private SafeHtml() {}

    /** docs/safety.md, "Vocabulary". */
    static final Set<String> FRAGMENT_TAGS = Set.of(
            "article", "section", "aside", "nav", "header", "footer", "div", "span", "p",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "em", "strong",
            "abbr", "dfn", "cite", "q", "blockquote", "time", "figure", "figcaption", "img", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "bdi", "sup", "small", "br", "hr");
    /** The document shell of page mode (docs: "a complete standalone HTML document with stylesheet and JSON-LD"). */
    static final Set<String> PAGE_SHELL_TAGS = Set.of("html", "head", "meta", "title", "link", "style", "script", "body", "main");

    /** docs/safety.md, "Global attributes". */
    private static final Set<String> GLOBAL = Set.of("id", "class", "lang", "dir", "role", "aria-label",
            "aria-labelledby", "aria-describedby", "aria-current", "hidden", "translate");
    private static final Map<String, Set<String>> PER_TAG = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "target", "hreflang", "type")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("th", Set.of("scope", "colspan", "rowspan")),
            Map.entry("td", Set.of("colspan", "rowspan")),
            Map.entry("abbr", Set.of("title")),
            Map.entry("dfn", Set.of("title")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("q", Set.of("cite")),
            Map.entry("ol", Set.of("start", "reversed")),
            // page shell
            Map.entry("meta", Set.of("charset", "name", "content")),
            Map.entry("link", Set.of("rel", "href", "hreflang")),
            Map.entry("script", Set.of("type")));
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "cite");
    /** Attributes whose value is text for the reader (a screen reader reads it), not a URL or a token. */
    private static final Set<String> READER_TEXT_ATTRS = Set.of("alt", "title", "aria-label", "content");
    private static final Set<String> DANGEROUS = Set.of("javascript", "vbscript", "data:");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    /** JSON-LD properties whose values are URLs. */
    private static final Set<String> JSON_URL_KEYS = Set.of("url", "item", "sameAs", "license", "@id", "image", "contentUrl");

    /** Fails unless {@code html} is a safe fragment; returns it parsed. */
    static Document fragment(String html, String where) {
        Document doc = Jsoup.parseBodyFragment(html);
        if (!doc.head().childNodes().isEmpty()) fail(where + ": the fragment put content into <head>: " + doc.head());
        check(doc, false, where);
        return doc;
    }

    /** Fails unless {@code html} is a safe page; returns it parsed. */
    static Document page(String html, String where) {
        Document doc = Jsoup.parse(html);
        check(doc, true, where);
        Elements scripts = doc.select("script");
        if (scripts.size() != 1) fail(where + ": a page must hold exactly one script (the JSON-LD), found " + scripts.size());
        Element ld = scripts.first();
        assertEquals("application/ld+json", ld.attr("type"), where + ": the only script must be JSON-LD");
        if (ld.parent() != doc.head()) fail(where + ": the JSON-LD script must be in <head>");
        String json = ld.data();
        if (json.contains("</")) fail(where + ": '</' inside the JSON-LD script: " + json);
        if (json.contains("<!--")) fail(where + ": '<!--' inside the JSON-LD script");
        JsonValue value;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            value = r.readValue();
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": the JSON-LD is not JSON: " + e.getMessage() + "\n" + json, e);
        }
        checkJsonUrls(value, null, where);
        Elements styles = doc.select("style");
        if (styles.size() > 1) fail(where + ": more than one <style>");
        if (styles.size() == 1) assertEquals(HtmlRenderer.stylesheet(), styles.first().data(), where + ": the stylesheet is fixed text");
        for (Element m : doc.select("meta")) {
            if (m.hasAttr("http-equiv")) fail(where + ": <meta http-equiv>");
            String name = m.attr("name");
            if (!m.hasAttr("charset") && !name.equals("viewport") && !name.equals("description")) fail(where + ": unexpected " + m);
        }
        for (Element l : doc.select("link")) {
            String rel = l.attr("rel");
            if (!rel.equals("canonical") && !rel.equals("alternate")) fail(where + ": <link rel=" + rel + ">");
        }
        return doc;
    }

    /** The JSON-LD object of a checked page. */
    static JsonObject jsonLd(Document page) {
        try (JsonReader r = Json.createReader(new StringReader(page.selectFirst("script").data()))) {
            return r.readObject();
        }
    }

    private static void check(Document doc, boolean page, String where) {
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment) fail(where + ": comment in the output: " + node);
            if (node instanceof DocumentType dt) {
                if (!page || !dt.name().equals("html")) fail(where + ": doctype " + dt);
                return;
            }
            if (node instanceof DataNode && !(page && isShellRawText(node.parent()))) {
                fail(where + ": raw text data outside the page's style/JSON-LD: " + node.parent());
            }
            if (!(node instanceof Element el) || node instanceof Document) return;
            String tag = el.normalName();
            boolean shell = PAGE_SHELL_TAGS.contains(tag);
            if (!page && (tag.equals("html") || tag.equals("head") || tag.equals("body"))) return; // jsoup's parse shell
            if (!FRAGMENT_TAGS.contains(tag) && !(page && shell)) fail(where + ": <" + tag + "> is outside the vocabulary");
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                if (key.startsWith("on")) fail(where + ": event handler attribute " + key + " on <" + tag + ">");
                if (key.equals("style")) fail(where + ": style attribute on <" + tag + ">");
                boolean allowed = GLOBAL.contains(key) || PER_TAG.getOrDefault(tag, Set.of()).contains(key)
                        || (page && tag.equals("html") && (key.equals("lang") || key.equals("dir")));
                if (!allowed) fail(where + ": attribute " + key + " is not allowed on <" + tag + ">: " + el.attributes());
                if (URL_ATTRS.contains(key)) checkUrl(value, where + ": <" + tag + " " + key + ">");
                if (!READER_TEXT_ATTRS.contains(key)) {
                    // in a URL, only the part a browser dispatches on: "/search?q=javascript:x" is a harmless query
                    String squeezed = URL_ATTRS.contains(key) ? beforeQuery(decoded(value)) : squeeze(value);
                    for (String d : DANGEROUS) {
                        if (squeezed.contains(d)) fail(where + ": '" + d + "' in attribute " + key + "=\"" + value + "\" of <" + tag + ">");
                    }
                }
            }
            if (tag.equals("a") && el.attr("target").equals("_blank")) {
                Set<String> rel = Set.of(el.attr("rel").split("\\s+"));
                if (!rel.contains("noopener") || !rel.contains("noreferrer")) fail(where + ": target=_blank without noopener noreferrer");
            }
        }, doc);
    }

    private static boolean isShellRawText(Node parent) {
        return parent instanceof Element e && (e.normalName().equals("style") || e.normalName().equals("script"));
    }

    /** Squeezed and percent-decoded three times (as {@code UrlPolicy} is documented to look through). */
    private static String decoded(String url) {
        String s = squeeze(url);
        for (int i = 0; i < 3; i++) s = percentDecode(s);
        return s;
    }

    private static String beforeQuery(String s) {
        return s.substring(0, firstOf(s, "?#"));
    }

    /** http, https, mailto, relative (no colon in the first segment) or a fragment; nothing else. */
    static void checkUrl(String url, String where) {
        String s = decoded(url);
        Matcher m = SCHEME.matcher(s);
        if (m.find()) {
            if (!Set.of("http", "https", "mailto").contains(m.group(1))) fail(where + ": URL scheme " + m.group(1) + " in " + url);
        } else {
            int colon = s.indexOf(':');
            int end = firstOf(s, "/?#");
            if (colon >= 0 && colon < end) fail(where + ": a colon in the first segment (a scheme to a browser): " + url);
        }
    }

    private static void checkJsonUrls(JsonValue v, String key, String where) {
        if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) checkJsonUrls(e.getValue(), e.getKey(), where);
        } else if (v instanceof JsonArray a) {
            for (JsonValue x : a) checkJsonUrls(x, key, where);
        } else if (v instanceof JsonString s && key != null && JSON_URL_KEYS.contains(key)) {
            checkUrl(s.getString(), where + ": JSON-LD " + key);
        }
    }

    /** Lower case, without whitespace, controls and invisible format characters (what browsers skip in a scheme). */
    static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) continue;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String percentDecode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                int b = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (b < 0x80) {
                    sb.append((char) b);
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int firstOf(String s, String chars) {
        int min = s.length();
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && i < min) min = i;
        }
        return min;
    }

    /**
     * Text as a reader gets it, for comparing what was written with what is shown: whitespace
     * collapsed, and the characters HTML parsing, jsoup's {@code text()} or bidi handling may drop or
     * replace (NUL, U+FFFD, bidi controls and marks, zero-width space, soft hyphen) removed from both sides.
     */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000' || c == '\uFFFD' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u200B' || c == '\u00AD') continue;
            sb.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return sb.toString().replaceAll(" +", " ").trim();
    }
}
