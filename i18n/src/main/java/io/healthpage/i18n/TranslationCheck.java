package io.healthpage.i18n;

import io.healthpage.model.Message;
import java.util.Optional;

/**
 * An extra test a translation must pass before the {@link Localizer} shows it, on top of its own
 * (formats with the source's arguments, same inline tags, current source hash). A rejected
 * translation is treated as broken: the unit falls back along the chain and the report says why.
 *
 * <p>{@code io.healthpage.i18n.tools.BundleChecker#asTranslationCheck} provides the translator
 * checker's error rules (changed numbers and doses, dropped do-not-translate names, missing plural
 * categories, ...), so a page never shows "50 mg" where the source says "5 mg".
 * Implementations must be thread-safe and should be fast: the localizer remembers each verdict.
 */
@FunctionalInterface
public interface TranslationCheck {

    /**
     * Why this translation must not be shown, or empty when it may.
     *
     * @param source the source message (current pattern, arguments, key)
     * @param bundle the bundle the translation comes from
     * @param translation the translated entry
     */
    Optional<String> reject(Message source, Bundle bundle, BundleEntry translation);
}
