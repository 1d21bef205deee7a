package io.healthpage.check;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences and words with ICU {@link BreakIterator}s for one locale (sentence breaks
 * with the locale's abbreviation suppressions, {@code @ss=standard}, so "e.g." does not end a sentence).
 * A word is a segment ICU classes as a number or as letters, kana or ideographs. Not thread-safe (the
 * iterators keep state): one instance per check run.
 */
final class TextAnalyzer {
    private final String language;
    private final BreakIterator sentenceIt;
    private final BreakIterator wordIt;

    TextAnalyzer(Locale locale) {
        this.language = locale.getLanguage();
        ULocale ul = ULocale.forLocale(locale);
        this.sentenceIt = BreakIterator.getSentenceInstance(new ULocale(ul.getBaseName() + "@ss=standard"));
        this.wordIt = BreakIterator.getWordInstance(ul);
    }

    String language() {
        return language;
    }

    /** A sentence and its words. */
    record Sentence(String text, List<String> words) {}

    /** The sentences of a text that contain at least one word. */
    List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        sentenceIt.setText(text);
        int start = sentenceIt.first();
        for (int end = sentenceIt.next(); end != BreakIterator.DONE; start = end, end = sentenceIt.next()) {
            String s = text.substring(start, end).trim();
            List<String> words = words(s);
            if (!words.isEmpty()) out.add(new Sentence(s, words));
        }
        return out;
    }

    /** The words of a text. */
    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        wordIt.setText(text);
        int start = wordIt.first();
        for (int end = wordIt.next(); end != BreakIterator.DONE; start = end, end = wordIt.next()) {
            if (wordIt.getRuleStatus() >= BreakIterator.WORD_NUMBER) out.add(text.substring(start, end));
        }
        return out;
    }

    /** Letters in a word (code points that are letters). */
    static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /** Running counts over the analysed text. Mutable; used by one thread. */
    static final class Counts {
        int sentences;
        int words;
        int syllables;
        int polysyllables; // three or more syllables
        int monosyllables;
        int longWords; // more than six letters
        int characters; // letters and digits, for languages without a formula

        void add(Sentence s, String language) {
            sentences++;
            for (String w : s.words()) {
                words++;
                int syl = Syllables.count(w, language);
                syllables += syl;
                if (syl >= 3) polysyllables++;
                if (syl == 1) monosyllables++;
                if (letters(w) > 6) longWords++;
                characters += (int) w.codePoints().filter(Character::isLetterOrDigit).count();
            }
        }
    }
}
