package io.healthpage.model;

/** What a {@link Topic} of the article is. */
public enum TopicKind {
    /** A drug (schema.org Drug). */
    DRUG,
    /** A medical condition (schema.org MedicalCondition). */
    CONDITION,
    /** A procedure or therapy (schema.org MedicalProcedure / MedicalTherapy). */
    PROCEDURE
}
