package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.BundleWriter;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.i18n.tools.CheckResult;
import io.healthpage.i18n.tools.Coverage;
import io.healthpage.i18n.tools.PseudoLocalizer;
import io.healthpage.i18n.tools.SourceExtractor;
import io.healthpage.i18n.tools.ExchangeFormat;
import io.healthpage.i18n.tools.TranslationExchange;
import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import io.healthpage.problem.RuleConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code healthpage bundle ...}: the translator toolkit ({@code io.healthpage.i18n.tools}). */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "The translator toolkit: source bundles, checks, pseudo-locales, coverage, XLIFF and PO.",
        subcommands = {BundleCommand.Extract.class, BundleCommand.Check.class, BundleCommand.CheckLabels.class, BundleCommand.Pseudo.class,
                BundleCommand.CoverageCommand.class, BundleCommand.Export.class, BundleCommand.Import.class})
final class BundleCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "say what to do: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Text or JSON output. */
    enum Format {
        /** For people. */
        TEXT,
        /** For programs. */
        JSON
    }

    /** {@code bundle extract}: the source bundle translators start from. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Writes the source bundle of the article (every message with its source hash and translator note).")
    static final class Extract implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--out", paramLabel = "FILE",
                description = "Write here (atomically; .properties or JSON by extension); default: JSON on stdout.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            Bundle b = SourceExtractor.extract(source.load(main.err).article());
            if (out != null) SourceExtractor.write(b, out);
            else Output.write(BundleWriter.json(b), null, main.out);
            return Main.OK;
        }
    }

    /** {@code bundle check}: every rule of {@link BundleChecker} over the bundles. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks the translation bundles against the article (placeholders, tags, plurals, staleness, ...).",
                    "Exit 1 when a bundle has errors."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
                description = "Check only this locale's bundle (default: every bundle).")
        Locale locale;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            RuleConfig config = rules.config();
            BundleChecker checker = RulesOption.build(() -> BundleChecker.builder().rules(config).build());
            // the bundles' loading problems are findings of the report (below), not warnings on stderr
            ContentLibrary.Entry e = source.load(main.err, false);
            // one code path: --locale is the part of the full check that concerns that locale's file
            CheckResult r = locale == null ? checker.checkAll(e.article(), e.bundles())
                    : checker.checkLocale(e.article(), e.bundles(), locale);
            if (locale != null && r.findings().isEmpty() && e.bundles().article(locale).isEmpty()) {
                throw CliException.usage("no bundle for " + locale.toLanguageTag() + " (bundles: "
                        + e.bundles().locales().stream().map(Locale::toLanguageTag).sorted().toList() + ")");
            }
            Output.write(format == Format.JSON ? r.toJson() : r.toText(false), null, main.out);
            return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        }
    }

    /** {@code bundle check-labels}: translations of the page labels against the built-in English labels. */
    @Command(name = "check-labels", mixinStandardHelpOptions = true,
            description = {"Checks translations of the page labels (\"kind\": \"labels\" bundles: \"Key takeaways\", the",
                    "checker's vague link texts, ...) against the built-in English labels, with the rules of 'bundle check'.",
                    "Exit 1 when a file has errors."})
    static final class CheckLabels implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Label bundle files (<locale>.json or .properties).")
        List<Path> files;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            RuleConfig config = rules.config();
            BundleChecker checker = RulesOption.build(() -> BundleChecker.builder().rules(config).build());
            CheckResult all = null;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) throw CliException.usage(f + ": no such file");
                CheckResult r = checker.checkLabels(f);
                all = all == null ? r : all.plus(r);
            }
            Output.write(format == Format.JSON ? all.toJson() : all.toText(false), null, main.out);
            return all.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        }
    }

    /** {@code bundle pseudo}: en-XA and ar-XB bundles generated from the source. */
    @Command(name = "pseudo", mixinStandardHelpOptions = true,
            description = {"Writes the pseudo-locale bundles en-XA (accented, 35%% longer) and ar-XB (mirrored, right to left)",
                    "generated from the source, to test layouts: then render with --bundles DIR --locale en-XA."})
    static final class Pseudo implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write en-XA.json and ar-XB.json to.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            Bundle src = SourceExtractor.extract(source.load(main.err).article());
            if (Files.exists(out) && !Files.isDirectory(out)) throw CliException.usage(out + ": --out must be a folder");
            Files.createDirectories(out);
            for (PseudoLocalizer p : PseudoLocalizer.values()) {
                Path file = out.resolve(p.locale().toLanguageTag() + ".json");
                SourceExtractor.write(p.localize(src), file);
                main.out.println("wrote " + file);
            }
            return Main.OK;
        }
    }

    /** {@code bundle coverage}: how much of the article each locale translates. */
    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "Per locale: how many texts are translated, missing, stale or broken.")
    static final class CoverageCommand implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;
        @Option(names = "--min", paramLabel = "PERCENT",
                description = "Exit 1 when a locale is translated less than this (0-100; default: no minimum).")
        Double min;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            if (min != null && (min < 0 || min > 100)) throw CliException.usage("--min must be 0 to 100, was " + min);
            ContentLibrary.Entry e = source.load(main.err);
            Coverage c = Coverage.of(e.article(), e.bundles(), BundleChecker.create());
            Output.write(format == Format.JSON ? c.toJson() : c.toText(), null, main.out);
            if (min != null && !c.failingBelow(min).isEmpty()) {
                main.err.println("coverage below " + min + "%: " + c.failingBelow(min).stream()
                        .map(r -> r.locale().toLanguageTag()).toList());
                return Main.CONTENT_ERRORS;
            }
            return Main.OK;
        }
    }

    /** {@code --format} of export and import: an {@link ExchangeFormat} by its command-line name, or {@code auto}. */
    static final class ExchangeFormatConverter implements picocli.CommandLine.ITypeConverter<ExchangeFormat> {
        @Override
        public ExchangeFormat convert(String value) {
            if (value.equals("auto")) return null;
            return ExchangeFormat.byName(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a format: use xliff12, xliff20, po or pot"));
        }
    }

    /** {@code bundle export} (alias {@code export-xliff}): one locale for a translation tool. */
    @Command(name = "export", aliases = "export-xliff", mixinStandardHelpOptions = true,
            description = {"Writes one locale for a translation tool: XLIFF 1.2, XLIFF 2.0, gettext PO, or the POT template",
                    "for a new language. Missing and stale texts are marked as needing work (stale: needs-review, fuzzy)."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
                description = "The target language (not needed for --format pot).")
        Locale locale;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "xliff20", converter = ExchangeFormatConverter.class,
                description = "xliff12, xliff20, po or pot (default: ${DEFAULT-VALUE}).")
        ExchangeFormat format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically); default: stdout.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            if (format == null) throw CliException.usage("--format auto is for import; say xliff12, xliff20, po or pot");
            if (locale == null && format != ExchangeFormat.POT) {
                throw CliException.usage("--locale is required (only --format pot, the template, has no language)");
            }
            ContentLibrary.Entry e = source.load(main.err);
            Article a = e.article();
            Bundle src = SourceExtractor.extract(a);
            Locale l = locale != null ? locale : Locale.ROOT;
            Bundle target = e.bundles().article(l).filter(b -> locale != null).orElseGet(() -> new Bundle(l.toLanguageTag() + ".json",
                    l, Bundle.Kind.ARTICLE, a.id(), new BundleMetadata(a.sourceLocale(), null, false, null, null), Map.of()));
            Output.write(TranslationExchange.write(format, src, target), out, main.out);
            return Main.OK;
        }
    }

    /** {@code bundle import} (alias {@code import-xliff}): a translated file back into a bundle. */
    @Command(name = "import", aliases = "import-xliff", mixinStandardHelpOptions = true,
            description = {"Reads a translated XLIFF 1.2, XLIFF 2.0 or PO file, runs every translator check on it and writes",
                    "the bundle; bad units are reported with file:line:column and left out, the good ones written.",
                    "Exit 1 when the file or a translation has errors (the good units are still written)."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;
        @Mixin
        ArticleOptions source;
        @Option(names = "--locale", required = true, paramLabel = "TAG", converter = LocaleConverter.class,
                description = "The language the file must be for.")
        Locale locale;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = ExchangeFormatConverter.class,
                description = "auto (from the file's content), xliff12, xliff20 or po (default: ${DEFAULT-VALUE}).")
        ExchangeFormat format;
        @Option(names = "--out", paramLabel = "FILE",
                description = "Write the bundle here (atomically; .properties or JSON by extension); default: JSON on stdout.")
        Path out;
        @Parameters(paramLabel = "FILE", description = "The translated file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            Main main = bundle.main;
            if (!Files.isRegularFile(file)) throw CliException.usage(file + ": no such file");
            Article article = source.load(main.err).article();
            TranslationExchange.ImportResult r = TranslationExchange.importFile(file, format, article, locale);
            for (Problem p : r.read().problems()) main.err.println((p.isError() ? "" : "warning: ") + p);
            if (r.bundleIfUsable().isEmpty()) {
                main.err.println("healthpage bundle import: " + file + ": not usable, nothing written");
                return Main.CONTENT_ERRORS;
            }
            // every imported translation went through the translator checks too (numbers, doses, names, plurals, ...)
            if (!r.checks().findings().isEmpty()) main.err.print(r.checks().toText(false));
            Bundle b = r.bundleIfUsable().get();
            if (out != null) SourceExtractor.write(b, out);
            else Output.write(BundleWriter.json(b), null, main.out);
            return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        }
    }
}
