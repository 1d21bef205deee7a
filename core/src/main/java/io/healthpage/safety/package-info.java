/**
 * The single place that decides what HTML and which URLs may leave the library.
 *
 * <ul>
 *   <li>{@link io.healthpage.safety.UrlPolicy}: which URLs are allowed (http, https, mailto and
 *       relative ones) and how they are normalised; says why a URL was refused.</li>
 *   <li>{@link io.healthpage.safety.Sanitizer}: a jsoup {@code Cleaner} with one immutable
 *       safelist built for exactly the markup the renderer emits; the public
 *       {@code sanitize(String)} for hosts who embed user-supplied fragments.</li>
 *   <li>{@link io.healthpage.safety.Html}: escaping of text and attribute values for code that
 *       writes HTML by hand.</li>
 * </ul>
 */
package io.healthpage.safety;
