package io.healthpage.json;

import io.healthpage.problem.Problem;
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
public final class ArticleFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    /** Not serialized content-wise beyond the message; problems are kept for in-process callers. */
    private final transient List<Problem> problems;
    private final boolean truncated;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @param truncated whether more problems were found than {@code problems} holds
     */
    public ArticleFormatException(List<Problem> problems, boolean truncated) {
        super(summary(problems, truncated));
        if (problems.isEmpty()) throw new IllegalArgumentException("an ArticleFormatException needs at least one problem");
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** The problems, in the order they were found (document order for the shape, then the validation rules). */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** Whether the reader stopped collecting because it hit its cap on reported problems. */
    public boolean truncated() {
        return truncated;
    }

    private static String summary(List<Problem> problems, boolean truncated) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        if (truncated) sb.append(" (stopped counting at the cap; fix these and read again)");
        sb.append(':');
        for (int i = 0; i < problems.size() && i < SHOWN; i++) sb.append('\n').append(problems.get(i));
        if (problems.size() > SHOWN) sb.append("\n... and ").append(problems.size() - SHOWN).append(" more");
        return sb.toString();
    }
}
