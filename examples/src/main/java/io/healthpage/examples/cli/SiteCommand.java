package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Languages;
import io.healthpage.jakarta.ContentSource;
import io.healthpage.jakarta.StaticSite;
import io.healthpage.i18n.Localization;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.problem.Problem;
import io.healthpage.render.RenderResult;
import io.healthpage.safety.Html;
import io.healthpage.text.MessageFormatter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code healthpage site}: one article in every available language as a page, plus an index; or, with
 * {@code --content}, every article of a content folder in every language it has, written and kept up to
 * date by {@link StaticSite}.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Renders the article in every available language (the source language and each bundle)",
                "as <tag>.html pages with a language switcher, plus index.html listing the languages.",
                "With --content: every article of a content folder in every language it has, as <tag>/<article-id>.html",
                "pages with JSON-LD, <tag>/index.html listing each language's articles, index.html listing the languages",
                "and sitemap.xml naming the translations (hreflang). Incremental: pages whose inputs did not change are",
                "not written again; the pages of removed articles are removed."})
final class SiteCommand implements Callable<Integer> {
    /** Notes about pages shown partly in another language: at most this many, then a count. */
    static final int MAX_NOTES = 10;

    @ParentCommand
    Main main;

    @Mixin
    ArticleOptions source;

    @Option(names = "--content", paramLabel = "DIR",
            description = "A content folder: <article-id>/article.json and <article-id>/i18n/<locale>.json for each article.")
    Path content;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write to (created if missing; existing pages are replaced). With --content, files "
                    + "healthpage did not write are left alone.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "With --content: the address the site is published at, for canonical links and sitemap.xml "
                    + "(default: " + StaticSite.DEFAULT_BASE_URL + ", a local preview).")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "With --content: how many pages to render at once (default: the number of processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CliException.usage(out + ": --out must be a folder (it is a file)");
        }
        if (content != null) return contentSite();
        if (baseUrl != null || threads != null) throw CliException.usage("--base-url and --threads need --content");
        ContentLibrary.Entry entry = source.load(main.err);
        List<Locale> locales = entry.locales();
        List<Languages.SwitcherEntry> languages = Languages.switcherEntries(locales);
        List<Alternate> alternates = new ArrayList<>();
        for (Languages.SwitcherEntry e : languages) alternates.add(new Alternate(e.locale(), fileName(e.locale()), e.nativeName()));
        MessageFormatter formatter = MessageFormatter.create();
        HtmlRenderer base = HtmlRenderer.builder().mode(OutputMode.PAGE).formatter(formatter).build();
        Files.createDirectories(out);
        String sourceTitle = null;
        String languagesLabel = null;
        int n = 0;
        for (Locale locale : locales) {
            n++;
            if (main.interactive) main.err.printf("site: %s (%d/%d)%n", locale.toLanguageTag(), n, locales.size());
            Localization loc = ArticleOptions.localize(entry, locale, formatter, main.err);
            RenderResult r = base.render(loc.article(), loc.pageContext(alternates)); // the context carries the labels
            for (Problem p : r.problems()) main.err.println("warning: " + locale.toLanguageTag() + ": " + RenderCommand.line(p));
            Output.writeAtomically(out.resolve(fileName(locale)), r.html());
            if (sourceTitle == null) { // the first locale is the source: the index is in its language
                sourceTitle = formatter.format(loc.article().title()).plainText();
                languagesLabel = formatter.format(loc.labels().get("languages")).plainText();
            }
        }
        Output.writeAtomically(out.resolve("index.html"),
                index(entry.article().sourceLocale(), sourceTitle, languagesLabel, languages));
        main.out.println("site: " + locales.size() + " language" + (locales.size() == 1 ? "" : "s") + " ("
                + String.join(", ", locales.stream().map(Locale::toLanguageTag).toList()) + ") written to "
                + out.resolve("index.html"));
        return Main.OK;
    }

    /** {@code --content}: the whole content folder, incrementally. */
    private int contentSite() throws Exception {
        if (source.article != null || source.bundles != null) {
            throw CliException.usage("--content cannot be combined with --article or --bundles: a content folder has "
                    + "each article's bundles in <article-id>/i18n/");
        }
        if (!Files.isDirectory(content)) {
            throw CliException.usage(content + ": --content must name a folder of articles (<article-id>/article.json)");
        }
        StaticSite.Builder b = StaticSite.builder(ContentSource.directory(content));
        if (baseUrl != null) {
            try {
                b.baseUrl(baseUrl);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--base-url: " + e.getMessage());
            }
        } else {
            main.err.println("note: no --base-url: canonical links and sitemap.xml use " + StaticSite.DEFAULT_BASE_URL
                    + " (a local preview); give the address you publish at with --base-url");
        }
        if (threads != null) {
            if (threads < 1) throw CliException.usage("--threads must be at least 1, was " + threads);
            b.threads(threads);
        }
        Progress progress = main.interactive ? new Progress(main.err) : null;
        if (progress != null) b.progress(progress);
        StaticSite.Result r = b.build().write(out);
        if (progress != null) progress.clear();

        for (Problem p : r.problems()) main.err.println(p); // where, severity, rule, what and what to do
        notes(r, main.err);
        String languages = String.join(", ", r.languages().stream().map(Locale::toLanguageTag).toList());
        main.out.printf(Locale.ROOT, "site: %d page%s of %d article%s in %d language%s (%s): %d written, %d unchanged, %d removed"
                        + " in %.1f s; %s%n",
                r.pages().size(), plural(r.pages().size()), r.articles(), plural(r.articles()), r.languages().size(),
                plural(r.languages().size()), languages, r.pagesWritten(), r.pagesUnchanged(), r.pagesRemoved(),
                r.elapsed().toNanos() / 1e9, out.resolve("index.html"));
        return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** One note per page that shows texts in another language (at most {@value #MAX_NOTES}, then how many more). */
    static void notes(StaticSite.Result r, PrintStream err) {
        List<StaticSite.Page> partly = r.pages().stream().filter(p -> p.fallbackTexts() > 0).toList();
        for (int i = 0; i < partly.size() && i < MAX_NOTES; i++) {
            StaticSite.Page p = partly.get(i);
            err.println("note: " + p.path() + ": " + p.fallbackTexts() + " of " + p.texts()
                    + " texts are shown in another language (missing, stale or rejected translations), each marked with its lang");
        }
        if (partly.size() > MAX_NOTES) {
            err.println("note: ... and " + (partly.size() - MAX_NOTES) + " more pages; 'healthpage bundle coverage' tells per language");
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A one-line counter on a terminal, redrawn at most every 100 ms. Thread-safe. */
    static final class Progress implements StaticSite.Progress {
        private final PrintStream err;
        private long last;
        private boolean shown;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void update(int done, int total) {
            long now = System.nanoTime();
            if (done < total && shown && now - last < 100_000_000L) return;
            last = now;
            shown = true;
            err.print("\rsite: " + done + "/" + total + " pages");
            err.flush();
        }

        synchronized void clear() {
            if (shown) err.print("\r\033[K");
            err.flush();
        }
    }

    /** The page file of a locale: {@code es.html}, {@code zh-Hans.html}. */
    static String fileName(Locale locale) {
        return locale.toLanguageTag() + ".html";
    }

    /**
     * The index page: a complete, accessible document in the source language (lang, title, main, h1)
     * listing each language by its own name, each link marked with its {@code lang}, {@code hreflang}
     * and direction.
     */
    static String index(Locale pageLocale, String title, String languagesLabel, List<Languages.SwitcherEntry> languages) {
        String tag = pageLocale.toLanguageTag();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escapeAttr(tag)).append("\" dir=\"")
                .append(Languages.isRightToLeft(pageLocale) ? "rtl" : "ltr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escapeText(title)).append("</title>\n");
        for (Languages.SwitcherEntry e : languages) {
            sb.append("<link rel=\"alternate\" hreflang=\"").append(Html.escapeAttr(e.tag())).append("\" href=\"")
                    .append(Html.escapeAttr(fileName(e.locale()))).append("\">\n");
        }
        sb.append("<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
                + "li{margin:.5rem 0}a{color:#0b57d0}</style>\n");
        sb.append("</head>\n<body>\n<main>\n<h1>").append(Html.escapeText(title)).append("</h1>\n")
                .append("<nav aria-label=\"").append(Html.escapeAttr(languagesLabel)).append("\">\n<ul>\n");
        for (Languages.SwitcherEntry e : languages) {
            sb.append("<li><a href=\"").append(Html.escapeAttr(fileName(e.locale()))).append("\" hreflang=\"")
                    .append(Html.escapeAttr(e.tag())).append("\" lang=\"").append(Html.escapeAttr(e.tag()))
                    .append("\" dir=\"").append(e.rightToLeft() ? "rtl" : "ltr").append("\">")
                    .append(Html.escapeText(e.nativeName())).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }
}
