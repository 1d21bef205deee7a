package io.healthpage.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean …?": the one nearest-name search of healthpage, for unknown fields, values, ids, message
 * keys, placeholders and rule ids. Stateless and thread-safe; not instantiable.
 *
 * <p>Internal: exported only to the other healthpage modules; may change without notice.
 */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The candidate nearest to {@code word}, or {@code null} when none is reasonably close: a candidate that
     * starts with the word (at least 3 characters: "ncbi" for "ncbi-2022"), else the one at the smallest
     * case-insensitive {@linkplain #editDistance edit distance}, if that is at most
     * {@code max(2, length / 3)}. Ties go to the earlier candidate.
     */
    public static String nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (word.length() >= 3 && c.startsWith(word)) return c;
            int d = editDistance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** {@code did you mean "x"?} naming the nearest candidate, or {@code expected one of: a, b, c}. */
    public static String hint(String word, Collection<String> candidates) {
        String n = nearest(word, candidates);
        if (n != null) return "did you mean \"" + n + "\"?";
        return "expected one of: " + String.join(", ", candidates);
    }

    /** The Levenshtein distance: single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
