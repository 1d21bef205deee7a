package io.healthpage.json;

import io.healthpage.problem.Problem;
import io.healthpage.problem.ProblemException;
import java.util.List;

/**
 * An article file that cannot be read: malformed JSON, a shape that does not match the format,
 * a hostile-input limit exceeded, or an article that breaks a validation rule. Carries every
 * problem found (up to the reader's cap), each with file, line:column and JSON Pointer.
 *
 * <p>Unchecked, because a malformed article is a content error that callers usually report
 * and stop on, not recover from; I/O failures are reported separately as {@link java.io.IOException}.
 * Immutable and thread-safe.
 */
public final class ArticleFormatException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final boolean truncated;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @param truncated whether more problems were found than {@code problems} holds
     */
    public ArticleFormatException(List<Problem> problems, boolean truncated) {
        super(summary(problems, truncated ? " (stopped counting at the cap; fix these and read again)" : ""), problems);
        this.truncated = truncated;
    }

    /** Whether the reader stopped collecting because it hit its cap on reported problems. */
    public boolean truncated() {
        return truncated;
    }
}
