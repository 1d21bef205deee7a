package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Languages;
import io.healthpage.i18n.Localization;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.problem.Problem;
import io.healthpage.render.RenderResult;
import io.healthpage.safety.Html;
import io.healthpage.text.MessageFormatter;
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

/** {@code healthpage site}: every available language as a page, plus an index. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Renders the article in every available language (the source language and each bundle)",
                "as <tag>.html pages with a language switcher, plus index.html listing the languages."})
final class SiteCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleOptions source;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write to (created if missing; existing pages are replaced).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CliException.usage(out + ": --out must be a folder (it is a file)");
        }
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
