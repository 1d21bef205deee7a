package io.healthpage.i18n.tools;

import io.healthpage.i18n.BundleSet;
import io.healthpage.model.Article;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How much of an article is translated, per locale: total / translated / missing / stale / broken /
 * reviewed counts and the percentage translated. Built from the {@link BundleChecker}'s verdicts, so
 * the two always agree: a message counts as <em>translated</em> when its entry is present, current
 * (its source hash matches) and has no error finding; <em>broken</em> when it has an error (or the
 * loader rejected it, or the whole file is unusable); <em>stale</em> when it is otherwise fine but the
 * source changed; <em>missing</em> when there is no entry. <em>Reviewed</em> counts translated messages
 * of a bundle marked medically reviewed. Immutable and thread-safe.
 */
public final class Coverage {
    /**
     * One article in one locale. {@code translated + missing + stale + broken == total}.
     *
     * @param articleId the article
     * @param locale the locale of the bundle
     * @param file the bundle file
     * @param total the article's messages
     * @param translated present, current and without errors
     * @param missing no entry
     * @param stale an entry translated from an older source text
     * @param broken an entry with an error (shown as fallback)
     * @param reviewed translated messages of a medically reviewed bundle
     */
    public record Row(String articleId, Locale locale, String file, int total, int translated, int missing, int stale,
            int broken, int reviewed) {
        /** Checks the counts. */
        public Row {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(locale, "locale");
            if (translated + missing + stale + broken != total) throw new IllegalArgumentException("counts do not add up");
        }

        /** The share translated, 0–100 (100 for an article without messages). */
        public double percent() {
            return total == 0 ? 100.0 : 100.0 * translated / total;
        }
    }

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private final List<Row> rows;

    private Coverage(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Checks every article bundle of {@code bundles} with {@code checker} and counts. */
    public static Coverage of(Article article, BundleSet bundles, BundleChecker checker) {
        return of(checker.checkAll(article, bundles));
    }

    /** Counts from a result the checker already produced (one or more articles). */
    public static Coverage of(CheckResult result) {
        List<Row> rows = new ArrayList<>();
        for (CheckResult.LocaleVerdicts v : result.verdicts()) {
            int[] n = new int[CheckResult.Verdict.values().length];
            for (CheckResult.Verdict x : v.byKey().values()) n[x.ordinal()]++;
            int translated = n[CheckResult.Verdict.TRANSLATED.ordinal()];
            rows.add(new Row(v.articleId(), v.locale(), v.file(), v.byKey().size(), translated,
                    n[CheckResult.Verdict.MISSING.ordinal()], n[CheckResult.Verdict.STALE.ordinal()],
                    n[CheckResult.Verdict.BROKEN.ordinal()], v.reviewed() ? translated : 0));
        }
        return new Coverage(rows);
    }

    /** The rows, one per article and locale, in the order checked (locales sorted by tag). */
    public List<Row> rows() {
        return rows;
    }

    /** The rows whose percentage is below {@code percent} (what fails a CI gate); empty when all pass. */
    public List<Row> failingBelow(double percent) {
        if (percent < 0 || percent > 100) throw new IllegalArgumentException("percent must be 0–100, was " + percent);
        return rows.stream().filter(r -> r.percent() < percent).toList();
    }

    /** A fixed-width table, one line per article and locale, percentages rounded down to one decimal. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %-8s %6s %10s %8s %6s %7s %9s %7s%n", "article", "locale", "total",
                "translated", "missing", "stale", "broken", "reviewed", "%"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %-8s %6d %10d %8d %6d %7d %9d %7s%n", r.articleId(),
                    r.locale().toLanguageTag(), r.total(), r.translated(), r.missing(), r.stale(), r.broken(), r.reviewed(),
                    percentText(r)));
        }
        return sb.toString();
    }

    /** The same as JSON: {@code {"rows": [{"article", "locale", "file", "total", …, "percent"}]}}. */
    public String toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Row r : rows) {
            a.add(Json.createObjectBuilder().add("article", r.articleId()).add("locale", r.locale().toLanguageTag())
                    .add("file", r.file()).add("total", r.total()).add("translated", r.translated())
                    .add("missing", r.missing()).add("stale", r.stale()).add("broken", r.broken())
                    .add("reviewed", r.reviewed()).add("percent", new BigDecimal(percentText(r))));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter w = PRETTY.createWriter(out)) {
            w.writeObject(Json.createObjectBuilder().add("rows", a).build());
        }
        return out.toString().strip() + "\n";
    }

    private static String percentText(Row r) {
        return BigDecimal.valueOf(r.percent()).setScale(1, RoundingMode.DOWN).toPlainString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
