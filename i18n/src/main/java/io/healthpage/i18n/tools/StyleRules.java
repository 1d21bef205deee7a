package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.problem.Severity.WARNING;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules about how a translation reads next to its source: identical, spaces, final punctuation, length. */
final class StyleRules {
    /** Sources shorter than this many characters are not length-checked (short labels vary too much). */
    static final int MIN_LENGTH_FOR_RATIO = 20;
    private static final Pattern ABBREVIATION = Pattern.compile("\\b[\\p{Lu}0-9][\\p{Lu}0-9./-]+\\b");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s.])\\p{L}\\.$");

    private StyleRules() {}

    static final DefinedRule IDENTICAL = DefinedRule.builtIn("text.identical", WARNING,
            "Translate the text (if it really is the same in your language, ignore this).", ENTRY, e -> {
                if (!e.facts.sameLanguage && e.t.pattern.equals(e.src.message().pattern()) && !e.key().startsWith("term.")
                        && translatable(e.src)) {
                    e.add("the translation is the same as the source text",
                            "translate it (ignore this if the text is the same in your language)");
                }
            });

    static final DefinedRule WHITESPACE = DefinedRule.builtIn("text.whitespace", WARNING,
            "Remove the spaces at the start or end (or keep them as the source has them).", ENTRY, e -> {
                String source = e.src.message().pattern();
                String text = e.t.pattern;
                boolean srcLead = !source.isEmpty() && Character.isWhitespace(source.charAt(0));
                boolean srcTrail = !source.isEmpty() && Character.isWhitespace(source.charAt(source.length() - 1));
                boolean lead = Character.isWhitespace(text.charAt(0));
                boolean trail = Character.isWhitespace(text.charAt(text.length() - 1));
                if (srcLead == lead && srcTrail == trail) return;
                String where = (srcLead != lead ? "start" : "") + (srcLead != lead && srcTrail != trail ? " and " : "")
                        + (srcTrail != trail ? "end" : "");
                e.add("spaces at the " + where + " differ from the source",
                        (lead || trail) && !(srcLead || srcTrail) ? "\u201c" + text.strip() + "\u201d" : "match the source's spacing");
            });

    static final DefinedRule PUNCTUATION = DefinedRule.builtIn("text.punctuation", WARNING,
            "End the text like the source does: a question with a question mark, a sentence with a full stop.", ENTRY, e -> {
                if (e.facts.noFinalPunctuation) return;
                char sp = finalPunctuation(e.src.info().main);
                char tp = finalPunctuation(e.t.main);
                if (sp == tp) return;
                e.add("the source ends with " + describe(sp) + ", the translation with " + describe(tp),
                        sp == 0 ? "end without punctuation, like the source" : "end with " + describe(sp) + " (in your script's form)");
            });

    static final DefinedRule LENGTH = DefinedRule.builtIn("text.length", WARNING,
            "The translation is much longer than the source: check nothing was added or repeated.", ENTRY, e -> {
                int sl = visibleLength(e.src.info().main);
                if (sl < MIN_LENGTH_FOR_RATIO) return;
                int tl = visibleLength(e.t.main);
                double max = e.checker.maxLengthRatio();
                if (tl <= sl * max) return;
                e.add(String.format(Locale.ROOT, "the translation is %.1f times as long as the source (%d characters, source %d; "
                        + "limit %.1f)", (double) tl / sl, tl, sl, max), "check that nothing was added or repeated");
            });

    static final List<DefinedRule> ALL = List.of(IDENTICAL, WHITESPACE, PUNCTUATION, LENGTH);

    /** Whether the source has words to translate (not only names, abbreviations, numbers or placeholders). */
    private static boolean translatable(SourceIndex.Src s) {
        String rest = s.info().main.replace(PatternInfo.ARG, ' ');
        rest = ABBREVIATION.matcher(rest).replaceAll(" ");
        String folded = SourceIndex.fold(rest);
        for (SourceIndex.Dnt d : s.dnt()) folded = folded.replace(d.folded(), " ");
        int letters = 0;
        for (int i = 0; i < folded.length(); i++) if (Character.isLetter(folded.charAt(i))) letters++;
        return letters >= 3;
    }

    /** The class of the last visible character: '.', '?', '!', ':', ';', ',', '…', or 0 for none. */
    static char finalPunctuation(String text) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'”’»)]）」』›\u200F\u200E".indexOf(c) >= 0) i--;
            else break;
        }
        if (i < 0) return 0;
        char c = text.charAt(i);
        if (c == '.' && i >= 2 && text.startsWith("...", i - 2)) return '…';
        if (c == '.' && ABBREVIATION_END.matcher(text.substring(0, i + 1)).find()) return 0; // "i.v.", "z. B.
        return switch (c) {
            case '.', '。', '۔', '．', '।', '॥', '።', '။', '｡' -> '.';
            case '?', '？', '؟', ';', '՞' -> c == ';' ? ';' : '?';
            case '!', '！', '߹' -> '!';
            case ':', '：' -> ':';
            case '；', '؛' -> ';';
            case ',', '，', '、', '،' -> ',';
            case '…' -> '…';
            default -> 0;
        };
    }

    private static String describe(char p) {
        return switch (p) {
            case '.' -> "a full stop";
            case '?' -> "a question mark";
            case '!' -> "an exclamation mark";
            case ':' -> "a colon";
            case ';' -> "a semicolon";
            case ',' -> "a comma";
            case '…' -> "an ellipsis";
            default -> "no punctuation";
        };
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != PatternInfo.ARG && !Character.isWhitespace(cp)) n++;
        }
        return n;
    }
}
