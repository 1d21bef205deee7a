package io.healthpage.i18n;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader (JSON or properties) found in a file, before the format-independent checks of
 * {@link BundleChecks}. Readers report syntax, duplicates, unknown fields and wrong types themselves and
 * leave ambiguous values out. Mutable, used by one thread.
 */
final class Draft {
    /** A metadata value (String, Integer, Boolean or null for JSON null) and the offset of its first character. */
    record Value(Object value, int offset) {}

    /**
     * A message entry. {@code textOffsets[i]} is the file offset of the i-th char of {@code text}
     * (one more element for the end), so that ICU error positions map to line:column.
     */
    record Entry(String key, int keyOffset, String text, int[] textOffsets, String source, int sourceOffset,
            String note) {}

    final String file;
    final String content;
    final TextPositions positions;
    final List<Problem> problems = new ArrayList<>();
    /** "format", "locale", "kind", "article", "sourceLocale", "translator", "review.medicallyReviewed", … */
    final Map<String, Value> meta = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    boolean hasMessages;

    Draft(String file, String content) {
        this.file = file;
        this.content = content;
        this.positions = new TextPositions(content);
    }

    void problem(Severity severity, String code, int offset, String key, String message, String hint) {
        problems.add(Problem.builder(code, message).severity(severity).at(file, positions.line(offset), positions.column(offset))
                .key(key).suggestion(hint).build());
    }

    void error(String code, int offset, String key, String message, String hint) {
        problem(Severity.ERROR, code, offset, key, message, hint);
    }

    void warning(String code, int offset, String key, String message, String hint) {
        problem(Severity.WARNING, code, offset, key, message, hint);
    }
}
