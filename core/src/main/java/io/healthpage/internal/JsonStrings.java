package io.healthpage.internal;

import java.util.Objects;

/**
 * The one JSON string escaper for the files healthpage writes by hand (articles through
 * {@code ArticleJson}, bundles through {@code BundleWriter}), whose layout the JSON-P generator cannot
 * reproduce. Not API: exported only to the healthpage modules. Stateless and thread-safe.
 *
 * <p>The rules, one set for every file:
 * <ul>
 *   <li>{@code "} and {@code \} get a backslash; backspace, form feed, line feed, carriage return and
 *       tab get their two-character escapes ({@code \b \f \n \r \t}), as RFC 8259 §7 names them;</li>
 *   <li>every other control character (U+0000–U+001F, DEL U+007F, the C1 controls U+0080–U+009F) and the
 *       line and paragraph separators U+2028 / U+2029 are written as <code>&#92;u</code> plus four
 *       lower-case hex digits: they are invisible in an editor, and U+2028 / U+2029 end a line in
 *       JavaScript before ES2019 and in some editors, which would move line numbers;</li>
 *   <li>a lone surrogate (a high surrogate not followed by a low one, a low surrogate not preceded by a
 *       high one) is written as <code>&#92;u</code> plus its hex digits: it has no UTF-8 form, so written as a
 *       character it would turn into {@code ?} in the file and the text would be lost;</li>
 *   <li>everything else is written as it is, so translators read their own script (Arabic, Chinese,
 *       accented letters, emoji as surrogate pairs). {@code <}, {@code >}, {@code &} and {@code /} are
 *       not escaped: these are files, not HTML. Where JSON goes into an HTML {@code <script>} element
 *       (JSON-LD), {@code JsonLdRenderer.Result#forHtmlScript()} escapes them.</li>
 * </ul>
 * Reading the output with any JSON parser gives back the same string, char for char.
 */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {}

    /**
     * {@code s} as a JSON string literal, quotes included.
     *
     * @param s the text
     * @return the literal
     * @throws NullPointerException if {@code s} is null
     */
    public static String quote(String s) {
        Objects.requireNonNull(s, "s");
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * Appends {@code s} as a JSON string literal, quotes included, to {@code sb}.
     *
     * @param sb where to append
     * @param s the text
     * @return {@code sb}
     * @throws NullPointerException if {@code sb} or {@code s} is null
     */
    public static StringBuilder quote(StringBuilder sb, String s) {
        Objects.requireNonNull(sb, "sb");
        Objects.requireNonNull(s, "s");
        sb.append('"');
        int n = s.length();
        int run = 0; // start of the characters not yet appended, which need no escape
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f ? c != '"' && c != '\\' : !needsUnicodeEscape(s, i, c)) {
                continue; // written as it is, with the rest of the run
            }
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        return sb.append(s, run, n).append('"');
    }

    private static boolean needsUnicodeEscape(String s, int i, char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
