package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.i18n.tools.EntryCheck.around;
import static io.healthpage.i18n.tools.EntryCheck.hex;
import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.WARNING;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules about characters a translation must not add: web and e-mail addresses, invisible controls. */
final class CharacterRules {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** A web or mail address (package-private: the prefilter test checks {@link #mayHaveUrl} against it). */
    static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|mailto:)[^\\s<>{}\"”»)\\]]+");

    private CharacterRules() {}

    /**
     * Whether {@link #URL} could match: it needs "http", "www." or "mailto:" in ASCII letters of either case.
     * Checked first because the expression, tried at every position, was most of the cost of this rule.
     */
    static boolean mayHaveUrl(String text) {
        // ASCII-only, case-insensitive, without copying the text
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.regionMatches(true, i, "http", 0, 4) || text.regionMatches(true, i, "www.", 0, 4)
                    || text.regionMatches(true, i, "mailto:", 0, 7)) return true;
        }
        return false;
    }

    static final DefinedRule URL_ADDED = DefinedRule.builtIn("text.url", ERROR,
            "Remove the address: translations cannot add links or URLs.", ENTRY, e -> {
                if (!mayHaveUrl(e.t.pattern)) return;
                Matcher url = URL.matcher(e.t.pattern);
                while (url.find()) {
                    String u = url.group().replaceAll("[.,;:!?]+$", "");
                    if (!e.src.message().pattern().contains(u)) {
                        e.add("the address " + u + " is not in the source", "remove it; links come from the article");
                    }
                }
            });

    static final DefinedRule EMAIL_ADDED = DefinedRule.builtIn("text.email", ERROR,
            "Remove the e-mail address: translations cannot add contact addresses.", ENTRY, e -> {
                if (e.t.literals.indexOf('@') < 0) return; // the expression needs one: skip scanning the text with it
                Matcher m = EMAIL.matcher(e.t.literals);
                while (m.find()) {
                    String address = m.group();
                    if (e.t.literals.regionMatches(true, Math.max(0, m.start() - 7), "mailto:", 0, 7)) continue; // text.url has it
                    if (e.src.message().pattern().contains(address)) continue;
                    e.add("the e-mail address " + address + " is not in the source", "remove it; contact details come from the article");
                }
            });

    static final DefinedRule BIDI_UNPAIRED = DefinedRule.builtIn("text.bidi-unpaired", ERROR,
            "Remove the invisible direction control character (or pair it).", ENTRY, e -> {
                String unpaired = scan(e).unpaired();
                if (unpaired != null) {
                    e.add("invisible text-direction control: " + unpaired,
                            "remove the direction control characters (U+202A–202E, U+2066–2069)");
                }
            });

    static final DefinedRule BIDI_UNEXPECTED = DefinedRule.builtIn("text.bidi-unexpected", WARNING,
            "Remove the invisible direction control; the page sets text direction itself.", ENTRY, e -> {
                Scan s = scan(e);
                if (s.unpaired() == null && s.bidiControls() > 0 && s.bidiControls() > bidiCount(e.src.message().pattern())) {
                    e.add("the translation has invisible text-direction controls that the source does not have",
                            "remove them; the page isolates text direction itself");
                }
            });

    static final DefinedRule ZERO_WIDTH = DefinedRule.builtIn("text.zero-width", WARNING,
            "Remove the invisible zero-width character inside the word.", ENTRY, e -> {
                int at = scan(e).zeroWidthAt();
                if (at < 0) return;
                String text = e.t.pattern;
                e.add("an invisible " + hex(text.charAt(at)) + " sits inside the word \u201c"
                        + around(text, at).replaceAll("[\u200B\u2060\uFEFF\u200C\u200D]", "") + "\u201d (it breaks search and copying)",
                        "remove it");
            });

    static final DefinedRule CONTROL_CHAR = DefinedRule.builtIn("text.control-char", ERROR, "Remove the invisible control character.",
            ENTRY, e -> {
                int at = scan(e).controlAt();
                if (at >= 0) {
                    e.add("the invisible control character " + hex(e.t.pattern.charAt(at)) + " at character " + (at + 1), "remove it");
                }
            });

    static final List<DefinedRule> ALL = List.of(URL_ADDED, EMAIL_ADDED, BIDI_UNPAIRED, BIDI_UNEXPECTED, ZERO_WIDTH, CONTROL_CHAR);

    /**
     * The invisible characters of a translation.
     *
     * @param unpaired what is wrong with the pairing of direction controls, or null
     * @param bidiControls how many direction controls there are
     * @param zeroWidthAt the first zero-width character inside a word, or -1
     * @param controlAt the first control character the source does not have, or -1
     */
    record Scan(String unpaired, int bidiControls, int zeroWidthAt, int controlAt) {}

    /** The scan of a text with none of the characters these rules look at. */
    private static final Scan NONE = new Scan(null, 0, -1, -1);

    /** The scan of the entry's translation, made once per entry (four rules read it). */
    private static Scan scan(EntryCheck e) {
        Scan s = e.characterScan;
        if (s == null) {
            s = scan(e.t.pattern, e.src.message().pattern());
            e.characterScan = s;
        }
        return s;
    }

    /**
     * Whether {@link #scan(String, String)} can find anything in the text: a C0/C1 control, a character of
     * U+2000–206F (direction controls, zero-width characters, line/paragraph separators), the BMP private
     * use area, or U+FEFF. Without one the scan is {@link #NONE}; this test is cheaper than the scan.
     */
    private static boolean mayHaveInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x2000 && c <= 0x206F || c >= 0xE000 && c <= 0xF8FF || c == 0xFEFF) {
                return true;
            }
        }
        return false;
    }

    /** {@link #scanAll}, skipped when {@link #mayHaveInvisible} says it would find nothing. */
    static Scan scan(String text, String source) {
        return mayHaveInvisible(text) ? scanAll(text, source) : NONE;
    }

    /** Embeddings/overrides (U+202A–202E) pair with PDF, isolates (U+2066–2068) with PDI. */
    static Scan scanAll(String text, String source) {
        StringBuilder stack = new StringBuilder();
        String unpaired = null;
        int count = 0;
        int controlAt = -1;
        int zeroWidthAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                count++;
                if (c == '\u202C' || c == '\u2069') {
                    char want = c == '\u202C' ? 'E' : 'I';
                    if (stack.length() == 0 || stack.charAt(stack.length() - 1) != want) {
                        if (unpaired == null) unpaired = hex(c) + " at character " + (i + 1) + " closes nothing";
                    } else {
                        stack.setLength(stack.length() - 1);
                    }
                } else {
                    stack.append(c >= '\u2066' ? 'I' : 'E');
                }
            } else if ((c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u200C' || c == '\u200D')
                    && zeroWidthAt < 0 && insideWord(text, i, c)) {
                zeroWidthAt = i;
            } else if (controlAt < 0 && isControl(c) && source.indexOf(c) < 0) {
                controlAt = i;
            }
        }
        if (unpaired == null && stack.length() > 0) unpaired = stack.length() + " direction control(s) never closed";
        return new Scan(unpaired, count, zeroWidthAt, controlAt);
    }

    private static boolean isControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE;
    }

    private static int bidiCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') n++;
        }
        return n;
    }

    /** A zero-width character between two letters/digits; ZWJ/ZWNJ only in scripts that never need them. */
    private static boolean insideWord(String text, int i, char c) {
        if (i == 0 || i + 1 >= text.length()) return false;
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i + 1);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after)) return false;
        if (c == '\u200C' || c == '\u200D') {
            return simpleScript(before) && simpleScript(after);
        }
        return true;
    }

    private static boolean simpleScript(int cp) {
        int sc = UScript.getScript(cp);
        return sc == UScript.LATIN || sc == UScript.CYRILLIC || sc == UScript.GREEK || sc == UScript.COMMON;
    }
}
