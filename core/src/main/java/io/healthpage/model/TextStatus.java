package io.healthpage.model;

/**
 * Where the text of a {@link Message} really comes from, after localization.
 */
public enum TextStatus {
    /** Text in the article's source language, in an unlocalized article. */
    SOURCE,
    /** A current translation into the requested locale or one of its CLDR parents. */
    TRANSLATED,
    /** A translation whose source has changed since it was made, shown because the stale policy allows it. */
    STALE_SHOWN,
    /** Shown in a fallback language because no translation exists. */
    FALLBACK_MISSING,
    /** Shown in a fallback language because the translation is out of date. */
    FALLBACK_STALE,
    /** Shown in a fallback language because the translation is broken (syntax, arguments or tags). */
    FALLBACK_BROKEN;

    /** Whether the text is shown in another language than the one requested. */
    public boolean isFallback() {
        return this == FALLBACK_MISSING || this == FALLBACK_STALE || this == FALLBACK_BROKEN;
    }
}
