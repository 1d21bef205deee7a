package io.healthpage.internal;

/**
 * HTML escaping into a {@link StringBuilder}, for the renderer's hot path (no intermediate strings);
 * {@code io.healthpage.safety.Html} is the public face of the same rules. Stateless, thread-safe.
 *
 * <p>Text: {@code &}, {@code <} and {@code >} become character references. Attribute values (always
 * written between double quotes): also {@code "} and {@code '}.
 */
public final class HtmlEscape {
    private HtmlEscape() {}

    /**
     * Appends {@code s} escaped for element content.
     *
     * @param out where to append
     * @param s the text
     */
    public static void appendText(StringBuilder out, String s) {
        append(out, s, false);
    }

    /**
     * Appends {@code s} escaped for an attribute value between double quotes.
     *
     * @param out where to append
     * @param s the value
     */
    public static void appendAttr(StringBuilder out, String s) {
        append(out, s, true);
    }

    /**
     * The index of the first character of {@code s} that needs escaping, or -1.
     *
     * @param s the text
     * @param attr whether for an attribute value
     * @return the index or -1
     */
    public static int firstToEscape(String s, boolean attr) {
        if (s.length() >= 24) {
            // longer strings: one String.indexOf per escaped character, which the JIT compiles to vector
            // instructions (a page's text is scanned in full, mostly finding nothing)
            int first = min(s.indexOf('&'), s.indexOf('<'));
            first = min(first, s.indexOf('>'));
            if (attr) first = min(min(first, s.indexOf('"')), s.indexOf('\''));
            return first;
        }
        // every character that is escaped is below 64: one bit test each
        long mask = attr ? ATTR_MASK : TEXT_MASK;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 64 && ((mask >>> c) & 1L) != 0) return i;
        }
        return -1;
    }

    /** The smaller of two indexes, -1 (not found) counting as the largest. */
    private static int min(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Bit {@code c} set for each character {@link #replacement} replaces in text, and in attribute values. */
    private static final long TEXT_MASK = (1L << '&') | (1L << '<') | (1L << '>');
    private static final long ATTR_MASK = TEXT_MASK | (1L << '"') | (1L << '\'');

    private static void append(StringBuilder out, String s, boolean attr) {
        int first = firstToEscape(s, attr);
        if (first < 0) {
            out.append(s); // the common case: one bulk copy
            return;
        }
        out.append(s, 0, first);
        for (int i = first, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String rep = c <= '>' ? replacement(c, attr) : null;
            if (rep == null) out.append(c);
            else out.append(rep);
        }
    }

    /**
     * The character reference for {@code c}, or {@code null} when it stays as it is.
     *
     * @param c the character
     * @param attr whether in an attribute value
     * @return e.g. {@code &amp;lt;} for {@code <}
     */
    public static String replacement(char c, boolean attr) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return attr ? "&quot;" : null;
            case '\'': return attr ? "&#39;" : null;
            default: return null;
        }
    }
}
