package io.healthpage.model;

/**
 * Licence and attribution of the article's text.
 *
 * @param name the licence's name ("CC BY 4.0"), or {@code null}
 * @param url the licence URL, or {@code null}
 * @param attribution the attribution text readers must see, or {@code null}
 */
public record License(String name, String url, Message attribution) {
}
