package io.healthpage.i18n;

import java.util.Objects;

/**
 * One translated message of a bundle. Immutable and thread-safe.
 *
 * @param key the message key (the same as in the source article or label set)
 * @param text the translated ICU MessageFormat pattern (already checked for ICU syntax)
 * @param sourceHash the {@link SourceHash} of the source pattern this was translated from, or
 *     {@code null} when the file did not say (such an entry can never be shown as current: it counts
 *     as stale)
 * @param note the translator's note, or {@code null}
 * @param line 1-based line of the entry's key in its file (0 when built in code)
 * @param column 1-based column of the entry's key in its file (0 when built in code)
 */
public record BundleEntry(String key, String text, String sourceHash, String note, int line, int column) {

    /** Checks key and text. */
    public BundleEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text of " + key);
        if (note != null && note.isBlank()) note = null;
    }

    /**
     * Whether this entry was translated from exactly {@code currentSourcePattern}: false when the
     * source was edited since (the translation is stale) or when the entry has no source hash.
     */
    public boolean isTranslationOf(String currentSourcePattern) {
        return sourceHash != null && sourceHash.equals(SourceHash.of(currentSourcePattern));
    }
}
