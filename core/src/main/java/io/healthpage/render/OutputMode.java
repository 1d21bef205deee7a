package io.healthpage.render;

/** What {@link HtmlRenderer} produces. */
public enum OutputMode {
    /** An {@code <article>} to embed in a host page: no {@code html}, {@code head} or {@code body}. */
    FRAGMENT,
    /** A complete standalone HTML document with stylesheet and JSON-LD. */
    PAGE
}
