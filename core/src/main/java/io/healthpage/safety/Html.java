package io.healthpage.safety;

import io.healthpage.internal.HtmlEscape;

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
        if (HtmlEscape.firstToEscape(s, attr) < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        if (attr) HtmlEscape.appendAttr(out, s);
        else HtmlEscape.appendText(out, s);
        return out.toString();
    }
}
