/**
 * The article JSON format: {@link io.healthpage.json.ArticleJson} reads and writes it,
 * {@link io.healthpage.json.ArticleValidator} checks whole-article rules, and
 * {@link io.healthpage.json.ArticleFormatException} carries every problem found.
 */
package io.healthpage.json;
