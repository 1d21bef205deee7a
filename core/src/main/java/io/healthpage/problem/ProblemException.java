package io.healthpage.problem;

import java.util.List;

/**
 * An input that cannot be used — an article file, a rule configuration — with every {@link Problem} found in
 * it, each located (file, line:column, JSON Pointer). The message lists them, one a line, in the form of
 * {@link Problem#toShortString()}.
 *
 * <p>Unchecked: bad input is a content error that callers report and stop on. I/O failures are
 * {@link java.io.IOException}s, not this. Immutable and thread-safe.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    /** Not serialized content-wise beyond the message; problems are kept for in-process callers. */
    private final transient List<Problem> problems;

    /**
     * An exception whose message lists the problems.
     *
     * @param problems the problems, at least one
     */
    public ProblemException(List<Problem> problems) {
        this(summary(problems, ""), problems);
    }

    /**
     * An exception with its own message.
     *
     * @param message the message
     * @param problems the problems, at least one
     */
    protected ProblemException(String message, List<Problem> problems) {
        super(message);
        if (problems.isEmpty()) throw new IllegalArgumentException(getClass().getSimpleName() + " needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * {@code "2 problems" + note + ":"} and then one problem a line (the first 20, then how many more).
     *
     * @param problems the problems
     * @param note added after the count, e.g. " (stopped counting at the cap)"; may be empty
     */
    protected static String summary(List<Problem> problems, String note) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(note).append(':');
        for (int i = 0; i < problems.size() && i < SHOWN; i++) sb.append('\n').append(problems.get(i).toShortString());
        if (problems.size() > SHOWN) sb.append("\n... and ").append(problems.size() - SHOWN).append(" more");
        return sb.toString();
    }
}
