package io.healthpage.model;

/** Who the article is written for. */
public enum Audience {
    /** People with the condition or taking the drug. */
    PATIENT,
    /** People caring for a patient. */
    CAREGIVER,
    /** Health professionals. */
    CLINICIAN
}
