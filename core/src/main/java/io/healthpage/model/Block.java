package io.healthpage.model;

/**
 * A block of content inside a section, the lead, a callout or an FAQ answer. Immutable.
 * Use {@code instanceof} patterns (Java 17) or {@link Article#messages()} to walk them.
 */
public sealed interface Block permits Paragraph, BulletList, NumberedList, Callout, Quote, Figure, Table, RelatedLink {

    /** The block's id, stable across edits when given by the author; may be {@code null}. */
    String id();
}
