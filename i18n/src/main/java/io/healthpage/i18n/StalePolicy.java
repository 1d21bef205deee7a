package io.healthpage.i18n;

/** What the {@link Localizer} does with a translation whose source text has changed since it was made. */
public enum StalePolicy {
    /**
     * Do not show it as current: fall back along the chain, down to the source text, marked with its
     * own language. The default, because in health content a changed source usually means a changed fact.
     */
    FALL_BACK,
    /** Show the old translation, with status {@link io.healthpage.model.TextStatus#STALE_SHOWN}, and report it. */
    SHOW_MARKED
}
