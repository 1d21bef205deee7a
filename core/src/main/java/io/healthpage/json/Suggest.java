package io.healthpage.json;

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
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
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

    static int distance(String a, String b) {
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
