package io.healthpage.safety;

/**
 * Escaping for code that writes HTML as text. Stateless, thread-safe; not instantiable.
 *
 * <p>Use {@link #escapeText} for element content and {@link #escapeAttr} for attribute values
 * (always written between double quotes). Both make the result safe in any normal-element context
 * of an HTML document; neither is suitable for raw-text elements ({@code script}, {@code style}),
 * which this library never writes to.
 */
public final class Html {
    private Html() {}

    /**
     * Escapes text for element content: {@code &}, {@code <} and {@code >} become character
     * references, so text such as "Dose &lt;5 mg if eGFR &lt;30" can never open a tag.
     *
     * @param text the text, not {@code null}
     * @return the escaped text (the same instance when nothing needed escaping)
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static String escapeText(String text) {
        return escape(text, false);
    }

    /**
     * Escapes an attribute value: {@code &}, {@code <}, {@code >}, {@code "} and {@code '} become
     * character references, so the value cannot end its quotes, whichever quote the writer used.
     *
     * @param value the value, not {@code null}
     * @return the escaped value (the same instance when nothing needed escaping)
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static String escapeAttr(String value) {
        return escape(value, true);
    }

    private static String escape(String s, boolean attr) {
        if (s == null) {
            throw new NullPointerException((attr ? "attribute value" : "text") + " to escape must not be null");
        }
        int i = 0;
        int n = s.length();
        while (i < n && !needsEscape(s.charAt(i), attr)) i++;
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append(attr ? "&quot;" : "\""); break;
                case '\'': out.append(attr ? "&#39;" : "'"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, boolean attr) {
        return c == '&' || c == '<' || c == '>' || (attr && (c == '"' || c == '\''));
    }
}
