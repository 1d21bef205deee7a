/**
 * The accessibility and plain-language checker: {@link io.healthpage.check.ArticleChecker} reads an
 * article in the language of its locale and reports findings ({@link io.healthpage.problem.Problem}s: structure,
 * links, images, language, readability, medical trust signals, translation signals) together with a
 * summary of readability scores and a PEMAT-style understandability percentage. Each rule is an
 * {@link io.healthpage.check.ArticleRule}; the built-in rules are listed in {@code docs/checker.md}, and
 * users add their own or switch rules off ({@link io.healthpage.problem.RuleConfig}).
 */
package io.healthpage.check;
