/**
 * Formatting of {@link io.healthpage.model.Message}s: ICU MessageFormat with typed arguments,
 * the closed inline-tag vocabulary, and bidi isolation of arguments. Entry point:
 * {@link io.healthpage.text.MessageFormatter}.
 */
package io.healthpage.text;
