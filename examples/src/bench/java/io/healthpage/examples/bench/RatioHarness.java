package io.healthpage.examples.bench;

import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.model.Article;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.text.MessageFormatter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A companion to the JMH benchmarks for a shared, overloaded machine: measures the same operations
 * as {@link RenderBenchmark} in <em>thread CPU time</em> (so time spent descheduled by other
 * processes does not count) and <em>interleaved</em> (each round runs every operation, in rotating
 * order, so drifting load hits all of them alike), then reports medians and the median of the
 * per-round ratios. Not a replacement for JMH on a quiet machine: CPU time still includes cache
 * and memory-bandwidth contention, and it does not see JIT or GC threads.
 *
 * <p>Usage: {@code java -cp examples/target/benchmarks.jar io.healthpage.examples.bench.RatioHarness
 * [warmupSeconds=20] [rounds=40] [opsPerRound=10]}. Single-threaded; not thread-safe.
 */
public final class RatioHarness {
    private RatioHarness() {}

    /** Runs the harness; see the class comment for the arguments. */
    public static void main(String[] args) {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int opsPerRound = args.length > 2 ? Integer.parseInt(args[2]) : 10;

        BenchData data = BenchData.load();
        Article article = data.article;
        MessageFormatter formatter = MessageFormatter.create();
        Localizer localizer = Localizer.builder().bundles(data.bundles).formatter(formatter).build();
        HtmlRenderer renderer = HtmlRenderer.builder().mode(OutputMode.FRAGMENT).formatter(formatter).build();
        HtmlRenderer esRenderer = renderer.toBuilder().labels(localizer.labels(BenchData.SPANISH)).build();
        Locale es = BenchData.SPANISH;
        Safelist relaxed = Safelist.relaxed();
        String enHtml = renderer.render(article).html();
        Localization loc = localizer.localize(article, es);
        if (loc.report().translated() != loc.report().total()) throw new IllegalStateException("es not fully translated: " + loc.report());
        Article esArticle = loc.article();
        String esHtml = esRenderer.render(esArticle).html();

        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("renderEnglish", () -> renderer.render(article).html());
        ops.put("localizeAndRenderSpanish", () -> esRenderer.render(localizer.localize(article, es).article()).html());
        ops.put("localizeSpanish", () -> localizer.localize(article, es).article());
        ops.put("renderSpanishLocalized", () -> esRenderer.render(esArticle).html());
        ops.put("jsoupCleanEnglish", () -> Jsoup.clean(enHtml, relaxed));
        ops.put("jsoupCleanSpanish", () -> Jsoup.clean(esHtml, relaxed));
        ops.put("sanitizerEnglish", () -> io.healthpage.safety.Sanitizer.standard().sanitize(enHtml));
        List<String> names = new ArrayList<>(ops.keySet());

        System.out.printf("pseudo-translation: %s; en %d chars, es %d chars; warmup %ds, %d rounds x %d ops%n",
                data.pseudoSpanish, enHtml.length(), esHtml.length(), warmupSeconds, rounds, opsPerRound);
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < until) {
            for (Supplier<Object> op : ops.values()) sink += op.get().hashCode();
        }

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, double[]> perOp = new LinkedHashMap<>();
        for (String n : names) perOp.put(n, new double[rounds]);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String n = names.get((k + r) % names.size());
                Supplier<Object> op = ops.get(n);
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < opsPerRound; i++) sink += op.get().hashCode();
                perOp.get(n)[r] = (mx.getCurrentThreadCpuTime() - t0) / 1000.0 / opsPerRound;
            }
        }
        System.out.printf("%-26s %12s %12s %12s   (thread CPU time, µs/op)%n", "operation", "median", "p25", "p75");
        for (String n : names) {
            double[] v = perOp.get(n).clone();
            Arrays.sort(v);
            System.out.printf("%-26s %12.1f %12.1f %12.1f%n", n, q(v, 0.5), q(v, 0.25), q(v, 0.75));
        }
        ratio(perOp, "localizeAndRenderSpanish", "jsoupCleanSpanish", rounds);
        ratio(perOp, "localizeAndRenderSpanish", "jsoupCleanEnglish", rounds);
        ratio(perOp, "renderEnglish", "jsoupCleanEnglish", rounds);
        System.out.println("(sink " + (sink == 42 ? "!" : ".") + ")");
    }

    private static void ratio(Map<String, double[]> perOp, String a, String b, int rounds) {
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) r[i] = perOp.get(a)[i] / perOp.get(b)[i];
        Arrays.sort(r);
        System.out.printf("ratio %s / %s: median %.2f (p25 %.2f, p75 %.2f)%n", a, b, q(r, 0.5), q(r, 0.25), q(r, 0.75));
    }

    private static double q(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
