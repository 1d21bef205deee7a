package io.healthpage.problem;

/**
 * Where a {@link Problem} is: a place in a file ({@code file:line:column}) and/or a JSON Pointer into the
 * document concerned. Every part may be unknown. Immutable and thread-safe.
 *
 * @param file the file name or path as given to the reader, or {@code null} when the input is not a file
 *             (an article or bundle built in code)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column in UTF-16 code units (as most editors count), or 0 when unknown
 * @param pointer the JSON Pointer (RFC 6901) of the value concerned, {@code ""} for the whole document,
 *                or {@code null} when unknown
 */
public record Location(String file, int line, int column, String pointer) {
    /** Nothing known. */
    public static final Location UNKNOWN = new Location(null, 0, 0, null);

    /** Checks that line and column are not negative, and that a column comes with a line. */
    public Location {
        if (line < 0 || column < 0) throw new IllegalArgumentException("line and column must not be negative, got " + line + ":" + column);
        if (line == 0 && column > 0) throw new IllegalArgumentException("a column needs a line, got 0:" + column);
    }

    /** A whole file. */
    public static Location file(String file) {
        return new Location(file, 0, 0, null);
    }

    /** A line and column in a file. */
    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, null);
    }

    /** A JSON Pointer, without a file. */
    public static Location pointer(String pointer) {
        return new Location(null, 0, 0, pointer);
    }

    /** This location with another file. */
    public Location withFile(String newFile) {
        return new Location(newFile, line, column, pointer);
    }

    /** This location with another line and column (0, 0 for none). */
    public Location withPosition(int newLine, int newColumn) {
        return new Location(file, newLine, newColumn, pointer);
    }

    /** This location with another JSON Pointer. */
    public Location withPointer(String newPointer) {
        return new Location(file, line, column, newPointer);
    }

    /** Whether nothing is known. */
    public boolean isUnknown() {
        return file == null && line == 0 && (pointer == null || pointer.isEmpty());
    }

    /**
     * {@code file:line:column /pointer}, leaving out what is unknown ({@code ""} when nothing is known; the
     * pointer {@code ""}, the whole document, is left out too).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) {
            if (sb.length() > 0) sb.append(':');
            sb.append(line);
            if (column > 0) sb.append(':').append(column);
        }
        if (pointer != null && !pointer.isEmpty()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(pointer);
        }
        return sb.toString();
    }
}
