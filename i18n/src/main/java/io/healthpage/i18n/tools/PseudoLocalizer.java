package io.healthpage.i18n.tools;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Generates pseudo-locale bundles from a source bundle, so that layout, truncation, concatenation and
 * right-to-left problems show up before real translations exist. Only literal text changes:
 * placeholders ({@code {count}}), plural/select syntax (keywords, {@code #}, {@code =0}), argument names,
 * apostrophe quoting and inline tags ({@code <em>}, {@code <term:ID>}, {@code <cite:ID/>}, …) are copied
 * unchanged, so every pseudo pattern parses with ICU and has the arguments and tags of its source. A plural
 * gets the cases of the pseudo-locale's language, as a translator would write them (ar-XB is Arabic: zero, one,
 * two, few, many, other; a case the source lacks gets its {@code other} text), so a pseudo bundle passes the
 * {@link BundleChecker} without an error.
 * Deterministic; the constants are immutable and thread-safe.
 *
 * <pre>{@code
 * Bundle enXA = PseudoLocalizer.ACCENTED.localize(sourceBundle);   // write with BundleWriter.json(enXA)
 * String p = PseudoLocalizer.ACCENTED.localize("Relief lasts {duration}.");
 * // "⟦Ŕëļîëƒ ļášţš {duration}. öñë ⟧"
 * }</pre>
 */
public enum PseudoLocalizer {
    /**
     * {@code en-XA}: every ASCII letter accented (readable: "Ŕëļîëƒ"), each (sub-)message padded by
     * about 35% with accented filler words ("öñë ţŵö ţĥŕëë"), the whole message bracketed
     * {@code ⟦…⟧} so that cut-off or concatenated text is visible. Left to right.
     */
    ACCENTED("en-XA"),
    /**
     * {@code ar-XB}: right-to-left pseudo-locale. Every word of letters is mirrored (its characters
     * reversed, by grapheme) and enclosed in RIGHT-TO-LEFT MARKs (U+200F), so that on a page rendered
     * with {@code dir="rtl"} the words run from right to left and each reads forwards. Digits are left
     * alone (numbers and doses stay readable); no bidi embedding or override controls are used. ICU
     * treats {@code ar-XB} as right to left ({@code ULocale.forLanguageTag("ar-XB").isRightToLeft()}).
     */
    BIDI("ar-XB");

    private static final char RLM = '\u200F';
    private static final String OPEN = "\u27E6";
    private static final String CLOSE = "\u27E7";
    private static final double EXPANSION = 0.35;
    private static final String LOWER = "áƀçðëƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž";
    private static final String UPPER = "ÅƁÇÐËƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    private static final String FILLER = accent(" one two three four five six seven eight nine ten eleven twelve"
            + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty");

    private final Locale locale;

    private final Set<String> cardinal;
    private final Set<String> ordinal;

    PseudoLocalizer(String tag) {
        this.locale = Locale.forLanguageTag(tag);
        ULocale l = ULocale.forLocale(locale);
        this.cardinal = Set.copyOf(PluralRules.forLocale(l, PluralRules.PluralType.CARDINAL).getKeywords());
        this.ordinal = Set.copyOf(PluralRules.forLocale(l, PluralRules.PluralType.ORDINAL).getKeywords());
    }

    /** The pseudo-locale this produces: {@code en-XA} or {@code ar-XB}. */
    public Locale locale() {
        return locale;
    }

    /**
     * The pseudo-localized form of one ICU pattern.
     *
     * @param pattern an ICU MessageFormat pattern in the source language
     * @return a pattern with the same arguments, plural/select structure and tags
     * @throws IllegalArgumentException if {@code pattern} is not valid ICU syntax or has an unknown tag
     */
    public String localize(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        // the plural cases of the pseudo-locale's language (ar-XB: zero, one, two, few, many, other), so that
        // the bundle passes the checker and no plural falls back to the source
        pattern = PseudoPatterns.withCategories(pattern, cardinal, ordinal);
        List<PseudoPatterns.Token> tokens = PseudoPatterns.tokens(pattern);
        boolean[] tag = PseudoPatterns.tagMask(pattern);
        StringBuilder out = new StringBuilder(pattern.length() * 2);
        Deque<int[]> literalLength = new ArrayDeque<>();
        for (PseudoPatterns.Token t : tokens) {
            switch (t.kind()) {
                case MESSAGE_START -> {
                    literalLength.push(new int[1]);
                    if (this == ACCENTED && t.depth() == 0) out.append(OPEN);
                }
                case MESSAGE_END -> {
                    int length = literalLength.pop()[0];
                    if (this == ACCENTED) {
                        out.append(padding(length));
                        if (t.depth() == 0) out.append(CLOSE);
                    }
                }
                case TEXT -> {
                    int start = t.start();
                    for (int i = t.start(); i < t.end(); i++) {
                        if (tag[i] != tag[start]) {
                            text(pattern, start, i, tag[start], out, literalLength.peek());
                            start = i;
                        }
                    }
                    text(pattern, start, t.end(), tag[start], out, literalLength.peek());
                }
                case SYNTAX -> out.append(pattern, t.start(), t.end());
                default -> { } // argument markers are zero-width
            }
        }
        return out.toString();
    }

    /**
     * The pseudo-locale bundle of a source bundle: the same kind, article and keys, each entry's text
     * pseudo-localized and its {@code source} hash set to the hash of the source text (so the entries
     * count as current, never stale). Entries without letters are copied as they are (ar-XB) or only
     * bracketed (en-XA).
     *
     * @param source the source bundle: its entries' texts are the source patterns (as extracted from
     *     the article), its locale is the source language
     * @return a new bundle in {@link #locale()}, file name {@code <dir>/en-XA.json} next to the source's
     * @throws IllegalArgumentException naming the key if a source text is not valid ICU or markup
     */
    public Bundle localize(Bundle source) {
        Objects.requireNonNull(source, "source");
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (BundleEntry e : source.entries().values()) {
            String text;
            try {
                text = localize(e.text());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(source.file() + ": " + e.key() + ": cannot pseudo-localize: "
                        + ex.getMessage() + " (fix the source text first)", ex);
            }
            entries.put(e.key(), new BundleEntry(e.key(), text, SourceHash.of(e.text()), null, 0, 0));
        }
        String file = source.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = file.substring(0, slash + 1) + locale.toLanguageTag() + ".json";
        BundleMetadata meta = new BundleMetadata(source.locale(), "healthpage pseudo-localizer (generated, do not edit)",
                false, null, null);
        return new Bundle(name, locale, source.kind(), source.articleId(), meta, entries);
    }

    private void text(String pattern, int start, int end, boolean isTag, StringBuilder out, int[] literalLength) {
        if (start >= end) return;
        if (isTag) {
            out.append(pattern, start, end);
            return;
        }
        literalLength[0] += end - start;
        if (this == ACCENTED) {
            out.append(accent(pattern.substring(start, end)));
        } else {
            mirrorWords(pattern.substring(start, end), out);
        }
    }

    private static String accent(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') sb.append(LOWER.charAt(c - 'a'));
            else if (c >= 'A' && c <= 'Z') sb.append(UPPER.charAt(c - 'A'));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** About 35% of the literal length in filler words; starts with a space; never ICU syntax characters. */
    private static String padding(int literalLength) {
        int n = (int) Math.round(literalLength * EXPANSION);
        if (n == 0) return "";
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) sb.append(FILLER, 0, Math.min(FILLER.length(), n - sb.length()));
        return sb.toString();
    }

    /** Reverses each run of letters (by grapheme cluster) and encloses it in RLMs; everything else as is. */
    private static void mirrorWords(String s, StringBuilder out) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < s.length()) {
                int c = s.codePointAt(end);
                int type = Character.getType(c);
                if (!Character.isLetter(c) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK) break;
                end += Character.charCount(c);
            }
            String word = s.substring(i, end);
            BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
            graphemes.setText(word);
            out.append(RLM);
            int last = graphemes.last();
            for (int prev = graphemes.previous(); prev != BreakIterator.DONE; last = prev, prev = graphemes.previous()) {
                out.append(word, prev, last);
            }
            out.append(RLM);
            i = end;
        }
    }
}
