package io.healthpage.problem;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The input cannot be used as it is. */
    ERROR,
    /** The input can be used, but something should be fixed. */
    WARNING
}
