package io.healthpage.model;

/**
 * A block of content inside a section, the lead, a callout or an FAQ answer. Immutable.
 * Walk blocks with a {@link BlockVisitor} ({@link #accept}), which the compiler checks for
 * completeness, or list their text with {@link Article#messages()}.
 */
public sealed interface Block permits Paragraph, BulletList, NumberedList, Callout, Quote, Figure, Table, RelatedLink {

    /** The block's id, stable across edits when given by the author; may be {@code null}. */
    String id();

    /**
     * Calls the visitor's method for this block's type.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(BlockVisitor<R> visitor);
}
