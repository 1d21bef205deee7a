package io.healthpage.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Syllable counting by spelling, per language. These are heuristics, not dictionaries; their limits:
 * <ul>
 * <li><b>English</b>: vowel groups (a e i o u y), after dropping a silent final {@code -e}, {@code -es}
 *     and {@code -ed} (not after t/d, not {@code -le}, not {@code -es} after a sibilant). Miscounts words
 *     with vowel hiatus ("being", "area" count one too few) and some compounds; about one word in ten
 *     is off by one, which moves a Flesch–Kincaid grade by well under one grade on normal prose.</li>
 * <li><b>Spanish</b>: vowel groups split at hiatus: two strong vowels (a e o, or an accented
 *     í / ú) side by side are two syllables, a weak vowel (i u ü, final y) next to any vowel forms a
 *     diphthong. Does not know hiatus without an accent mark ("guion" counts as one).</li>
 * <li><b>French</b>: orthographic syllables, as a hyphenation dictionary counts them: every vowel group
 *     (including a mute final {@code -e} after a consonant, "ta-ble", and the verb ending {@code -ent})
 *     is a syllable. Spoken French has fewer.</li>
 * <li><b>German</b>: vowel groups (a e i o u y ä ö ü), so ei, ie, au, eu, äu and doubled vowels are one
 *     syllable. Hiatus inside a word ("Theater", "Situation") counts one too few.</li>
 * </ul>
 * Other languages get the vowel-group count of the Latin letters; only the formulas of the four
 * languages above use syllables. Stateless and thread-safe.
 */
final class Syllables {
    private static final Pattern EN_SILENT_END = Pattern.compile("(?:[^laeiouyszxcgh]es|[^laeiouytd]ed|[^laeiouy]e)$");

    private Syllables() {}

    /** Syllables of one word (letters; other characters are ignored); at least 1 for a word with a letter. */
    static int count(String word, String language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.codePoints().noneMatch(Character::isLetter)) return 1; // a number is read as one unit here
        int n = switch (language) {
            case "es" -> spanish(w);
            case "fr" -> groups(w, "aeiouyàâäéèêëîïôöûùüÿœæ");
            case "de" -> groups(w, "aeiouyäöü");
            default -> english(w);
        };
        return Math.max(1, n);
    }

    private static int english(String w) {
        String s = w.replaceAll("[^a-z]", "");
        if (s.length() <= 3) return 1;
        s = EN_SILENT_END.matcher(s).replaceAll("");
        if (s.startsWith("y")) s = s.substring(1);
        return groups(s, "aeiouy");
    }

    private static int groups(String w, String vowels) {
        int n = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = vowels.indexOf(w.charAt(i)) >= 0;
            if (v && !inGroup) n++;
            inGroup = v;
        }
        return n;
    }

    private static int spanish(String w) {
        int n = 0;
        char prev = 0; // previous vowel in the current group, 0 outside a group
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean finalY = c == 'y' && i == w.length() - 1
                    && (i == 0 || "aeiouáéíóúü".indexOf(w.charAt(i - 1)) >= 0);
            boolean vowel = "aeiouáéíóúü".indexOf(c) >= 0 || finalY;
            if (!vowel) {
                prev = 0;
                continue;
            }
            if (prev == 0) n++;
            else if (strongEs(prev) && strongEs(c)) n++; // hiatus
            prev = c;
        }
        return n;
    }

    private static boolean strongEs(char c) {
        return "aeoáéóíú".indexOf(c) >= 0;
    }
}
