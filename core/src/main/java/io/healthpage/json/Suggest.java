package io.healthpage.json;

import io.healthpage.problem.EditDistance;
import java.util.Collection;

/** "Did you mean ...?" by Levenshtein distance. */
final class Suggest {
    private Suggest() {}

    /** The candidate nearest to {@code word}, or {@code null} when none is reasonably close. */
    static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // an id typed without its suffix ("ncbi" for "ncbi-2022") is close whatever the distance
            if (word.length() >= 3 && c.startsWith(word)) return c;
            int d = EditDistance.between(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** A hint naming the nearest candidate, or listing all of them. */
    static String hint(String word, Collection<String> candidates) {
        String n = nearest(word, candidates);
        if (n != null) return "did you mean \"" + n + "\"?";
        return "expected one of: " + String.join(", ", candidates);
    }

}
