package io.healthpage.model;

/** The kind of a {@link Callout}; renderers label each one in the page language. */
public enum CalloutKind {
    /** Background information. */
    NOTE,
    /** A risk the reader must know about. */
    WARNING,
    /** Something the reader should not miss. */
    IMPORTANT,
    /** A practical suggestion. */
    TIP
}
