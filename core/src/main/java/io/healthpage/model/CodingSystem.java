package io.healthpage.model;

/** A medical coding system for {@link Code}s. */
public enum CodingSystem {
    /** ICD-10 (WHO) or ICD-10-CM. */
    ICD_10("ICD-10"),
    /** SNOMED CT. */
    SNOMED_CT("SNOMED CT"),
    /** RxNorm (US drugs). */
    RXNORM("RxNorm"),
    /** WHO Anatomical Therapeutic Chemical classification. */
    ATC("ATC");

    private final String label;

    CodingSystem(String label) {
        this.label = label;
    }

    /** The system's usual name, as used by schema.org {@code codingSystem}. */
    public String label() {
        return label;
    }
}
