package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.i18n.tools.EntryCheck.around;
import static io.healthpage.problem.Severity.WARNING;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules about how a translation reads next to its source: identical, spaces, a doubled word, the capital at
 * the start, final punctuation, brackets, quotation marks, length.
 */
final class StyleRules {
    /** Sources shorter than this many characters are not length-checked (short labels vary too much). */
    static final int MIN_LENGTH_FOR_RATIO = 20;
    private static final Pattern ABBREVIATION = Pattern.compile("\\b[\\p{Lu}0-9][\\p{Lu}0-9./-]+\\b");
    /**
     * A text that ends with an abbreviation's dot: a single letter ("i.v.", "z. B.", "2026 г."), a chain of
     * short abbreviations ("мм рт. ст.", "т. д.", "p. ej.") or a common one ("etc.", "usw.", "itd.").
     */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s.(])(?:\\p{L}|\\p{Ll}{1,4}\\.\\h*\\p{Ll}{1,4}"
            + "|etc|usw|bzw|ggf|ca|vs|itd|itp|np|tzn|ecc|aprox|approx|env|др|пр|тыс|млн|млрд|гг)\\.$", Pattern.UNICODE_CHARACTER_CLASS);
    /** {@link #finalPunctuation} of an abbreviation's dot, which ends a sentence as well (no second full stop). */
    private static final char ABBREVIATION_DOT = 'a';

    /** Stands for an inline tag when spaces are counted: a tag between two spaces does not make them one. */
    private static final String TAG_MARK = "\uFFFD";
    private static final Pattern DOUBLE_SPACE_RUN = Pattern.compile("(?<=\\S)\\h{2,}(?=\\S)");
    private static final Pattern DOUBLED = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}])([\\p{L}\\p{M}]+)\\h+\\1(?![\\p{L}\\p{M}\\p{Nd}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words a language's grammar may write twice in a row (relative pronoun after article, reflexive pronoun). */
    private static final Map<String, Set<String>> GRAMMATICAL_DOUBLES = Map.of(
            "de", Set.of("die", "der", "das", "den", "dem", "des", "sie"),
            "nl", Set.of("dat", "die"),
            "fr", Set.of("nous", "vous"),
            "en", Set.of("had", "that"));
    private static final Set<Integer> CASED_SCRIPTS = Set.of(UScript.LATIN, UScript.GREEK, UScript.CYRILLIC, UScript.ARMENIAN);
    private static final List<String> BRACKET_PAIRS = List.of("()", "[]", "\uFF08\uFF09", "\uFF3B\uFF3D");

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
                // "до 180 мм рт. ст." ends a sentence with or without a full stop of its own
                if (tp == ABBREVIATION_DOT && (sp == 0 || sp == '.') || sp == ABBREVIATION_DOT && (tp == 0 || tp == '.')) return;
                e.add("the source ends with " + describe(sp) + ", the translation with " + describe(tp),
                        sp == 0 ? "end without punctuation, like the source" : "end with " + describe(sp) + " (in your script's form)");
            });

    static final DefinedRule DOUBLE_SPACE = DefinedRule.builtIn("text.double-space", WARNING,
            "Write one space between words (unless the source has two).", ENTRY, e -> {
                if (DOUBLE_SPACE_RUN.matcher(visibleSpaces(e.src.info().literalsWithTags)).find()) return;
                String text = visibleSpaces(e.t.literalsWithTags);
                Matcher m = DOUBLE_SPACE_RUN.matcher(text);
                if (!m.find()) return;
                e.add("two spaces in a row: \u201c" + around(text, m.start()).replace(TAG_MARK, "") + "\u201d",
                        "write one space there");
            });

    static final DefinedRule DOUBLED_WORD = DefinedRule.builtIn("text.doubled-word", WARNING,
            "Remove the repeated word (\"el el\"), unless your grammar wants it (German \"die die\", French \"nous nous\").", ENTRY,
            e -> {
                Set<String> inSource = doubledWords(e.src.info().literals, null);
                for (String w : doubledWords(e.t.literals, e.facts.bundle.locale())) {
                    if (inSource.contains(w)) continue;
                    e.add("the word \u201c" + w + " " + w + "\u201d is written twice", "write \u201c" + w + "\u201d once");
                    return;
                }
            });

    static final DefinedRule START_CASE = DefinedRule.builtIn("text.start-case", WARNING,
            "Start with a capital letter where the source does (after ¿, ¡, « or quotation marks).", ENTRY, e -> {
                // ar-XB mirrors words on purpose ("How" becomes "woH"); a term's text or expansion is a name ("i.v.")
                if (e.facts.pseudo || e.src.name()) return;
                int s = firstSignificant(e.src.info().main);
                if (s < 0 || !Character.isUpperCase(e.src.info().main.codePointAt(s))
                        && !Character.isTitleCase(e.src.info().main.codePointAt(s))) return;
                String text = e.t.main;
                int t = firstSignificant(text);
                if (t < 0) return;
                int cp = text.codePointAt(t);
                if (!Character.isLowerCase(cp) || !CASED_SCRIPTS.contains(UScript.getScript(cp))) return;
                String word = firstWord(text, t);
                // a name written as the source writes it ("pH", "mRNA", "iPhone") keeps its case
                if (e.src.info().main.contains(word)) return;
                Locale l = e.facts.bundle.locale();
                String first = new String(Character.toChars(cp));
                e.add("the translation starts with a lower-case letter (\u201c" + word + "\u201d) but the source starts with a capital",
                        "start with \u201c" + first.toUpperCase(l) + word.substring(first.length()) + "\u201d");
            });

    static final DefinedRule BRACKETS = DefinedRule.builtIn("text.brackets", WARNING,
            "Close every bracket you open: ( ), [ ] (or leave them out, as the source does).", ENTRY, e -> {
                for (String pair : BRACKET_PAIRS) {
                    int source = unmatched(e.src.info().main, pair);
                    int have = unmatched(e.t.main, pair);
                    if (have <= source) continue;
                    e.add("the bracket " + pair.charAt(0) + " or " + pair.charAt(1) + " is not matched (the text has " + count(e.t.main, pair.charAt(0))
                                    + " \u201c" + pair.charAt(0) + "\u201d and " + count(e.t.main, pair.charAt(1)) + " \u201c" + pair.charAt(1)
                                    + "\u201d)",
                            "close the bracket, or remove it");
                    return;
                }
            });

    static final DefinedRule QUOTES = DefinedRule.builtIn("text.quotes", WARNING,
            "Use your language's quotation marks (« », „ “, “ ”), or straight \" only where the source quotes.", ENTRY, e -> {
                int source = doubleQuotes(e.src.info().main);
                int have = straightQuotes(e.t.main);
                if (have <= source && (have % 2 == 0 || source % 2 == 1)) return;
                e.add("the translation has " + have + " straight quotation mark" + (have == 1 ? "" : "s") + " (\"), the source "
                                + source + " quotation mark" + (source == 1 ? "" : "s") + (have % 2 == 1 ? "; one is not closed" : ""),
                        source == 0 ? "leave them out, or use your language's quotation marks" : "match the source's quotation marks");
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

    static final List<DefinedRule> ALL = List.of(IDENTICAL, WHITESPACE, DOUBLE_SPACE, DOUBLED_WORD, START_CASE, PUNCTUATION, BRACKETS,
            QUOTES, LENGTH);

    /** The text with spaces as a reader sees them: tags are not spaces. */
    private static String visibleSpaces(String literalsWithTags) {
        return literalsWithTags.indexOf('<') < 0 ? literalsWithTags : PatternInfo.TAG.matcher(literalsWithTags).replaceAll(TAG_MARK);
    }

    /** The words written twice in a row, lower case; with a locale, without the doubles its grammar allows. */
    private static Set<String> doubledWords(String text, Locale locale) {
        Set<String> out = null;
        Matcher m = DOUBLED.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (locale != null && GRAMMATICAL_DOUBLES.getOrDefault(locale.getLanguage(), Set.of()).contains(w)) continue;
            if (out == null) out = new java.util.LinkedHashSet<>();
            out.add(w);
        }
        return out == null ? Set.of() : out;
    }

    /**
     * Where the first letter is, past spaces, invisible marks and punctuation (¿, ¡, «, quotation marks,
     * brackets); -1 when the text starts with something else (a digit, a placeholder) or has no letter.
     */
    private static int firstSignificant(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) return i;
            int type = Character.getType(cp);
            boolean skip = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            if (!skip) return -1;
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) break;
            end += Character.charCount(cp);
        }
        return text.substring(from, end);
    }

    /** Brackets of one kind that close nothing or are never closed. */
    private static int unmatched(String text, String pair) {
        char open = pair.charAt(0);
        char close = pair.charAt(1);
        int depth = 0;
        int stray = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) depth++;
            else if (c == close) {
                if (depth > 0) depth--;
                else stray++;
            }
        }
        return depth + stray;
    }

    /** Straight " used as quotation marks: not a Hebrew gershayim between two letters (ד"ר, מ"ג). */
    private static int straightQuotes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '"') continue;
            if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) continue;
            n++;
        }
        return n;
    }

    /** Double quotation marks of any style: " “ ” „ « » 「 」 『 』. */
    private static int doubleQuotes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if ("\"\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D\u300E\u300F".indexOf(text.charAt(i)) >= 0) n++;
        return n;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == c) n++;
        return n;
    }

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

    /**
     * The class of the last visible character: '.', '?', '!', ':', ';', ',', '…', {@link #ABBREVIATION_DOT},
     * or 0 for none.
     */
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
        // only the last few words are searched; ^ is the start of the text, $ the dot
        if (c == '.' && ABBREVIATION_END.matcher(text.substring(0, i + 1)).region(Math.max(0, i - 16), i + 1)
                .useTransparentBounds(true).useAnchoringBounds(false).find()) {
            return ABBREVIATION_DOT;
        }
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
            case ABBREVIATION_DOT -> "an abbreviation's full stop";
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
