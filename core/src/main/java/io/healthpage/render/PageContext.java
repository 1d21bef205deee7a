package io.healthpage.render;

import io.healthpage.text.Labels;
import java.util.List;

/**
 * Per-request facts the article itself does not hold. Immutable.
 *
 * @param translationReviewed whether the translation shown was medically reviewed (ignored for the source language)
 * @param alternates the other language versions, for the switcher and {@code hreflang} (may be empty)
 * @param labels the page-chrome labels for this request's language, or {@code null} for the renderer's own
 */
public record PageContext(boolean translationReviewed, List<Alternate> alternates, Labels labels) {
    /** No alternates; translation treated as not reviewed; the renderer's labels. */
    public static final PageContext NONE = new PageContext(false, List.of(), null);

    /** Copies. */
    public PageContext {
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }

    /** A context that uses the renderer's own labels. */
    public PageContext(boolean translationReviewed, List<Alternate> alternates) {
        this(translationReviewed, alternates, null);
    }
}
