package io.healthpage.i18n.tools;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link BundleChecker} found in one or more bundles: the findings grouped by file, as text for
 * people or JSON for tools. Immutable and thread-safe.
 */
public final class CheckResult {
    /** How one source message stands in one locale; {@link Coverage} counts these. */
    enum Verdict { TRANSLATED, MISSING, STALE, BROKEN }

    /** The verdicts of one bundle file (one locale of one article). */
    record LocaleVerdicts(String articleId, Locale locale, String file, boolean reviewed, Map<String, Verdict> byKey) {
        LocaleVerdicts {
            byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        }
    }

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final List<Problem> findings;
    private final List<LocaleVerdicts> verdicts;

    CheckResult(List<Problem> findings, List<LocaleVerdicts> verdicts) {
        this.findings = List.copyOf(findings);
        this.verdicts = List.copyOf(verdicts);
    }

    /**
     * Every finding, grouped by file; within a file: file-level findings, then messages in document order
     * (the findings of one message in the order of the rules). Each has its rule id, severity, file, line
     * and column of the entry (0 for the file as a whole or a missing key), key, message and suggestion.
     */
    public List<Problem> findings() {
        return findings;
    }

    /** The number of errors. */
    public int errorCount() {
        return count(Severity.ERROR, findings);
    }

    /** The number of warnings. */
    public int warningCount() {
        return count(Severity.WARNING, findings);
    }

    /** The number of infos (only a {@link io.healthpage.problem.RuleConfig} makes a rule report infos). */
    public int infoCount() {
        return count(Severity.INFO, findings);
    }

    /** Whether any finding is an error (a command-line tool exits with 1 then). */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Problem::isError);
    }

    List<LocaleVerdicts> verdicts() {
        return verdicts;
    }

    /** This result and {@code other} together (for example two articles). */
    public CheckResult plus(CheckResult other) {
        List<Problem> f = new ArrayList<>(findings);
        f.addAll(other.findings);
        List<LocaleVerdicts> v = new ArrayList<>(verdicts);
        v.addAll(other.verdicts);
        return new CheckResult(f, v);
    }

    /**
     * A report for people, grouped by file:
     * <pre>
     * examples/content/x/i18n/es.json
     *   14:5  error    facts.number-changed  risks.dose: the source has 5 mg, the translation 50 mg
     *                  fix: …
     * </pre>
     *
     * The counts name infos only when there are some.
     *
     * @param colour whether to colour severities with ANSI escapes (only for a terminal)
     */
    public String toText(boolean colour) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Problem>> e : byFile().entrySet()) {
            sb.append(colour ? "\u001b[1m" + e.getKey() + "\u001b[0m" : e.getKey()).append('\n');
            for (Problem f : e.getValue()) {
                String where = f.line() > 0 ? f.line() + ":" + f.column() : "-";
                String sev = pad(f.severity().name().toLowerCase(Locale.ROOT), 7);
                if (colour) sev = (f.isError() ? "\u001b[31m" : "\u001b[33m") + sev + "\u001b[0m";
                sb.append("  ").append(pad(where, 7)).append(' ').append(sev).append("  ").append(pad(f.rule(), 24))
                        .append(' ');
                if (f.key() != null) sb.append(f.key()).append(": ");
                sb.append(f.message()).append('\n');
                if (f.suggestion() != null) sb.append("           fix: ").append(f.suggestion()).append('\n');
            }
            sb.append("  ").append(counts(e.getValue())).append("\n\n");
        }
        sb.append(findings.isEmpty() ? "No problems found.\n" : counts(findings) + " in " + count(byFile().size(), "file") + ".\n");
        return sb.toString();
    }

    /**
     * The same as JSON: {@code {"errors": n, "warnings": n, "files": [{"file", "errors", "warnings",
     * "findings": [{"rule", "severity" ("error"/"warning"/"info"), "line", "column", "key", "message",
     * "suggestion"}]}]}}; {@code key} and {@code suggestion} are left out when absent, {@code "infos": n}
     * is added (overall and per file) when there are infos.
     */
    public String toJson() {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Map.Entry<String, List<Problem>> e : byFile().entrySet()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Problem f : e.getValue()) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("rule", f.rule())
                        .add("severity", f.severity().name().toLowerCase(Locale.ROOT)).add("line", f.line()).add("column", f.column());
                if (f.key() != null) o.add("key", f.key());
                o.add("message", f.message());
                if (f.suggestion() != null) o.add("suggestion", f.suggestion());
                list.add(o);
            }
            files.add(counts(Json.createObjectBuilder().add("file", e.getKey()), e.getValue()).add("findings", list));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter w = PRETTY.createWriter(out)) {
            w.writeObject(counts(Json.createObjectBuilder(), findings).add("files", files).build());
        }
        return out.toString().strip() + "\n";
    }

    @Override
    public String toString() {
        return counts(findings);
    }

    /** "1 error, 2 warnings", and ", 1 info" when there are infos. */
    private static String counts(List<Problem> list) {
        int infos = count(Severity.INFO, list);
        return count(count(Severity.ERROR, list), "error") + ", " + count(count(Severity.WARNING, list), "warning")
                + (infos > 0 ? ", " + count(infos, "info") : "");
    }

    private static JsonObjectBuilder counts(JsonObjectBuilder o, List<Problem> list) {
        o.add("errors", count(Severity.ERROR, list)).add("warnings", count(Severity.WARNING, list));
        int infos = count(Severity.INFO, list);
        return infos > 0 ? o.add("infos", infos) : o;
    }

    private static int count(Severity s, List<Problem> list) {
        return (int) list.stream().filter(p -> p.severity() == s).count();
    }

    private Map<String, List<Problem>> byFile() {
        Map<String, List<Problem>> map = new LinkedHashMap<>();
        for (Problem f : findings) map.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        return map;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
