/**
 * Formatting of {@link io.healthpage.model.Message}s: ICU MessageFormat with typed arguments,
 * the closed inline-tag vocabulary, and bidi isolation of arguments. Entry point:
 * {@link io.healthpage.text.MessageFormatter}. The page-chrome labels ({@link io.healthpage.text.Labels}) live
 * here too, because the renderer, the checker and the localizer all read them.
 */
package io.healthpage.text;
