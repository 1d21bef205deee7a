/**
 * The accessibility and plain-language checker: {@link io.healthpage.check.ArticleChecker} reads an
 * article in the language of its locale and reports {@link io.healthpage.check.Finding}s (structure,
 * links, images, language, readability, medical trust signals, translation signals) together with a
 * summary of readability scores and a PEMAT-style understandability percentage. The rules are listed
 * in {@code docs/checker.md}.
 */
package io.healthpage.check;
