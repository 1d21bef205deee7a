package io.healthpage.safety;

import io.healthpage.internal.HtmlVocabulary;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;

/**
 * One walk over a parsed (dirty) body that writes the cleaned HTML straight into a buffer: the same
 * characters as jsoup's {@code Cleaner} copy serialised by jsoup without pretty-printing
 * ({@code EscapeMode.base}, UTF-8) after the {@link UrlPolicy} and the {@code rel} rule for
 * {@code target=_blank} links, which is what {@link Sanitizer} did in three passes (clean into a copy,
 * secure the links, serialise). One per call; not thread-safe.
 *
 * <p>It also tells whether the output might not be a fixed point of sanitizing ({@link #mayReparseDifferently()}):
 * whether parsing it could build a tree other than the one written. That can only happen when an element
 * was dropped but its content kept and that content now sits where the HTML parser would not have put it,
 * or when a character is written as a reference the parser reads back as another character. The cases
 * (besides kept foreign elements),
 * from the tree-construction rules of the HTML standard (what depends on the stack of open elements):
 * <ul>
 *   <li>the dropped element limited a scope ({@code button}, {@code object}, {@code template}, {@code html},
 *       {@code select}, foreign content such as {@code svg desc} …) and some element came out of it: a
 *       {@code p}, a block that closes a {@code p}, or an {@code a} would now see ancestors it could not see before;</li>
 *   <li>the dropped element was "special" (a {@code form}, {@code center}, {@code tfoot} …) and had a list item
 *       ({@code li}, {@code dd}, {@code dt}) inside: list items close the nearest open one up to such an element;</li>
 *   <li>content came out into a table, table section or row (text and elements there are moved out by the parser);</li>
 *   <li>a heading came out directly into a heading (a heading start tag closes a heading that is the current node);</li>
 *   <li>text or an attribute holds a lone surrogate or a control character other than tab and line feed.</li>
 * </ul>
 * Elements that are kept are never the problem: the parser built them where they are. When any case
 * applies the caller re-cleans the output until it is stable, as before; {@code SanitizerTest} checks over
 * generated hostile HTML that every other output is a fixed point and that the output is the same as the
 * three-pass cleaner's.
 *
 * <p>An {@code a} inside a kept {@code a} is dropped, its content kept ({@link Sanitizer} explains why).
 *
 * <p>A kept element outside the HTML namespace (an {@code a} inside {@code svg}) is written as jsoup writes
 * it and always counts as a risk. One thing it does not handle itself, and reports with {@link #handled()}
 * {@code == false} so the caller uses jsoup's cleaner instead: data (script or style text) under a kept element.
 */
final class SinglePassCleaner implements NodeFilter {
    private static final String HTML_NS = Parser.NamespaceHtml;

    /** Dropped elements that bound a scope of the parser or are foreign-content integration points. */
    private static final Set<String> SCOPE_LIMITS = Set.of(
            "applet", "marquee", "object", "template", "button", "html", "body", "head", "select", "frameset", "noscript",
            "math", "svg", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");

    /** "Special" elements of the HTML standard outside our vocabulary (list items stop at them). */
    private static final Set<String> SPECIAL = Set.of(
            "address", "applet", "area", "base", "basefont", "bgsound", "body", "button", "center", "col",
            "colgroup", "dir", "embed", "fieldset", "form", "frame", "frameset", "head", "hgroup", "html",
            "iframe", "input", "keygen", "link", "listing", "main", "marquee", "menu", "meta", "noembed",
            "noframes", "noscript", "object", "param", "plaintext", "pre", "script", "search", "select",
            "source", "style", "template", "textarea", "tfoot", "title", "track", "wbr", "xmp");

    private static final Set<String> TABLE_CONTEXTS = Set.of("table", "thead", "tbody", "tfoot", "tr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt");

    private static final int ELEMENT = 1;
    private static final int TEXT = 2;
    private static final int HEADING = 4;
    private static final int LIST_ITEM = 8;
    /** List item anywhere below (not only at the level the content comes out at). */
    private static final int DEEP_LIST_ITEM = 16;

    private final UrlPolicy urlPolicy;
    private final Element root;
    private final StringBuilder out;

    /** Per open element of the walk: whether it is kept, its tag, and what content came out at its level. */
    private boolean[] kept = new boolean[64];
    private String[] tags = new String[64];
    private int[] flags = new int[64];
    private int depth;

    private boolean reparseRisk;
    /** A foreign element's start tag waits for its first content (or its end) to know how it is closed. */
    private boolean pendingOpen;
    private boolean handled = true;
    /** Kept {@code a} elements open around the node being visited: an {@code a} inside one is dropped. */
    private int openAnchors;

    // the attributes of the element being written (reused)
    private String[] keys = new String[16];
    private String[] values = new String[16];
    private int attrCount;

    SinglePassCleaner(UrlPolicy urlPolicy, Element root, int sizeHint) {
        this.urlPolicy = urlPolicy;
        this.root = root;
        this.out = new StringBuilder(sizeHint + 64);
    }

    String html() {
        return out.toString();
    }

    boolean handled() {
        return handled;
    }

    boolean mayReparseDifferently() {
        return reparseRisk;
    }

    @Override
    public FilterResult head(Node node, int nodeDepth) {
        if (node instanceof Element el) {
            if (el == root) return FilterResult.CONTINUE;
            String name = el.normalName();
            boolean anchor = name.equals("a");
            boolean keep = ArticleSafelist.TAGS.contains(name) && !(anchor && openAnchors > 0);
            if (keep) {
                if (anchor) openAnchors++;
                openPending();
                boolean html = HTML_NS.equals(el.tag().namespace());
                // kept in foreign content (an <a> in <svg>): it becomes an HTML element once the svg is gone, and
                // whether that element can stand there is the parser's call
                if (!html) reparseRisk = true;
                int f = ELEMENT;
                if (HEADINGS.contains(name)) f |= HEADING;
                if (LIST_ITEMS.contains(name)) f |= LIST_ITEM | DEEP_LIST_ITEM;
                flags[depth] |= f;
                startTag(el);
                if (html && HtmlVocabulary.VOID_TAGS.contains(name)) {
                    out.append('>');
                    return FilterResult.SKIP_CHILDREN;
                }
                if (html) out.append('>');
                else pendingOpen = true; // jsoup writes an empty foreign element <x /> or <x></x>: decided in tail()
            }
            push(keep, keep ? name : dropped(el));
            return FilterResult.CONTINUE;
        }
        if (node instanceof TextNode t) { // CDATA too: jsoup's Cleaner copies it as text
            openPending();
            String text = t.getWholeText();
            if (!text.isEmpty()) {
                if (!t.isBlank()) flags[depth] |= TEXT;
                escape(text, false);
            }
            return FilterResult.CONTINUE;
        }
        if (node instanceof DataNode && node.parent() != null && ArticleSafelist.TAGS.contains(node.parent().normalName())) {
            return stop();
        }
        return FilterResult.CONTINUE; // comments, doctypes, data of dropped elements: dropped
    }

    /** The innermost kept element gets content: its start tag is complete. */
    private void openPending() {
        if (pendingOpen) {
            out.append('>');
            pendingOpen = false;
        }
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
        if (!(node instanceof Element el) || el == root) return FilterResult.CONTINUE;
        String name = el.normalName();
        boolean html = HTML_NS.equals(el.tag().namespace());
        if (html && ArticleSafelist.TAGS.contains(name) && HtmlVocabulary.VOID_TAGS.contains(name)) return FilterResult.CONTINUE;
        depth--;
        int f = flags[depth + 1];
        if (kept[depth + 1]) {
            if (name.equals("a")) openAnchors--;
            if (pendingOpen) {
                pendingOpen = false;
                // Element.outerHtmlHead for an element without children outside the HTML namespace
                Tag tag = el.tag();
                boolean selfClose = tag.is(Tag.SeenSelfClose) || (tag.isKnownTag() && (tag.isEmpty() || tag.isSelfClosing()));
                out.append(selfClose ? " />" : "></" + el.tagName() + ">");
            } else {
                out.append("</").append(el.tagName()).append('>');
            }
            if ((f & DEEP_LIST_ITEM) != 0) flags[depth] |= DEEP_LIST_ITEM;
            return FilterResult.CONTINUE;
        }
        if (f != 0) judgeDropped(tags[depth + 1], f);
        flags[depth] |= f; // its content now sits at the level of the element around it
        return FilterResult.CONTINUE;
    }

    /** The tag a dropped element is judged by: foreign elements all count as scope limits. */
    private static String dropped(Element el) {
        return HTML_NS.equals(el.tag().namespace()) ? el.normalName() : "svg";
    }

    private void judgeDropped(String tag, int f) {
        if ((f & ELEMENT) != 0 && SCOPE_LIMITS.contains(tag)) reparseRisk = true;
        if ((f & DEEP_LIST_ITEM) != 0 && SPECIAL.contains(tag)) reparseRisk = true;
        String context = keptContext();
        if (context == null) return;
        if ((f & (ELEMENT | TEXT)) != 0 && TABLE_CONTEXTS.contains(context)) reparseRisk = true;
        if ((f & HEADING) != 0 && HEADINGS.contains(context)) reparseRisk = true;
    }

    /** The nearest kept element around the current position, or {@code null} at the top. */
    private String keptContext() {
        for (int i = depth; i > 0; i--) if (kept[i]) return tags[i];
        return null;
    }

    private FilterResult stop() {
        handled = false;
        return FilterResult.STOP;
    }

    private void push(boolean keep, String tag) {
        depth++;
        if (depth == kept.length) {
            kept = java.util.Arrays.copyOf(kept, depth * 2);
            tags = java.util.Arrays.copyOf(tags, depth * 2);
            flags = java.util.Arrays.copyOf(flags, depth * 2);
        }
        kept[depth] = keep;
        tags[depth] = tag;
        flags[depth] = 0;
    }

    // ------------------------------------------------------------------ attributes

    private void startTag(Element el) {
        String tagName = el.tagName();
        attrCount = 0;
        int target = -1;
        int rel = -1;
        String urlKey = ArticleSafelist.URL_ATTRIBUTE.get(el.normalName());
        for (Attribute a : el.attributes()) {
            String key = a.getKey();
            String value = a.getValue();
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.startsWith("on") || lower.equals("style")) continue;
            if (!HtmlVocabulary.allowed(asciiLower(tagName), asciiLower(key))) continue;
            if (urlKey != null && urlKey.equalsIgnoreCase(key)) {
                value = safeUrl(el, a, value);
                if (value == null) continue;
            }
            if (!ArticleSafelist.valueAllowed(lower, value)) continue;
            if (key.equals("target")) target = attrCount;
            if (key.equals("rel")) rel = attrCount;
            add(key, value);
        }
        if (target >= 0 && values[target].trim().toLowerCase(Locale.ROOT).equals("_blank") && el.normalName().equals("a")) {
            String secured = Sanitizer.secureRel(rel < 0 ? "" : values[rel]);
            if (rel < 0) add("rel", secured);
            else values[rel] = secured;
        }
        out.append('<').append(tagName);
        for (int i = 0; i < attrCount; i++) {
            String key = keys[i];
            String value = values[i];
            out.append(' ').append(key);
            if ((value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key)) continue;
            out.append("=\"");
            escape(value, true);
            out.append('"');
        }
    }

    private void add(String key, String value) {
        if (attrCount == keys.length) {
            keys = java.util.Arrays.copyOf(keys, attrCount * 2);
            values = java.util.Arrays.copyOf(values, attrCount * 2);
        }
        keys[attrCount] = key;
        values[attrCount++] = value;
    }

    /**
     * The URL as the policy normalises it, if both the policy and jsoup's protocol check (the safelist's
     * schemes, judged on the URL resolved against the placeholder base) accept it; else {@code null}.
     * The protocol check is jsoup's own except for the forms whose outcome is certain: in-page fragments
     * and http(s) URLs with a plain host resolve to http(s), which every URL attribute allows, and
     * {@code mailto:} is allowed exactly where the safelist lists it.
     */
    private String safeUrl(Element el, Attribute a, String raw) {
        String safe = urlPolicy.check(raw).orElse(null);
        if (safe == null) return null;
        if (safe.startsWith("#") || plainHttp(safe)) return safe;
        if (safe.startsWith("mailto:")) return ArticleSafelist.allowsMailto(el.normalName()) ? safe : null;
        el.attr(a.getKey(), safe); // jsoup resolves the attribute as it stands on the element
        Attribute normalised = new Attribute(a.getKey(), safe);
        return ArticleSafelist.INSTANCE.protocolAllowed(el.tagName(), el, normalised) ? safe : null;
    }

    /** {@code http(s)://} and a host of letters, digits, dots and hyphens, then the end, a path, a query or a fragment. */
    private static boolean plainHttp(String url) {
        int i;
        if (url.startsWith("https://")) i = 8;
        else if (url.startsWith("http://")) i = 7;
        else return false;
        int hostStart = i;
        while (i < url.length()) {
            char c = url.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                i++;
                continue;
            }
            if (c == '/' || c == '?' || c == '#') break;
            return false;
        }
        return i > hostStart;
    }

    private static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] cs = s.toCharArray();
                for (int j = i; j < cs.length; j++) if (cs[j] >= 'A' && cs[j] <= 'Z') cs[j] = (char) (cs[j] + 32);
                return new String(cs);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ text

    /**
     * jsoup's escaping (base mode, UTF-8, no pretty-printing): {@code & < >} and U+00A0 as references,
     * {@code "} too in attributes, other controls than tab, line feed and carriage return as hex references,
     * a lone surrogate as a hex reference.
     */
    private void escape(String s, boolean attr) {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' && c != '\u00a0' && !Character.isSurrogate(c)) continue;
            String rep;
            if (c == '&') rep = "&amp;";
            else if (c == '<') rep = "&lt;";
            else if (c == '>') rep = "&gt;";
            else if (c == '"') rep = attr ? "&quot;" : null;
            else if (c == '\u00a0') rep = "&nbsp;";
            else if (c == '\t' || c == '\n') rep = null;
            else if (c < ' ') {
                reparseRisk = true; // NUL and CR come back as other characters
                rep = c == '\r' ? null : "&#x" + Integer.toHexString(c) + ";";
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                reparseRisk = true; // a lone surrogate's reference reads back as U+FFFD
                rep = "&#x" + Integer.toHexString(c) + ";";
            } else {
                rep = null;
            }
            if (rep == null) continue;
            out.append(s, from, i).append(rep);
            from = i + 1;
        }
        out.append(s, from, n);
    }
}
