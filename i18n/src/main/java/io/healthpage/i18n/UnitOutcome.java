package io.healthpage.i18n;

import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import java.util.Locale;
import java.util.Objects;

/**
 * What the localizer did with one text unit. Immutable and thread-safe.
 *
 * @param key the message key
 * @param status where the text shown comes from
 * @param shownIn the language of the text shown
 * @param problem why the translation was not shown as current — a warning {@code localize.broken} (the
 *        translation's error, e.g. a checker rule that rejected it) or {@code localize.stale} (translated from
 *        an older source text), at the bundle entry's {@code file:line:column} — or {@code null} (shown as
 *        current, or no translation at all)
 */
public record UnitOutcome(String key, TextStatus status, Locale shownIn, Problem problem) {
    /** Checks the required parts. */
    public UnitOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(shownIn, "shownIn");
    }

    /** The problem in one line, {@code es.json:12:5 why}, or {@code null} when there is none. */
    public String detail() {
        if (problem == null) return null;
        String where = problem.location().toString();
        return where.isEmpty() ? problem.message() : where + " " + problem.message();
    }
}
