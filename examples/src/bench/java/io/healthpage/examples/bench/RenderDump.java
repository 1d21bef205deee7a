package io.healthpage.examples.bench;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.model.Article;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.JsonLdRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.render.PageContext;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes what the renderer makes of the example article in every locale it has (and the pseudo-locales
 * of the example content, if any), fragment and page, plus the JSON-LD, into a folder: run it on two
 * builds and {@code diff -r} the folders to show a change kept the output byte for byte. Each output is
 * rendered three times with the same (warm) renderer and must come out the same each time, so caches
 * are exercised too. Not thread-safe; a command-line tool.
 *
 * <p>Usage: {@code java -cp examples/target/benchmarks.jar io.healthpage.examples.bench.RenderDump OUT_DIR}
 */
public final class RenderDump {
    private RenderDump() {}

    /** Dumps into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ContentLibrary.Entry entry = ContentLibrary.builtIn().article(BenchData.ARTICLE_ID).orElseThrow();
        Article article = entry.article();
        MessageFormatter formatter = MessageFormatter.create();
        Localizer localizer = Localizer.builder().bundles(entry.bundles()).formatter(formatter).build();
        TreeSet<String> tags = new TreeSet<>();
        tags.add(article.sourceLocale().toLanguageTag());
        for (Locale l : entry.bundles().locales()) tags.add(l.toLanguageTag());
        tags.add("en-GB");
        tags.add("es-MX"); // a fallback chain
        List<Alternate> alternates = new ArrayList<>();
        for (String t : tags) alternates.add(new Alternate(Locale.forLanguageTag(t), t + ".html", t));
        int files = 0;
        for (String t : tags) {
            Locale locale = Locale.forLanguageTag(t);
            for (OutputMode mode : OutputMode.values()) {
                HtmlRenderer renderer = HtmlRenderer.builder().mode(mode).formatter(formatter)
                        .labels(localizer.labels(locale)).build();
                String first = null;
                for (int i = 0; i < 3; i++) {
                    Localization loc = localizer.localize(article, locale);
                    PageContext ctx = new PageContext(loc.medicallyReviewed(), alternates, null);
                    String html = renderer.render(loc.article(), ctx).html() + "\n<!-- problems: "
                            + renderer.render(loc.article(), ctx).problems() + " -->\n";
                    if (first == null) first = html;
                    else if (!first.equals(html)) throw new IllegalStateException("render " + i + " of " + t + " " + mode + " differs from the first");
                }
                Files.writeString(out.resolve(t + "-" + mode.name().toLowerCase(Locale.ROOT) + ".html"), first, StandardCharsets.UTF_8);
                files++;
            }
            Localization loc = localizer.localize(article, locale);
            String ld = JsonLdRenderer.builder().formatter(formatter).build().render(loc.article());
            Files.writeString(out.resolve(t + "-jsonld.json"), ld + "\n<!-- report: " + loc.report() + " -->\n", StandardCharsets.UTF_8);
            files++;
        }
        System.out.println(files + " files for " + tags + " in " + out);
    }
}
