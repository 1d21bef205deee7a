package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * A link defined once in the article and used in text as {@code <link:ID>text</link:ID>}, so
 * that no URL is ever typed into a translatable message.
 *
 * @param id stable id
 * @param href the URL (http, https, mailto or relative)
 */
public record LinkTarget(String id, String href) {
    /** Validates. */
    public LinkTarget {
        Validate.id(id, "link id");
        Validate.notBlank(href, "href of link '" + id + "'");
    }
}
