package io.healthpage.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans HTML down to the markup this library itself emits. Immutable and thread-safe: one
 * instance can serve any number of threads.
 *
 * <p>What survives: the elements and attributes of the renderer's vocabulary (article, section,
 * nav, headings, lists, a, abbr, dfn, time, figure, img, table, details/summary, …, with
 * {@code id}, {@code class}, {@code lang}, {@code dir}, {@code role}, a few {@code aria-*}
 * attributes and per-element ones such as {@code a href}, {@code img alt}, {@code th scope});
 * attribute values are constrained to plain tokens where the attribute is a token. Text is kept
 * and escaped. Everything else is dropped: {@code script}, {@code style}, {@code svg},
 * {@code math}, {@code iframe}, forms, {@code template}, {@code base}, {@code meta}, comments,
 * event-handler and {@code style} attributes. Contents of a dropped element are kept when they
 * are allowed (so {@code <font>text</font>} keeps "text"); the contents of {@code script},
 * {@code style} and other raw-text elements are dropped.
 *
 * <p>URLs ({@code a href}, {@code img src}, {@code blockquote cite}, {@code q cite}) go through
 * the {@link UrlPolicy}: refused ones are removed (the element stays), accepted ones are written
 * in normalised form. Links with {@code target="_blank"} always get {@code rel} containing
 * {@code noopener} and {@code noreferrer}.
 *
 * <p>Not covered: ids are kept as given (only their syntax is checked), so a hostile fragment can
 * still name an element like a global of the host page (DOM clobbering); hosts that embed
 * untrusted fragments should not rely on undeclared globals. The output is meant for a normal
 * element context; it must not be put inside {@code script}, {@code style}, {@code textarea} or
 * {@code noscript}.
 */
public final class Sanitizer {
    /**
     * Placeholder base for jsoup's protocol check, which needs an absolute URL to judge a
     * relative one; relative links are written back unchanged ({@code preserveRelativeLinks}).
     */
    private static final String PROTOCOL_CHECK_BASE = "https://healthpage.invalid/";
    private static final Cleaner CLEANER = new Cleaner(ArticleSafelist.INSTANCE);
    private static final Sanitizer STANDARD = new Sanitizer(UrlPolicy.defaults());
    /** Clean-and-reparse passes of {@link #sanitize}; one re-parse normally settles the tree. */
    private static final int MAX_PASSES = 4;

    private final UrlPolicy urlPolicy;

    private Sanitizer(UrlPolicy urlPolicy) {
        this.urlPolicy = urlPolicy;
    }

    /**
     * The sanitizer with {@link UrlPolicy#defaults()} (relative URLs stay relative).
     *
     * @return the shared instance
     */
    public static Sanitizer standard() {
        return STANDARD;
    }

    /**
     * A sanitizer whose URLs follow {@code policy} (for instance one with a base URL).
     *
     * @param policy the URL policy
     * @return the sanitizer
     * @throws NullPointerException if {@code policy} is {@code null}
     */
    public static Sanitizer withUrlPolicy(UrlPolicy policy) {
        if (policy == null) throw new NullPointerException("URL policy must not be null: use UrlPolicy.defaults()");
        return policy.equals(UrlPolicy.defaults()) ? STANDARD : new Sanitizer(policy);
    }

    /**
     * The URL policy this sanitizer applies.
     *
     * @return the policy
     */
    public UrlPolicy urlPolicy() {
        return urlPolicy;
    }

    /**
     * Cleans an untrusted HTML fragment (body content, as a user might type it), for hosts who
     * show user-supplied HTML next to our output.
     *
     * @param untrustedHtmlFragment the HTML; plain text is fine ("Dose &lt;5 mg" stays text)
     * @return HTML containing only our vocabulary, not pretty-printed; sanitizing it again
     *         returns it unchanged
     * @throws NullPointerException if the argument is {@code null}
     */
    public String sanitize(String untrustedHtmlFragment) {
        if (untrustedHtmlFragment == null) {
            throw new NullPointerException("HTML fragment to sanitize must not be null (use \"\" for none)");
        }
        Pass pass = cleanOnce(untrustedHtmlFragment);
        // Removing an element can leave a tree the HTML parser never builds (a <table> or <p> inside a <p>
        // once the <math> or <noscript> around it is gone); serialised, it parses back into another tree (the
        // mutation mXSS needs). When the cleaner saw such a case, clean what the parser makes of the output
        // until that is stable: the result is exactly the tree a browser builds from it, and sanitizing it
        // again changes nothing. A pass that saw no such case is a fixed point already (SanitizerPropertyTest
        // proves it over generated hostile HTML), so the common case parses once and the loop stops there.
        String out = pass.html();
        for (int n = 1; n < MAX_PASSES && !pass.settled(); n++) {
            pass = cleanOnce(out);
            if (pass.html().equals(out)) break;
            out = pass.html();
        }
        return out;
    }

    /**
     * The output of one cleaning pass, and whether it is known to be a fixed point (parsing and cleaning it
     * gives it back).
     */
    private record Pass(String html, boolean settled) {}

    /** One parse and one cleaning walk; jsoup's cleaner for what the walk does not handle (then not known settled). */
    private Pass cleanOnce(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, PROTOCOL_CHECK_BASE);
        SinglePassCleaner c = new SinglePassCleaner(urlPolicy, dirty.body(), html.length());
        NodeTraversor.filter(c, dirty.body());
        if (c.handled()) return new Pass(c.html(), !c.mayReparseDifferently());
        return new Pass(cleanWithJsoup(html), false);
    }

    /** The three passes the single walk stands for: parse, clean into a copy with jsoup's {@link Cleaner}, serialise. */
    String cleanWithJsoup(String html) {
        return serialize(clean(Jsoup.parseBodyFragment(html, PROTOCOL_CHECK_BASE)));
    }

    /**
     * Cleans, in place, everything inside {@code root} and {@code root}'s own attributes: the
     * renderer's defense-in-depth pass over a tree it built, without serialising and parsing it
     * again. The children of {@code root} are replaced by cleaned copies; {@code root} itself
     * stays where it is.
     *
     * @param root the container, a safelisted element or {@code body}
     * @throws NullPointerException if {@code root} is {@code null}
     * @throws IllegalArgumentException if {@code root} is neither {@code body} nor an element of our vocabulary
     */
    public void cleanInPlace(Element root) {
        if (root == null) throw new NullPointerException("element to clean must not be null");
        String tag = root.normalName();
        boolean body = tag.equals("body");
        if (!body && !ArticleSafelist.TAGS.contains(tag)) {
            throw new IllegalArgumentException("cannot clean inside <" + tag + ">: the root must be <body> or one of "
                    + "the elements the renderer emits " + new java.util.TreeSet<>(ArticleSafelist.TAGS));
        }
        Document dirty = Document.createShell(PROTOCOL_CHECK_BASE);
        List<Node> children = new ArrayList<>(root.childNodes());
        Element holder;
        if (body) {
            holder = dirty.body();
        } else {
            holder = root.shallowClone();
            dirty.body().appendChild(holder);
        }
        holder.appendChildren(children); // moves them out of root
        Element cleanBody = clean(dirty).body();

        Element cleaned = body ? cleanBody : cleanBody.child(0);
        if (!body) {
            List<String> keys = new ArrayList<>();
            for (Attribute a : root.attributes()) keys.add(a.getKey());
            for (String k : keys) root.removeAttr(k);
            for (Attribute a : cleaned.attributes()) root.attr(a.getKey(), a.getValue());
        }
        root.appendChildren(new ArrayList<>(cleaned.childNodes()));
    }

    private Document clean(Document dirty) {
        unwrapNestedAnchors(dirty.body());
        applyUrlPolicy(dirty.body());
        Document clean = CLEANER.clean(dirty);
        secureLinks(clean.body());
        return clean;
    }

    /**
     * Replaces every {@code a} inside another {@code a} by its content. The parser can build nested anchors (its
     * adoption agency algorithm gives up after 8 steps), but parsing them again builds another tree, moved 8
     * levels on each time, so deep ones never reach a fixed point in {@link #MAX_PASSES} passes (found by
     * SanitizerMutatedCorpusTest). Without nested anchors that step of the parser never runs; and a link inside a
     * link is not valid HTML anyway. The single walk ({@link SinglePassCleaner}) drops them the same way.
     */
    private static void unwrapNestedAnchors(Element body) {
        for (Element a : body.getElementsByTag("a")) {
            for (Element p = a.parent(); p != null && p != body; p = p.parent()) {
                if (p.normalName().equals("a")) {
                    a.unwrap();
                    break;
                }
            }
        }
    }

    /** Replaces every URL attribute by the policy's normalised form, or removes it. */
    private void applyUrlPolicy(Element body) {
        for (Element el : body.getAllElements()) {
            String key = ArticleSafelist.URL_ATTRIBUTE.get(el.normalName());
            if (key == null || !el.hasAttr(key)) continue;
            String safe = urlPolicy.check(el.attr(key)).orElse(null);
            if (safe == null) {
                el.removeAttr(key);
            } else {
                el.attr(key, safe);
            }
        }
    }

    /** {@code target=_blank} links get {@code rel="noopener noreferrer"} (and lose {@code opener}). */
    private static void secureLinks(Element body) {
        for (Element a : body.getElementsByTag("a")) {
            if (!a.attr("target").trim().toLowerCase(Locale.ROOT).equals("_blank")) continue;
            a.attr("rel", secureRel(a.attr("rel")));
        }
    }

    /** The {@code rel} of a {@code target=_blank} link: its tokens in lower case without {@code opener}, then noopener and noreferrer. */
    static String secureRel(String rel) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : rel.trim().split("\\s+")) {
            String t = token.toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !t.equals("opener")) tokens.add(t);
        }
        tokens.add("noopener");
        tokens.add("noreferrer");
        return String.join(" ", tokens);
    }

    private static String serialize(Document clean) {
        clean.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base)
                .charset("UTF-8");
        return clean.body().html();
    }

    @Override
    public String toString() {
        return "Sanitizer[" + urlPolicy + "]";
    }
}
