package io.healthpage.examples.cli;

/** A failure the user can fix, with the exit code to end with; the message says what and where. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usage or I/O problem (exit 2). */
    static CliException usage(String message) {
        return new CliException(Main.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
