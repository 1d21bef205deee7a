package io.healthpage.examples.bench;

import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.model.Article;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.safety.Sanitizer;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The figures of issue 13 §3 in one run, for a shared, overloaded machine: the same operations as
 * {@link RenderBenchmark} measured in <em>thread CPU time</em> (time spent descheduled by other processes
 * does not count) and <em>interleaved</em> (each round runs every operation, in rotating order, so drifting
 * load hits all of them alike); medians and the median of per-round ratios. It prints
 * <ol>
 *   <li>localize es + render ÷ {@code Jsoup.clean(es output, Safelist.relaxed())} (goal ≤ 0.25);</li>
 *   <li>{@code Sanitizer.standard().sanitize(x)} ÷ {@code Jsoup.clean(x, relaxed)} for the en output and for each
 *       fragment of the sanitizer corpus, and for the corpus as a whole (sum of a round's times; goal ≤ 1.0);</li>
 *   <li>localize + render with 2 threads ÷ 1 thread: operations per second of wall time (goal ≥ 1.8), and CPU
 *       time per operation on each thread (a rise with 2 threads is contention inside the process; an
 *       unchanged one with a low wall-time ratio means the cores were busy with other work).</li>
 * </ol>
 * The system load average is printed before and after. Not a replacement for JMH on a quiet machine: CPU
 * time still includes cache and memory-bandwidth contention, and it does not see JIT or GC threads.
 *
 * <p>Usage, from the repository root: {@code java -cp examples/target/benchmarks.jar
 * io.healthpage.examples.bench.RatioHarness [warmupSeconds=20] [rounds=30] [opsPerRound=10]
 * [scalingRounds=6] [corpusDir=core/src/test/resources/io/healthpage/safety/corpus]}. Not thread-safe.
 */
public final class RatioHarness {
    private static final String DEFAULT_CORPUS = "core/src/test/resources/io/healthpage/safety/corpus";
    /** Wall time of one scaling window. */
    private static final long WINDOW_NANOS = 2_000_000_000L;

    private RatioHarness() {}

    /** Runs the harness; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int opsPerRound = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int scalingRounds = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        Path corpusDir = Path.of(args.length > 4 ? args[4] : DEFAULT_CORPUS);

        String loadBefore = load();
        BenchData data = BenchData.load();
        Article article = data.article;
        MessageFormatter formatter = MessageFormatter.create();
        Localizer localizer = Localizer.builder().bundles(data.bundles).formatter(formatter).build();
        HtmlRenderer renderer = HtmlRenderer.builder().mode(OutputMode.FRAGMENT).formatter(formatter).build();
        HtmlRenderer esRenderer = renderer.toBuilder().labels(localizer.labels(BenchData.SPANISH)).build();
        Locale es = BenchData.SPANISH;
        Safelist relaxed = Safelist.relaxed();
        Sanitizer sanitizer = Sanitizer.standard();
        String enHtml = renderer.render(article).html();
        Localization loc = localizer.localize(article, es);
        if (loc.report().translated() != loc.report().total()) throw new IllegalStateException("es not fully translated: " + loc.report());
        Article esArticle = loc.article();
        String esHtml = esRenderer.render(esArticle).html();
        Map<String, String> corpus = corpus(corpusDir);

        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        Supplier<Object> localizeAndRender = () -> esRenderer.render(localizer.localize(article, es).article()).html();
        ops.put("renderEnglish", () -> renderer.render(article).html());
        ops.put("localizeAndRenderSpanish", localizeAndRender);
        ops.put("localizeSpanish", () -> localizer.localize(article, es).article());
        ops.put("renderSpanishLocalized", () -> esRenderer.render(esArticle).html());
        ops.put("jsoupCleanEnglish", () -> Jsoup.clean(enHtml, relaxed));
        ops.put("jsoupCleanSpanish", () -> Jsoup.clean(esHtml, relaxed));
        ops.put("sanitizerEnglish", () -> sanitizer.sanitize(enHtml));
        for (Map.Entry<String, String> f : corpus.entrySet()) {
            String html = f.getValue();
            ops.put("sanitize " + f.getKey(), () -> sanitizer.sanitize(html));
            ops.put("clean " + f.getKey(), () -> Jsoup.clean(html, relaxed));
        }
        List<String> names = new ArrayList<>(ops.keySet());

        System.out.printf("RatioHarness: %s; en %d chars, es %d chars; corpus %d fragments (%s); warmup %ds, %d rounds x %d ops,"
                        + " %d scaling rounds; %s%n", data.pseudoSpanish ? "PSEUDO-TRANSLATION" : "real es.json", enHtml.length(),
                esHtml.length(), corpus.size(), corpusDir, warmupSeconds, rounds, opsPerRound, scalingRounds, System.getProperty("java.vm.version"));
        System.out.println("load before: " + loadBefore);
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
        System.out.printf("%n%-40s %10s %10s %10s   (thread CPU time, µs/op)%n", "operation", "median", "p25", "p75");
        for (String n : names) {
            double[] v = perOp.get(n).clone();
            Arrays.sort(v);
            System.out.printf("%-40s %10.1f %10.1f %10.1f%n", n, q(v, 0.5), q(v, 0.25), q(v, 0.75));
        }

        System.out.println();
        double render = ratio(perOp, "localizeAndRenderSpanish", "jsoupCleanSpanish", rounds);
        ratio(perOp, "localizeAndRenderSpanish", "jsoupCleanEnglish", rounds);
        ratio(perOp, "renderEnglish", "jsoupCleanEnglish", rounds);
        double sanitizeEn = ratio(perOp, "sanitizerEnglish", "jsoupCleanEnglish", rounds);
        System.out.println();
        double worst = 0;
        String worstName = "";
        for (String f : corpus.keySet()) {
            double r = ratio(perOp, "sanitize " + f, "clean " + f, rounds);
            if (r > worst) {
                worst = r;
                worstName = f;
            }
        }
        double[] aggregate = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double s = 0, c = 0;
            for (String f : corpus.keySet()) {
                s += perOp.get("sanitize " + f)[r];
                c += perOp.get("clean " + f)[r];
            }
            aggregate[r] = s / c;
        }
        Arrays.sort(aggregate);
        System.out.printf("ratio corpus (sum of a round's sanitize times / sum of its clean times): median %.2f (p25 %.2f, p75 %.2f)%n",
                q(aggregate, 0.5), q(aggregate, 0.25), q(aggregate, 0.75));

        System.out.println();
        double[] scaling = scaling(localizeAndRender, scalingRounds);

        String loadAfter = load();
        System.out.println();
        System.out.println("== issue 13 §3 ==");
        System.out.printf("1. localize es + render / Jsoup.clean(es output): %.2f (goal <= 0.25)%n", render);
        System.out.printf("2. sanitize / Jsoup.clean: en output %.2f; corpus aggregate %.2f; worst fragment %.2f (%s) (goal <= 1.0)%n",
                sanitizeEn, q(aggregate, 0.5), worst, worstName);
        System.out.printf("3. 2 threads / 1 thread, localize + render: wall-time throughput %.2f (goal >= 1.8); CPU time per op %.2f"
                + " (1.00 = no contention); process CPU use with 2 threads %.2f cores%n", scaling[0], scaling[1], scaling[2]);
        System.out.println("load before: " + loadBefore);
        System.out.println("load after:  " + loadAfter);
        System.out.println("(sink " + (sink == 42 ? "!" : ".") + ")");
    }

    /**
     * Runs {@code op} on 1 thread and on 2 threads for {@link #WINDOW_NANOS} of wall time each, alternating,
     * {@code rounds} times; returns the medians of (2-thread ops/s ÷ 1-thread ops/s), of (2-thread CPU µs/op ÷
     * 1-thread CPU µs/op) and of the cores the 2 threads used (their CPU time ÷ wall time).
     */
    private static double[] scaling(Supplier<Object> op, int rounds) throws InterruptedException {
        window(op, 2); // warm the two-thread path
        double[] throughput = new double[rounds];
        double[] cpuPerOp = new double[rounds];
        double[] cores = new double[rounds];
        System.out.printf("%-8s %10s %12s %12s %12s %12s%n", "round", "threads", "ops/s", "CPU µs/op", "cores used", "");
        for (int r = 0; r < rounds; r++) {
            double[] one = window(op, 1);
            double[] two = window(op, 2);
            throughput[r] = two[0] / one[0];
            cpuPerOp[r] = two[1] / one[1];
            cores[r] = two[2];
            System.out.printf("%-8d %10d %12.0f %12.1f %12.2f%n", r, 1, one[0], one[1], one[2]);
            System.out.printf("%-8d %10d %12.0f %12.1f %12.2f   ratio %.2f, CPU/op ratio %.2f%n", r, 2, two[0], two[1], two[2],
                    throughput[r], cpuPerOp[r]);
        }
        Arrays.sort(throughput);
        Arrays.sort(cpuPerOp);
        Arrays.sort(cores);
        System.out.printf("scaling 2/1 threads: throughput median %.2f (p25 %.2f, p75 %.2f); CPU per op median %.2f (p25 %.2f, p75 %.2f)%n",
                q(throughput, 0.5), q(throughput, 0.25), q(throughput, 0.75), q(cpuPerOp, 0.5), q(cpuPerOp, 0.25), q(cpuPerOp, 0.75));
        return new double[] {q(throughput, 0.5), q(cpuPerOp, 0.5), q(cores, 0.5)};
    }

    /** {ops per second of wall time, CPU µs per op, cores used} of {@code threads} threads running {@code op} for one window. */
    private static double[] window(Supplier<Object> op, int threads) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] ops = new long[threads];
        long[] cpu = new long[threads];
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long c0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                int sink = 0;
                while (!stop.get()) {
                    sink += op.get().hashCode();
                    n++;
                }
                cpu[id] = mx.getCurrentThreadCpuTime() - c0;
                ops[id] = n;
                if (sink == 42) System.out.print(""); // keeps the results alive
            }, "scaling-" + t);
            ts[t].start();
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        Thread.sleep(WINDOW_NANOS / 1_000_000);
        stop.set(true);
        for (Thread t : ts) t.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        long totalOps = 0;
        long totalCpu = 0;
        for (int t = 0; t < threads; t++) {
            totalOps += ops[t];
            totalCpu += cpu[t];
        }
        return new double[] {totalOps / wall, totalCpu / 1000.0 / Math.max(1, totalOps), totalCpu / 1e9 / wall};
    }

    /** The fragments listed in the corpus README, by file name, in order. */
    private static Map<String, String> corpus(Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            throw new IllegalArgumentException("no sanitizer corpus at " + dir.toAbsolutePath()
                    + ": run from the repository root or pass the corpus folder as the fifth argument");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\| `([0-9]{2}-[a-z0-9-]+\\.html)` \\|").matcher(Files.readString(readme, StandardCharsets.UTF_8));
        while (m.find()) out.put(m.group(1), Files.readString(dir.resolve(m.group(1)), StandardCharsets.UTF_8));
        return out;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1/5/15-minute load average, runnable/total, last pid)";
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f (1-minute load average)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double ratio(Map<String, double[]> perOp, String a, String b, int rounds) {
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) r[i] = perOp.get(a)[i] / perOp.get(b)[i];
        Arrays.sort(r);
        System.out.printf("ratio %s / %s: median %.2f (p25 %.2f, p75 %.2f)%n", a, b, q(r, 0.5), q(r, 0.25), q(r, 0.75));
        return q(r, 0.5);
    }

    private static double q(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
