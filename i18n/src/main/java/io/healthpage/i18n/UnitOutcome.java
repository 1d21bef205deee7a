package io.healthpage.i18n;

import io.healthpage.model.TextStatus;
import java.util.Locale;

/**
 * What the localizer did with one text unit.
 *
 * @param key the message key
 * @param status where the text shown comes from
 * @param shownIn the language of the text shown
 * @param detail why it fell back (the broken translation's error, the stale hash), or {@code null}
 */
public record UnitOutcome(String key, TextStatus status, Locale shownIn, String detail) {}
