package io.healthpage.examples.bench;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Arg;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.YearArg;
import io.healthpage.text.MessageFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue #3's formatting micro-benchmark: every message of the example article formatted once per
 * operation with the cached {@link MessageFormatter} (patterns parsed once), with caching off (each
 * pattern parsed on every call), and with raw ICU as a reference.
 *
 * <p>The raw-ICU variants get the numeric arguments as numbers and every other argument as its
 * {@code toString()} (they do no typed-argument formatting, inline-tag parsing or bidi marking), so
 * they are a floor, not an equivalent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FormatBenchmark {
    private List<Message> messages;
    private MessageFormatter cached;
    private MessageFormatter uncached;
    private ULocale[] locales;
    private String[] patterns;
    private List<Map<String, Object>> icuArgs;
    private MessageFormat[] icuPrebuilt;

    /** Loads the example's messages, warms the cached formatter and prepares the raw-ICU inputs. */
    @Setup
    public void setup() {
        messages = BenchData.load().article.messages();
        cached = MessageFormatter.create();
        uncached = MessageFormatter.withCacheSize(0);
        int n = messages.size();
        locales = new ULocale[n];
        patterns = new String[n];
        icuArgs = new ArrayList<>(n);
        icuPrebuilt = new MessageFormat[n];
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            cached.format(m);
            locales[i] = ULocale.forLocale(m.locale());
            patterns[i] = m.pattern();
            Map<String, Object> values = new HashMap<>();
            for (Map.Entry<String, Arg> e : m.args().entrySet()) values.put(e.getKey(), icuValue(e.getValue()));
            icuArgs.add(values);
            icuPrebuilt[i] = new MessageFormat(patterns[i], locales[i]);
        }
        System.out.printf("%n[setup] %d messages, %d compiled patterns cached%n", n, cached.cachedPatterns());
    }

    private static Object icuValue(Arg a) {
        if (a instanceof NumberArg n) return n.value();
        if (a instanceof PercentArg p) return p.percent();
        if (a instanceof YearArg y) return y.year();
        return a.toString();
    }

    /** All messages through the cached formatter (the normal path). */
    @Benchmark
    public void formatterCached(Blackhole bh) {
        for (Message m : messages) bh.consume(cached.format(m));
    }

    /** All messages through a formatter with no cache: every pattern is parsed on every call. */
    @Benchmark
    public void formatterUncached(Blackhole bh) {
        for (Message m : messages) bh.consume(uncached.format(m));
    }

    /** Reference: raw ICU, {@code new MessageFormat(pattern, locale).format(args)} per message. */
    @Benchmark
    public void icuParseAndFormat(Blackhole bh) {
        for (int i = 0; i < patterns.length; i++) bh.consume(new MessageFormat(patterns[i], locales[i]).format(icuArgs.get(i)));
    }

    /** Reference: raw ICU formatting with pre-parsed patterns (single thread; MessageFormat is not thread-safe). */
    @Benchmark
    public void icuPrebuiltFormat(Blackhole bh) {
        for (int i = 0; i < icuPrebuilt.length; i++) bh.consume(icuPrebuilt[i].format(icuArgs.get(i)));
    }
}
