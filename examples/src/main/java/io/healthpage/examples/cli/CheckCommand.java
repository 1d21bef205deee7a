package io.healthpage.examples.cli;

import io.healthpage.check.ArticleChecker;
import io.healthpage.check.CheckReport;
import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Localization;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;
import io.healthpage.text.MessageFormatter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code healthpage check}: the accessibility / plain-language report of the article, per language. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the article for accessibility and plain language (the report of ArticleChecker)",
                "in one language or in every available language. Exit 1 when a finding has error severity."})
final class CheckCommand implements Callable<Integer> {
    /** What {@code check} writes. */
    enum Format {
        /** One line per finding, then the summary. */
        TEXT,
        /** The report as JSON; an array of reports with {@code --all-locales}. */
        JSON
    }

    /** {@code --locale} or {@code --all-locales}, not both. */
    static final class Which {
        @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
                description = "The language to check (default: the article's source language).")
        Locale locale;

        @Option(names = "--all-locales", description = "Check the source language and every language with a bundle.")
        boolean all;
    }

    @ParentCommand
    Main main;

    @Mixin
    ArticleOptions source;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Which which;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    RulesOption rules;

    @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
            description = "Check as if today were this date, YYYY-MM-DD (for reproducible reports; default: today).")
    LocalDate today;

    @Override
    public Integer call() throws Exception {
        RuleConfig config = rules.config();
        ContentLibrary.Entry entry = source.load(main.err);
        List<Locale> locales;
        if (which != null && which.all) locales = entry.locales();
        else if (which != null && which.locale != null) locales = List.of(which.locale);
        else locales = List.of(entry.article().sourceLocale());
        MessageFormatter formatter = MessageFormatter.create();
        List<CheckReport> reports = new ArrayList<>();
        for (Locale locale : locales) {
            Localization loc = ArticleOptions.localize(entry, locale, formatter, main.err);
            ArticleChecker checker = RulesOption.build(() -> {
                ArticleChecker.Builder b = ArticleChecker.builder().translationReviewed(loc.medicallyReviewed())
                        .labels(loc.labels()).rules(config);
                if (today != null) b.today(today);
                return b.build();
            });
            reports.add(checker.check(loc.article()));
        }
        main.out.print(format == Format.JSON ? json(reports) : text(reports));
        main.out.flush();
        boolean errors = reports.stream().anyMatch(r -> r.summary().counts().getOrDefault(Severity.ERROR, 0) > 0
                || r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
        return errors ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static String text(List<CheckReport> reports) {
        if (reports.size() == 1) return reports.get(0).toText();
        StringBuilder sb = new StringBuilder();
        for (CheckReport r : reports) {
            sb.append("== ").append(r.summary().locale().toLanguageTag()).append(" ==\n").append(r.toText()).append('\n');
        }
        return sb.toString();
    }

    private static String json(List<CheckReport> reports) {
        if (reports.size() == 1) return ensureNewline(reports.get(0).toJson());
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CheckReport r : reports) {
            try (JsonReader in = Json.createReader(new StringReader(r.toJson()))) {
                array.add(in.readObject());
            }
        }
        StringWriter sw = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(sw)) {
            w.writeArray(array.build());
        }
        return ensureNewline(sw.toString().strip());
    }

    private static String ensureNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
