package io.healthpage.problem;

/** How bad a {@link Problem} is. The order is from worst to mildest. */
public enum Severity {
    /** The input cannot be used as it is, or a reader is let down (a WCAG failure, a changed dose): fix it. */
    ERROR,
    /** The input can be used, but something should be fixed unless there is a reason not to. */
    WARNING,
    /** Worth knowing; nothing is necessarily wrong. */
    INFO
}
