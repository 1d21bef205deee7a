package io.healthpage.jakarta;

import io.healthpage.i18n.Localization;
import io.healthpage.render.Alternate;
import java.util.List;
import java.util.Objects;

/**
 * An article localized for one request, with the other language versions to offer in the language
 * switcher: what a JAX-RS resource method returns to get an HTML page written by
 * {@link LocalizedArticleWriter}. Immutable (the alternates are copied) and thread-safe.
 *
 * @param localization the localized article and its page-chrome labels, from
 *                     {@link io.healthpage.i18n.Localizer#localize}
 * @param alternates   the language versions for the switcher and {@code <link rel="alternate" hreflang>};
 *                     may be empty (then the page has no switcher)
 */
public record LocalizedArticle(Localization localization, List<Alternate> alternates) {
    /** Checks and copies. */
    public LocalizedArticle {
        Objects.requireNonNull(localization, "localization");
        alternates = List.copyOf(Objects.requireNonNull(alternates, "alternates"));
    }

    /** The localization without a language switcher. */
    public static LocalizedArticle of(Localization localization) {
        return new LocalizedArticle(localization, List.of());
    }
}
