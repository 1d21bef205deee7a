package io.healthpage.render;

/** What {@link HtmlRenderer} does with links to other sites. Both add {@code rel="noopener noreferrer"}. */
public enum ExternalLinks {
    /** Open in the same tab (recommended). */
    SAME_TAB,
    /** Open in a new tab, announced with the localized "(opens in a new tab)". */
    NEW_TAB
}
