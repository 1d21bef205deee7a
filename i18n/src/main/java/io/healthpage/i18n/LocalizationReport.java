package io.healthpage.i18n;

import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * What a localization did, unit by unit, with the counts a translator or an editor wants, and the
 * {@link Problem}s of the units that fell back or are stale. Immutable and thread-safe.
 *
 * @param requested the locale asked for
 * @param units one outcome per text unit, in document order
 */
public record LocalizationReport(Locale requested, List<UnitOutcome> units) {
    /** Copies. */
    public LocalizationReport {
        Objects.requireNonNull(requested, "requested");
        units = List.copyOf(units);
    }

    /**
     * Why units were not shown as current translations, in document order: warnings {@code localize.broken}
     * and {@code localize.stale} at the bundle entry concerned. Missing translations are counted
     * ({@link #missing()}), not listed: there is no entry to point at.
     */
    public List<Problem> problems() {
        return units.stream().map(UnitOutcome::problem).filter(Objects::nonNull).toList();
    }

    /** Number of text units. */
    public int total() {
        return units.size();
    }

    /** Units shown as a current translation (in the requested locale or a CLDR parent). */
    public int translated() {
        return count(TextStatus.TRANSLATED);
    }

    /** Units shown in a fallback language because no translation exists. */
    public int missing() {
        return count(TextStatus.FALLBACK_MISSING);
    }

    /** Units whose translation is stale (shown in a fallback language, or shown marked under {@link StalePolicy#SHOW_MARKED}). */
    public int stale() {
        return count(TextStatus.FALLBACK_STALE) + count(TextStatus.STALE_SHOWN);
    }

    /** Units whose translation is broken, shown in a fallback language. */
    public int broken() {
        return count(TextStatus.FALLBACK_BROKEN);
    }

    /** Units shown in another language than the one requested. */
    public int fallback() {
        return (int) units.stream().filter(u -> u.status().isFallback()).count();
    }

    /** The outcomes with this status. */
    public List<UnitOutcome> withStatus(TextStatus status) {
        return units.stream().filter(u -> u.status() == status).toList();
    }

    private int count(TextStatus s) {
        return (int) units.stream().filter(u -> u.status() == s).count();
    }

    /** One line: "es: 117 of 119 translated, 1 missing, 1 stale, 0 broken". */
    @Override
    public String toString() {
        return requested.toLanguageTag() + ": " + translated() + " of " + total() + " translated, " + missing() + " missing, "
                + stale() + " stale, " + broken() + " broken";
    }
}
