package io.healthpage.i18n;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Who translated a bundle, from which source language, and whether a medical reviewer checked it.
 * Immutable and thread-safe.
 *
 * @param sourceLocale the language the bundle was translated from
 * @param translator the translator or team, or {@code null}
 * @param medicallyReviewed whether a qualified person reviewed the translation for medical accuracy
 *     (never true without a reviewer: the loader reports that and reads it as false)
 * @param reviewer who did the medical review, or {@code null}
 * @param reviewDate when, or {@code null}
 */
public record BundleMetadata(Locale sourceLocale, String translator, boolean medicallyReviewed, String reviewer,
        LocalDate reviewDate) {

    /** Checks the source locale and the review claim. */
    public BundleMetadata {
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        if (translator != null && translator.isBlank()) translator = null;
        if (reviewer != null && reviewer.isBlank()) reviewer = null;
        if (medicallyReviewed && reviewer == null) {
            throw new IllegalArgumentException("a medically reviewed translation needs a reviewer");
        }
    }
}
