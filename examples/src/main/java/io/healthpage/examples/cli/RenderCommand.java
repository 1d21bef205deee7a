package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Localization;
import io.healthpage.json.ArticleJson;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.JsonLdRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.problem.Problem;
import io.healthpage.render.RenderResult;
import io.healthpage.text.MessageFormatter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code healthpage render}: one article in one language. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders one article in one language.",
                "Texts without a usable translation are shown in the source language and marked with lang."})
final class RenderCommand implements Callable<Integer> {
    /** What {@code render} writes. */
    enum Format {
        /** An {@code <article>} to embed in a page. */
        FRAGMENT,
        /** A complete HTML document with stylesheet and JSON-LD. */
        PAGE,
        /** schema.org JSON-LD. */
        JSONLD,
        /** The localized article in the article JSON format. */
        JSON
    }

    @ParentCommand
    Main main;

    @Mixin
    ArticleOptions source;

    @Option(names = "--locale", required = true, paramLabel = "TAG", converter = LocaleConverter.class,
            description = "The language, a BCP 47 tag: en, es, ar, zh-Hans, pt-BR, ...")
    Locale locale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "page",
            description = "fragment, page, jsonld or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (atomically: the file is replaced whole or not at all); default: stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ContentLibrary.Entry entry = source.load(main.err);
        MessageFormatter formatter = MessageFormatter.create();
        Localization loc = ArticleOptions.localize(entry, locale, formatter, main.err);
        String text;
        switch (format) {
            case FRAGMENT, PAGE -> {
                RenderResult r = HtmlRenderer.builder()
                        .mode(format == Format.PAGE ? OutputMode.PAGE : OutputMode.FRAGMENT)
                        .labels(loc.labels())
                        .formatter(formatter)
                        .build()
                        .render(loc.article(), loc.pageContext(List.of()));
                for (Problem p : r.problems()) main.err.println("warning: " + line(p));
                text = r.html();
            }
            case JSONLD -> {
                JsonLdRenderer.Result r = JsonLdRenderer.builder().formatter(formatter).build()
                        .renderWithProblems(loc.article());
                for (Problem p : r.problems()) main.err.println("warning: " + p.message());
                text = r.json();
            }
            case JSON -> text = ArticleJson.reader().write(loc.article());
            default -> throw new IllegalStateException("format " + format);
        }
        Output.write(text, out, main.out);
        return Main.OK;
    }

    /** A render problem as a warning line: {@code render.url-dropped [key]: message}. */
    static String line(Problem p) {
        return p.rule() + (p.key() == null ? "" : " [" + p.key() + "]") + ": " + p.message();
    }
}
