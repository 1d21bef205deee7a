package io.healthpage.examples.bench;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Two builds of the library in one JVM, interleaved: each has its own class loader ({@code A} and {@code B}
 * classpaths), both run {@link RenderOps#make the same operation}, rounds alternate which goes first, and each
 * round's time is thread CPU time; it prints the medians and the median of per-round B/A ratios. On a shared,
 * loaded machine this is the figure of a change that drifting load distorts least. Before measuring it checks that
 * both builds produce the same output (except for {@code loc}, whose result is an article). Not thread-safe.
 *
 * <p>Usage: {@code java -cp OPS AbHarness MODE ROUNDS CLASSPATH_A CLASSPATH_B}, each classpath ':'-separated
 * and starting with a directory holding {@link RenderOps}; see {@code examples/src/bench/ab-render.sh}.
 */
public final class AbHarness {
    private static final int OPS_PER_ROUND = 200;

    private AbHarness() {}

    /** Runs the comparison; see the class comment. */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rounds = Integer.parseInt(args[1]);
        Supplier<Object>[] ops = new Supplier[2];
        for (int k = 0; k < 2; k++) {
            String[] parts = args[2 + k].split(":");
            URL[] urls = new URL[parts.length];
            for (int i = 0; i < parts.length; i++) urls[i] = Path.of(parts[i]).toUri().toURL();
            ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            ops[k] = (Supplier<Object>) cl.loadClass("io.healthpage.examples.bench.RenderOps").getMethod("make", String.class).invoke(null, mode);
        }
        if (!mode.equals("loc") && !ops[0].get().equals(ops[1].get())) {
            throw new IllegalStateException("A and B render different output: compare their bytes first");
        }
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime() + 8_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < warm) for (Supplier<Object> op : ops) for (int i = 0; i < 50; i++) sink += op.get().hashCode();
        double[][] micros = new double[2][rounds];
        double[][] kilobytes = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < 2; j++) {
                int k = (r + j) % 2;
                long c0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < OPS_PER_ROUND; i++) sink += ops[k].get().hashCode();
                micros[k][r] = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / OPS_PER_ROUND;
                kilobytes[k][r] = (mx.getCurrentThreadAllocatedBytes() - a0) / 1024.0 / OPS_PER_ROUND;
            }
            ratio[r] = micros[1][r] / micros[0][r];
        }
        for (int k = 0; k < 2; k++) {
            Arrays.sort(micros[k]);
            Arrays.sort(kilobytes[k]);
        }
        Arrays.sort(ratio);
        System.out.printf("%s: A %.1f us/op %.1f KB/op | B %.1f us/op %.1f KB/op | B/A median %.3f (p25 %.3f, p75 %.3f)%s%n", mode,
                micros[0][rounds / 2], kilobytes[0][rounds / 2], micros[1][rounds / 2], kilobytes[1][rounds / 2],
                ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], sink == 42 ? " " : "");
    }
}
