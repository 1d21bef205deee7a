package io.healthpage.examples.bench;

import io.healthpage.i18n.Localization;
import io.healthpage.i18n.LocalizationReport;
import io.healthpage.i18n.Localizer;
import io.healthpage.model.Article;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.render.PageContext;
import io.healthpage.safety.Sanitizer;
import io.healthpage.text.MessageFormatter;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm rendering of the example article as a fragment, against the baseline of cleaning the same
 * output once with jsoup ({@code Jsoup.clean(html, Safelist.relaxed())}). Issue #4's goal: the whole
 * localize + render (+ our built-in sanitization) costs no more than that one clean.
 *
 * <p>The state is shared by all threads ({@link Scope#Benchmark}): one formatter, one renderer per
 * locale, one localizer, as a server would hold them. Not a test; run it from the benchmarks jar
 * (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
    private Article article;
    private Localizer localizer;
    private HtmlRenderer renderer;
    private HtmlRenderer spanishRenderer;
    private Article spanishArticle;
    private Safelist relaxed;
    private String englishHtml;
    private String spanishHtml;

    /** Loads the example, builds the shared renderer and localizer and checks the Spanish translation is complete. */
    @Setup
    public void setup() {
        BenchData data = BenchData.load();
        article = data.article;
        MessageFormatter formatter = MessageFormatter.create();
        localizer = Localizer.builder().bundles(data.bundles).formatter(formatter).build();
        renderer = HtmlRenderer.builder().mode(OutputMode.FRAGMENT).formatter(formatter).build();
        spanishRenderer = renderer.toBuilder().labels(localizer.labels(BenchData.SPANISH)).build();
        Localization es = localizer.localize(article, BenchData.SPANISH);
        LocalizationReport report = es.report();
        if (report.translated() != report.total()) {
            throw new IllegalStateException("the Spanish bundle" + (data.pseudoSpanish ? " (pseudo-translation)" : "")
                    + " does not translate every unit, so the benchmark would measure fallbacks: " + report);
        }
        spanishArticle = es.article();
        relaxed = Safelist.relaxed();
        englishHtml = renderer.render(article).html();
        spanishHtml = spanishRenderer.render(spanishArticle).html();
        System.out.printf("%n[setup] Spanish bundle: %s; %d units translated; fragment sizes: en %d chars, es %d chars%n",
                data.pseudoSpanish ? "GENERATED PSEUDO-TRANSLATION (no es.json in the example content)" : "examples/content/.../i18n/es.json",
                report.translated(), englishHtml.length(), spanishHtml.length());
    }

    /** 1. Render the source (en) article as a fragment. */
    @Benchmark
    public String renderEnglish() {
        return renderer.render(article).html();
    }

    /** 2. Localize into es and render the fragment: the whole per-request pipeline for a translated page. */
    @Benchmark
    public String localizeAndRenderSpanish() {
        Localization es = localizer.localize(article, BenchData.SPANISH);
        return spanishRenderer.render(es.article(), PageContext.NONE).html();
    }

    /** 2a. Localize into es only (part of 2). */
    @Benchmark
    public Article localizeSpanish() {
        return localizer.localize(article, BenchData.SPANISH).article();
    }

    /** 2b. Render an already localized es article (the other part of 2). */
    @Benchmark
    public String renderSpanishLocalized() {
        return spanishRenderer.render(spanishArticle).html();
    }

    /** 3. Baseline: jsoup cleans the en output once with its relaxed safelist. */
    @Benchmark
    public String jsoupCleanEnglish() {
        return Jsoup.clean(englishHtml, relaxed);
    }

    /** 3b. Baseline for the es ratio: jsoup cleans the es output once. */
    @Benchmark
    public String jsoupCleanSpanish() {
        return Jsoup.clean(spanishHtml, relaxed);
    }

    /** 4. Our public sanitizer (full parse + clean + serialise) over the en output, for comparison. */
    @Benchmark
    public String sanitizerEnglish() {
        return Sanitizer.standard().sanitize(englishHtml);
    }
}
