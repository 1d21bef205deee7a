package io.healthpage.check;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** A barrier for readers (a WCAG failure, a review date in the past): fix before publishing. */
    ERROR,
    /** Probably makes the page harder to use or to trust: fix unless there is a reason not to. */
    WARNING,
    /** Worth knowing; nothing is necessarily wrong. */
    INFO
}
