package io.healthpage.render;

import io.healthpage.internal.HtmlEscape;
import io.healthpage.internal.HtmlVocabulary;
import io.healthpage.model.Block;
import io.healthpage.safety.Html;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place HTML is written: start tag, attribute, text, end tag, each escaped, into one
 * buffer. A start tag stays open for attributes until the next content; then the
 * {@linkplain AttributeProvider attribute providers} see it (when it has a part name) and it is closed.
 *
 * <p>The renderer's own calls are trusted (they are the vocabulary, plus the page's head); extensions
 * reach this writer only through {@link ExtensionOutput}, which checks every element and attribute
 * first ({@link #checkAdded}). One per render; not thread-safe.
 */
final class TagWriter {
    /** Attributes a provider may not add: the renderer owns them. */
    static final Set<String> RESERVED_FOR_PROVIDERS = Set.of("id", "lang", "dir", "href", "src", "cite", "target");
    /** Attributes a block renderer may not write on its own elements. */
    static final Set<String> RESERVED_FOR_EXTENSIONS = Set.of("lang", "dir", "target");
    private static final int MAX_ATTRIBUTES = 32;

    private static final int INITIAL_CHARS = 32 * 1024;
    /** Buffers up to this size are kept for the thread's next render. */
    private static final int MAX_KEPT_CHARS = 256 * 1024;
    /**
     * The buffer of this thread's last render, for its next one: a page is tens of kilobytes, and allocating
     * (and zeroing) that much per render costs allocation bandwidth that two rendering threads share.
     */
    private static final ThreadLocal<char[]> SPARE = new ThreadLocal<>();

    /** The output: a plain char buffer (fewer checks per write than a StringBuilder, which matters here). */
    private char[] buf;
    private int len;
    private final AttributeProvider[] providers;
    private final ProvidedElement element;

    /** The innermost block being written, for providers; {@code null} outside blocks. */
    Block block;

    // the open start tag, if any
    private boolean inStart;
    private String tag;
    private String part;
    /** Index of the closing quote of the class attribute of the open start tag, or -1. */
    private int classEnd = -1;
    /** Names of the attributes of the open start tag (tracked only when providers run). */
    private final String[] names;
    private int nameCount;
    /** Whether providers are being called (their element is only usable then). */
    private boolean providing;

    TagWriter(AttributeProvider[] providers) {
        char[] spare = SPARE.get();
        if (spare != null) SPARE.set(null); // a nested render on this thread (an extension rendering) gets its own
        this.buf = spare != null ? spare : new char[INITIAL_CHARS];
        this.providers = providers;
        this.element = providers.length == 0 ? null : new ProvidedElement();
        this.names = providers.length == 0 ? null : new String[MAX_ATTRIBUTES];
    }

    /** Starts {@code <tag}; attributes may follow. */
    TagWriter open(String tag) {
        endStart();
        put('<');
        put(tag);
        inStart = true;
        this.tag = tag;
        part = null;
        classEnd = -1;
        nameCount = 0;
        return this;
    }

    /** Starts {@code <tag} that attribute providers see as {@code part}. */
    TagWriter open(String tag, String part) {
        open(tag);
        this.part = part;
        return this;
    }

    /** Adds {@code name="value"} (escaped) to the open start tag; nothing when {@code value} is {@code null}. */
    TagWriter attr(String name, String value) {
        if (value == null) return this;
        startAttr(name);
        escape(value, true);
        return endAttr(name);
    }

    /** Adds {@code name="first second"}, both parts escaped, without joining them first (a prefix and a name). */
    TagWriter attr(String name, String first, String second) {
        startAttr(name);
        escape(first, true);
        escape(second, true);
        return endAttr(name);
    }

    /** Adds {@code name="value"} for a value that is already escaped for an attribute (or needs no escaping). */
    TagWriter attrEscaped(String name, String escaped) {
        startAttr(name);
        put(escaped);
        return endAttr(name);
    }

    /** Adds {@code name="firstsecond"}, both parts needing no escaping (the validated class prefix and a class name of the renderer). */
    TagWriter attrEscaped(String name, String first, String second) {
        startAttr(name);
        put(first);
        put(second);
        return endAttr(name);
    }

    /** Adds {@code name="prefix<n>"}, {@code prefix} needing no escaping (a validated id and the id prefix). */
    TagWriter attr(String name, String prefix, int n) {
        startAttr(name);
        put(prefix);
        putInt(n);
        return endAttr(name);
    }

    private void startAttr(String name) {
        put(' ');
        put(name);
        put('=');
        put('"');
    }

    private TagWriter endAttr(String name) {
        if (names != null) {
            if (name.equals("class")) classEnd = len;
            if (nameCount < MAX_ATTRIBUTES) names[nameCount++] = name;
        }
        put('"');
        return this;
    }

    /** Whether a start tag is open (attributes may still be added). */
    boolean inStartTag() {
        return inStart;
    }

    /** The element of the open start tag. */
    String openTag() {
        return tag;
    }

    /** Whether the open start tag already has the attribute {@code name} (tracked only with providers, else false). */
    boolean hasAttribute(String name) {
        for (int i = 0; i < nameCount; i++) if (names[i].equals(name)) return true;
        return false;
    }

    /** Escaped text. */
    TagWriter text(String s) {
        endStart();
        escape(s, false);
        return this;
    }

    /** A number as text. */
    TagWriter text(int n) {
        endStart();
        putInt(n);
        return this;
    }

    /** A line break in the source (not {@code <br>}). */
    TagWriter nl() {
        endStart();
        put('\n');
        return this;
    }

    /** {@code </tag>}. */
    TagWriter close(String tag) {
        endStart();
        put('<');
        put('/');
        put(tag);
        put('>');
        return this;
    }

    /**
     * Unescaped content, only for what the renderer itself made safe for its place: the doctype, the
     * page's own stylesheet, the JSON-LD escaped for a {@code script} element. Never reachable by extensions.
     */
    TagWriter raw(String trusted) {
        endStart();
        put(trusted);
        return this;
    }

    /** Characters written so far. */
    int length() {
        return len;
    }

    /** The HTML. The writer is done: its buffer goes back to the thread for the next render. */
    String html() {
        endStart();
        String html = new String(buf, 0, len);
        if (buf.length <= MAX_KEPT_CHARS) SPARE.set(buf);
        buf = null;
        return html;
    }

    private void endStart() {
        if (!inStart) return;
        if (part != null && element != null) {
            providing = true;
            try {
                for (AttributeProvider p : providers) p.setAttributes(element);
            } finally {
                providing = false;
            }
        }
        put('>');
        inStart = false;
    }

    private void put(char c) {
        if (len == buf.length) grow(1);
        buf[len++] = c;
    }

    /** The decimal digits of {@code n}, as {@link Integer#toString(int)} writes them, without the string. */
    private void putInt(int n) {
        if (n < 0 || n >= 1_000_000) {
            put(Integer.toString(n));
            return;
        }
        int digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 6;
        if (len + digits > buf.length) grow(digits);
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        len += digits;
    }

    private void put(String s) {
        int n = s.length();
        if (len + n > buf.length) grow(n);
        s.getChars(0, n, buf, len);
        len += n;
    }

    /** Writes {@code s} escaped (the rules of {@link HtmlEscape}): one bulk copy when nothing needs escaping. */
    private void escape(String s, boolean attr) {
        int first = HtmlEscape.firstToEscape(s, attr);
        if (first < 0) {
            put(s);
            return;
        }
        int n = s.length();
        if (len + n > buf.length) grow(n);
        s.getChars(0, first, buf, len);
        len += first;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            String rep = c <= '>' ? HtmlEscape.replacement(c, attr) : null;
            if (rep == null) put(c);
            else put(rep);
        }
    }

    /** Inserts {@code s} at {@code at}; what follows moves (only used within the open start tag, so little does). */
    private void insert(int at, String s) {
        int n = s.length();
        if (len + n > buf.length) grow(n);
        System.arraycopy(buf, at, buf, at + n, len - at);
        s.getChars(0, n, buf, at);
        len += n;
    }

    private void grow(int needed) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + needed));
    }

    /**
     * Checks an attribute an extension adds to the open start tag {@code <tag>} (the rules of
     * {@link RenderedElement#attribute} and {@link RenderContext#attribute}); {@code who} names the
     * extension in the message.
     */
    static void checkAdded(String who, String tag, String name, String value, Set<String> reserved) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style")) {
            throw new IllegalArgumentException(who + ": \"" + name + "\" on <" + tag + "> is never allowed: no event handlers, "
                    + "no style attributes (use a class)");
        }
        if (HtmlVocabulary.isDataAttribute(name)) return;
        if (reserved.contains(lower)) {
            throw new IllegalArgumentException(who + ": \"" + name + "\" on <" + tag + "> is set by the renderer, not by extensions");
        }
        if (!HtmlVocabulary.allowed(tag, name)) {
            throw new IllegalArgumentException(who + ": attribute \"" + name + "\" is not allowed on <" + tag
                    + ">; allowed: class, data-* (lower case), " + new java.util.TreeSet<>(HtmlVocabulary.GLOBAL_ATTRIBUTES)
                    + " and " + new java.util.TreeSet<>(HtmlVocabulary.TAG_ATTRIBUTES.getOrDefault(tag, Set.of())));
        }
        if (!HtmlVocabulary.valueAllowed(name, value)) {
            throw new IllegalArgumentException(who + ": the value \"" + value + "\" does not fit attribute \"" + name
                    + "\" on <" + tag + "> (see io.healthpage.safety.Sanitizer for the allowed values)");
        }
    }

    /** The element as attribute providers see it; one per writer, reused for every element. */
    final class ProvidedElement implements RenderedElement {
        @Override
        public String tag() {
            return tag;
        }

        @Override
        public String part() {
            return part;
        }

        @Override
        public Optional<Block> block() {
            return Optional.ofNullable(block);
        }

        @Override
        public RenderedElement attribute(String name, String value) {
            Objects.requireNonNull(name, "attribute name");
            Objects.requireNonNull(value, "attribute value");
            if (!providing) throw new IllegalStateException("a RenderedElement is only valid during AttributeProvider.setAttributes");
            String who = "attribute provider on the " + part + " <" + tag + ">";
            checkAdded(who, tag, name, value, RESERVED_FOR_PROVIDERS);
            if (name.equals("class") && classEnd >= 0) {
                // join the renderer's class attribute: insert before its closing quote (only the rest of this start tag moves)
                String joined = " " + Html.escapeAttr(value);
                insert(classEnd, joined);
                classEnd += joined.length();
                return this;
            }
            if (hasAttribute(name)) {
                throw new IllegalArgumentException(who + ": it already has \"" + name + "\"; an attribute is written once");
            }
            attr(name, value);
            return this;
        }

        @Override
        public String toString() {
            return "<" + tag + "> " + part;
        }
    }
}
