package io.healthpage.i18n;

import io.healthpage.problem.EditDistance;
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
            int dist = EditDistance.between(name, c);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return bestDistance <= Math.min(3, Math.max(1, name.length() / 2)) ? best : null;
    }

}
