package io.healthpage.examples.bench;

import io.healthpage.i18n.Localizer;
import io.healthpage.model.Article;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.text.MessageFormatter;
import java.util.function.Supplier;

/**
 * The operations {@link AbHarness} compares, built from the benchmark data as {@link RatioHarness} builds them
 * (one formatter shared by localizer and renderer, fragment mode, the es labels). Uses only API the library
 * had at 3988fb1, so it also runs against an older benchmarks jar. Not thread-safe.
 */
public final class RenderOps {
    private RenderOps() {}

    /**
     * The operation {@code mode} names: {@code loc} (localize es), {@code render} (render the localized es
     * article), {@code en} (render en), anything else localize es + render.
     */
    public static Supplier<Object> make(String mode) {
        BenchData data = BenchData.load();
        Article article = data.article;
        MessageFormatter formatter = MessageFormatter.create();
        Localizer localizer = Localizer.builder().bundles(data.bundles).formatter(formatter).build();
        HtmlRenderer renderer = HtmlRenderer.builder().mode(OutputMode.FRAGMENT).formatter(formatter).build();
        HtmlRenderer es = renderer.toBuilder().labels(localizer.labels(BenchData.SPANISH)).build();
        Article esArticle = localizer.localize(article, BenchData.SPANISH).article();
        switch (mode) {
            case "loc": return () -> localizer.localize(article, BenchData.SPANISH).article();
            case "render": return () -> es.render(esArticle).html();
            case "en": return () -> renderer.render(article).html();
            default: return () -> es.render(localizer.localize(article, BenchData.SPANISH).article()).html();
        }
    }
}
