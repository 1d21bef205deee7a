package io.healthpage.check;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link ArticleChecker#check}: the findings in document order and a summary. Immutable
 * and thread-safe.
 *
 * <p>Each finding is a {@link Problem} with its rule id, severity, JSON Pointer into the article
 * ({@code ""} for the article as a whole), message key and section where there is one, the text concerned,
 * the message, the guideline and a suggestion.
 *
 * @param findings the findings, grouped by kind of rule (structure, links, images, language, trust,
 *        translation, readability, then the groups of added rules); each group in document order, findings at
 *        the same place in the order of the rules, findings about the article as a whole last
 * @param summary readability scores, counts and the understandability percentage
 */
public record CheckReport(List<Problem> findings, Summary summary) {
    /** Copies the findings. */
    public CheckReport {
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary");
    }

    /** The findings of one rule, e.g. {@code findings("link.vague-text")}. */
    public List<Problem> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /**
     * Per-article summary. Immutable and thread-safe.
     *
     * <p>{@code understandability} is a PEMAT-style percentage (agree ÷ applicable × 100) over the
     * PEMAT-P understandability items the checker can decide from the text alone; {@code pematItems}
     * says how each was decided ({@code true} agree, {@code false} disagree; not applicable items are
     * absent):
     * <ul>
     * <li>item 3, common everyday language: no {@code language.jargon} finding;</li>
     * <li>item 4, medical terms defined: no {@code language.abbreviation-*} finding;</li>
     * <li>item 5, active voice (English only): at most 20% of prose sentences passive (the AHRQ
     *     clarification: agree when the characteristic holds at least 80% of the time);</li>
     * <li>item 8, information in short sections: no {@code structure.section-too-long} or
     *     {@code language.long-paragraph} finding;</li>
     * <li>item 9, sections have headers: at least one section and no {@code structure.heading-missing}
     *     finding (whether a header is <em>informative</em> needs a person);</li>
     * <li>item 11, a summary: key takeaways present;</li>
     * <li>item 12, visual cues: a list, a callout or {@code <strong>}/{@code <em>} is used.</li>
     * </ul>
     * An item that rests on a rule switched off (a {@link io.healthpage.problem.RuleConfig}) is not decided.
     * Items 8, 9 and 11 are not applicable to very short material (fewer than 200 words of prose).
     * The other items (purpose, distractions, numbers, calculations, sequence, visual aids, tables)
     * need a human reviewer; this percentage is not a PEMAT score on its own.
     *
     * @param locale the language the article was checked in
     * @param words words of running prose (takeaways, paragraphs, list items, quotes)
     * @param sentences sentences of running prose
     * @param scores readability scores by formula name ("Flesch–Kincaid grade", "LIX", ...)
     * @param gradeLevels the scores that are school grades, by formula name
     * @param bands the interpretation of scores by formula name ("INFLESZ" → "normal")
     * @param counts findings by severity (every severity present, zero included)
     * @param understandability the PEMAT-style percentage, 0–100
     * @param pematItems decided items, "PEMAT-P item 3" → agree
     */
    public record Summary(Locale locale, int words, int sentences, Map<String, Double> scores,
                          Map<String, Double> gradeLevels, Map<String, String> bands, Map<Severity, Integer> counts,
                          double understandability, Map<String, Boolean> pematItems) {
        /** Copies the maps (keeping their order). */
        public Summary {
            Objects.requireNonNull(locale, "locale");
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            gradeLevels = Collections.unmodifiableMap(new LinkedHashMap<>(gradeLevels));
            bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
            Map<Severity, Integer> c = new EnumMap<>(Severity.class);
            c.putAll(counts);
            counts = Collections.unmodifiableMap(c);
            pematItems = Collections.unmodifiableMap(new LinkedHashMap<>(pematItems));
        }
    }

    /** A human-readable report: one line per finding, then the summary. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Problem f : findings) sb.append(line(f)).append('\n');
        Summary s = summary;
        sb.append("Language: ").append(s.locale().toLanguageTag()).append("; ").append(s.words()).append(" words, ")
                .append(s.sentences()).append(" sentences\n");
        for (Map.Entry<String, Double> e : s.scores().entrySet()) {
            sb.append("  ").append(e.getKey()).append(": ").append(round(e.getValue()));
            String band = s.bands().get(e.getKey());
            if (band != null) sb.append(" (").append(band).append(')');
            sb.append('\n');
        }
        for (Map.Entry<String, String> e : s.bands().entrySet()) {
            if (!s.scores().containsKey(e.getKey())) sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append("Findings: ");
        List<String> parts = new ArrayList<>();
        for (Severity sev : Severity.values()) parts.add(s.counts().getOrDefault(sev, 0) + " " + sev.name().toLowerCase(Locale.ROOT));
        sb.append(String.join(", ", parts)).append('\n');
        sb.append("Understandability (PEMAT-style, automatic items): ").append(round(s.understandability())).append("%\n");
        return sb.toString();
    }

    /** The report as pretty-printed JSON: {@code {"findings": [...], "summary": {...}}}. */
    public String toJson() {
        JsonArrayBuilder fs = Json.createArrayBuilder();
        for (Problem f : findings) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("rule", f.rule()).add("severity", f.severity().name()).add("pointer", pointer(f));
            addOpt(o, "section", f.section());
            addOpt(o, "key", f.key());
            addOpt(o, "text", f.text());
            o.add("message", f.message());
            addOpt(o, "guideline", f.guideline());
            addOpt(o, "suggestion", f.suggestion());
            fs.add(o);
        }
        Summary s = summary;
        JsonObjectBuilder scores = Json.createObjectBuilder();
        s.scores().forEach((k, v) -> scores.add(k, round(v)));
        JsonObjectBuilder grades = Json.createObjectBuilder();
        s.gradeLevels().forEach((k, v) -> grades.add(k, round(v)));
        JsonObjectBuilder bands = Json.createObjectBuilder();
        s.bands().forEach(bands::add);
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (Severity sev : Severity.values()) counts.add(sev.name(), s.counts().getOrDefault(sev, 0));
        JsonObjectBuilder items = Json.createObjectBuilder();
        s.pematItems().forEach(items::add);
        JsonObjectBuilder summaryJson = Json.createObjectBuilder()
                .add("locale", s.locale().toLanguageTag()).add("words", s.words()).add("sentences", s.sentences())
                .add("scores", scores).add("gradeLevels", grades).add("bands", bands).add("counts", counts)
                .add("understandability", round(s.understandability())).add("pematItems", items);
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(Json.createObjectBuilder().add("findings", fs).add("summary", summaryJson).build());
        }
        return out.toString().strip() + "\n";
    }

    /** One line: severity, rule, where, message, text, guideline and suggestion. */
    private static String line(Problem f) {
        StringBuilder sb = new StringBuilder();
        String pointer = pointer(f);
        sb.append(f.severity()).append(' ').append(f.rule()).append(" at ").append(pointer.isEmpty() ? "(article)" : pointer);
        if (f.key() != null) sb.append(" [").append(f.key()).append(']');
        sb.append(": ").append(f.message());
        if (f.text() != null) sb.append(" \u2014 \u201c").append(f.text()).append('\u201d');
        if (f.guideline() != null) sb.append(" (").append(f.guideline()).append(')');
        if (f.suggestion() != null) sb.append(" Suggestion: ").append(f.suggestion());
        return sb.toString();
    }

    private static String pointer(Problem f) {
        return f.pointer() == null ? "" : f.pointer();
    }

    private static void addOpt(JsonObjectBuilder o, String name, String value) {
        if (value != null) o.add(name, value);
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }
}
