package io.healthpage.i18n;

import java.util.Collection;

/** The nearest known name, for "did you mean" hints. */
final class Levenshtein {
    private Levenshtein() {}

    /** The candidate closest to {@code name} within distance 3 (and less than half its length), or null. */
    static String nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Math.abs(c.length() - name.length()) > 3) continue;
            int dist = distance(name, c);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return bestDistance <= Math.min(3, Math.max(1, name.length() / 2)) ? best : null;
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
