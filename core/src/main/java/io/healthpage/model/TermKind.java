package io.healthpage.model;

/** What a glossary {@link Term} is. */
public enum TermKind {
    /** An abbreviation or acronym (NMDA, PTSD), expanded on first use. */
    ABBREVIATION,
    /** A medical term with a plain-language definition. */
    TERM,
    /** A drug's international non-proprietary name (ketamine); not translated. */
    DRUG,
    /** A brand or product name; not translated. */
    BRAND
}
