/**
 * The Jakarta EE integration of healthpage.
 *
 * <ul>
 *   <li>{@link io.healthpage.jakarta.HealthContent} — the content of one application: articles, bundles,
 *       localizers with the dose check, negotiation, the language switcher, a bounded cache of rendered
 *       bodies with strong ETags, the CSP with the stylesheet hash;</li>
 *   <li>{@link io.healthpage.jakarta.ContentSource} and {@link io.healthpage.jakarta.ServletContentSource}
 *       — where the content lives (a folder, the classpath, a WAR, a URL), read with located checks;</li>
 *   <li>{@link io.healthpage.jakarta.HealthResponses} — complete Jakarta REST answers: negotiation,
 *       400/404 pages, {@code Content-Language}, {@code Vary}, ETag/304, security headers;</li>
 *   <li>{@link io.healthpage.jakarta.RenderedWriter}, {@link io.healthpage.jakarta.LocalizedArticleWriter}
 *       — message body writers;</li>
 *   <li>{@link io.healthpage.jakarta.HealthContentProducer} — the optional CDI producer.</li>
 * </ul>
 *
 * <p>No class here carries {@code @Path}: the application writes its own resources (see
 * {@code docs/jakarta.md}).
 */
package io.healthpage.jakarta;
