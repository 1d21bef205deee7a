package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.LocalizationReport;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --article} / {@code --bundles} options shared by the commands, and loading what they name. */
final class ArticleOptions {
    /** The built-in example article used when no {@code --article} is given. */
    static final String DEFAULT_ID = "ketamine-pain-relief";

    @Option(names = "--article", paramLabel = "FILE",
            description = "The article JSON file (default: the built-in example '" + DEFAULT_ID + "').")
    Path article;

    @Option(names = "--bundles", paramLabel = "DIR",
            description = "The folder of translation bundles (<locale>.json or .properties; default: the i18n "
                    + "folder next to the article).")
    Path bundles;

    /**
     * Loads the article and its bundles; bundle problems are printed on {@code err} as warnings.
     *
     * @throws io.healthpage.json.ArticleFormatException if the article file is not a valid article
     * @throws CliException if a named file or folder does not exist
     */
    ContentLibrary.Entry load(PrintStream err) throws IOException {
        return load(err, true);
    }

    /**
     * Loads the article and its bundles, as {@link #load(PrintStream)}; with {@code bundleWarnings} false the
     * bundles' loading problems are not printed (a command that reports them itself, as {@code bundle check}).
     */
    ContentLibrary.Entry load(PrintStream err, boolean bundleWarnings) throws IOException {
        if (bundles != null && !Files.isDirectory(bundles)) {
            throw CliException.usage(bundles + ": --bundles must name an existing folder of bundle files");
        }
        ContentLibrary.Entry entry;
        List<String> problems;
        if (article != null) {
            if (!Files.isRegularFile(article)) {
                throw CliException.usage(article + ": no such file (--article must name an article JSON file)");
            }
            Path dir = bundles != null ? bundles : defaultBundleDir(article);
            ContentLibrary lib = ContentLibrary.single(article, dir);
            entry = lib.entries().get(0);
            problems = lib.problems();
        } else {
            ContentLibrary lib = ContentLibrary.builtIn();
            entry = lib.article(DEFAULT_ID).orElseThrow(() -> new CliException(Main.USAGE,
                    "the built-in example article '" + DEFAULT_ID + "' is missing: " + lib.problems()));
            problems = lib.problems();
            if (bundles != null) {
                BundleSet set = loadBundles(entry.article(), bundles);
                entry = new ContentLibrary.Entry(entry.article(), set, bundles.toString());
                problems = set.problems().stream().map(Problem::toString).toList();
            }
        }
        if (bundleWarnings) for (String p : problems) err.println("warning: " + p);
        return entry;
    }

    private static Path defaultBundleDir(Path articleFile) {
        Path parent = articleFile.toAbsolutePath().getParent();
        return parent.resolve("i18n");
    }

    private static BundleSet loadBundles(Article a, Path dir) {
        Set<String> keys = new HashSet<>();
        for (Message m : a.messages()) keys.add(m.key());
        return BundleSet.loadDirectory(dir, BundleLoader.create().withKnownKeys(keys).withArticleId(a.id()));
    }

    /** Localizes the entry's article into {@code locale}, printing a one-line note when texts fall back. */
    static Localization localize(ContentLibrary.Entry entry, Locale locale, MessageFormatter formatter, PrintStream err) {
        Localization loc = Localizer.builder().bundles(entry.bundles()).formatter(formatter)
                .translationCheck(BundleChecker.create().asTranslationCheck(entry.article())) // a changed dose is never shown
                .build().localize(entry.article(), locale);
        LocalizationReport r = loc.report();
        String tag = locale.toLanguageTag();
        String source = entry.article().sourceLocale().toLanguageTag();
        if (r.fallback() > 0 && r.translated() == 0) {
            err.println("note: no translation into " + tag + " (available: " + entry.locales().stream()
                    .map(Locale::toLanguageTag).collect(Collectors.joining(", "))
                    + "); the text is shown in " + source + ", marked with lang=\"" + source + "\"");
        } else if (r.fallback() > 0) {
            err.println("note: " + tag + ": " + r.fallback() + " of " + r.total() + " texts are shown in " + source
                    + " (missing " + r.missing() + ", stale " + r.stale() + ", broken " + r.broken() + ")");
        }
        return loc;
    }
}
