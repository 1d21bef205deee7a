package io.healthpage.model;

/** How a {@link RelatedLink} relates to the article (the reference page's "Read More:", "Related:", "See More:"). */
public enum RelatedKind {
    /** Further reading on the same subject. */
    READ_MORE,
    /** A related topic. */
    RELATED,
    /** Another article that covers a point in more depth. */
    SEE_ALSO
}
