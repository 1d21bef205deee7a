package io.healthpage.model;

import java.time.LocalDate;

/**
 * The article's dates; any may be {@code null}. Order is checked by the validator
 * (published ≤ updated, last reviewed &lt; next review due).
 *
 * @param published first publication
 * @param updated last content change
 * @param lastReviewed last medical review
 * @param nextReviewDue when the next review is due
 */
public record ArticleDates(LocalDate published, LocalDate updated, LocalDate lastReviewed, LocalDate nextReviewDue) {
    /** No dates at all. */
    public static final ArticleDates NONE = new ArticleDates(null, null, null, null);
}
