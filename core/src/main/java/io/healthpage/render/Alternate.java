package io.healthpage.render;

import io.healthpage.internal.Validate;
import java.util.Locale;
import java.util.Objects;

/**
 * Another language version of the page, for the language switcher and {@code hreflang} links.
 *
 * @param locale its language
 * @param href its URL
 * @param name the language's name in that language ("español"), shown in the switcher
 */
public record Alternate(Locale locale, String href, String name) {
    /** Validates. */
    public Alternate {
        Objects.requireNonNull(locale, "alternate locale");
        Validate.notBlank(href, "alternate href");
        Validate.notBlank(name, "alternate name");
    }
}
