package io.healthpage.render;

import java.util.List;

/**
 * Per-request facts the article itself does not hold. Immutable.
 *
 * @param translationReviewed whether the translation shown was medically reviewed (ignored for the source language)
 * @param alternates the other language versions, for the switcher and {@code hreflang} (may be empty)
 */
public record PageContext(boolean translationReviewed, List<Alternate> alternates) {
    /** No alternates; translation treated as not reviewed. */
    public static final PageContext NONE = new PageContext(false, List.of());

    /** Copies. */
    public PageContext {
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }
}
