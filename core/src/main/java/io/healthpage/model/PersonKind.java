package io.healthpage.model;

/** Whether a {@link Person} is a human or an organisation / team. */
public enum PersonKind {
    /** A named human being. */
    PERSON,
    /** An organisation or team ("Example Health Editorial Team"). */
    ORGANIZATION
}
