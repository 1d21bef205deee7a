package io.healthpage.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.LocalizedNumberRangeFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberRangeFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Arg;
import io.healthpage.model.DateArg;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.RangeArg;
import io.healthpage.model.TextArg;
import io.healthpage.model.YearArg;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Formats typed arguments with ICU's immutable number, unit and range formatters (cached per
 * locale and unit) and date formats (pooled clones: ICU DateFormat is not thread-safe). Arguments
 * are immutable values and formatting them is deterministic, so results are cached per (argument,
 * locale), bounded. Thread-safe.
 */
final class ArgFormatter {
    private static final int MAX_CACHE = 2048;
    private static final int MAX_RESULTS = 8192;
    private final ConcurrentHashMap<ResultKey, String> results = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LocalizedNumberFormatter> numbers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LocalizedNumberRangeFormatter> ranges = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<DateFormat>> dates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DateFormat> datePrototypes = new ConcurrentHashMap<>();

    private record ResultKey(Arg arg, ULocale locale) {}

    String format(Arg arg, ULocale locale) {
        if (arg instanceof TextArg t) return t.text();
        ResultKey k = new ResultKey(arg, locale);
        String cached = results.get(k);
        if (cached != null) return cached;
        String s = formatUncached(arg, locale);
        if (results.size() < MAX_RESULTS) results.putIfAbsent(k, s);
        return s;
    }

    private String formatUncached(Arg arg, ULocale locale) {
        if (arg instanceof NumberArg n) return number(locale, "n", null).format(n.value()).toString();
        if (arg instanceof YearArg y) return number(locale, "y", null).format(y.year()).toString();
        if (arg instanceof PercentArg p) return number(locale, "p", null).format(p.percent()).toString();
        if (arg instanceof QuantityArg q) return number(locale, "u", q.unit()).format(q.value()).toString();
        if (arg instanceof RangeArg r) return range(locale, r.unit()).formatRange(r.low(), r.high()).toString();
        if (arg instanceof DateArg d) return date(locale, d);
        throw new IllegalStateException("unknown argument type " + arg);
    }

    private LocalizedNumberFormatter number(ULocale locale, String kind, String unit) {
        String k = locale.toLanguageTag() + '|' + kind + '|' + unit;
        LocalizedNumberFormatter f = numbers.get(k);
        if (f == null) {
            LocalizedNumberFormatter base = NumberFormatter.withLocale(locale);
            switch (kind) {
                case "y" -> f = base.grouping(NumberFormatter.GroupingStrategy.OFF);
                case "p" -> f = base.unit(MeasureUnit.PERCENT);
                case "u" -> f = base.unit(MeasureUnit.forIdentifier(unit)).unitWidth(NumberFormatter.UnitWidth.FULL_NAME);
                default -> f = base;
            }
            if (numbers.size() < MAX_CACHE) numbers.put(k, f);
        }
        return f;
    }

    private LocalizedNumberRangeFormatter range(ULocale locale, String unit) {
        String k = locale.toLanguageTag() + '|' + unit;
        LocalizedNumberRangeFormatter f = ranges.get(k);
        if (f == null) {
            var both = unit == null ? NumberFormatter.with()
                    : NumberFormatter.with().unit(MeasureUnit.forIdentifier(unit)).unitWidth(NumberFormatter.UnitWidth.FULL_NAME);
            f = NumberRangeFormatter.withLocale(locale).numberFormatterBoth(both)
                    .collapse(NumberRangeFormatter.RangeCollapse.UNIT);
            if (ranges.size() < MAX_CACHE) ranges.put(k, f);
        }
        return f;
    }

    private String date(ULocale locale, DateArg d) {
        String skeleton = d.skeleton() == null ? "yMMMMd" : d.skeleton();
        String k = locale.toLanguageTag() + '|' + skeleton;
        ConcurrentLinkedQueue<DateFormat> pool = dates.get(k);
        if (pool == null) {
            // bounded like the other caches (the formatter is shared by the whole process): past the bound, not kept
            pool = new ConcurrentLinkedQueue<>();
            if (dates.size() < MAX_CACHE) {
                ConcurrentLinkedQueue<DateFormat> prev = dates.putIfAbsent(k, pool);
                if (prev != null) pool = prev;
            }
        }
        DateFormat df = pool.poll();
        if (df == null) {
            DateFormat proto = datePrototypes.get(k);
            if (proto == null) {
                proto = DateFormat.getInstanceForSkeleton(skeleton, locale);
                proto.setTimeZone(TimeZone.GMT_ZONE);
                if (datePrototypes.size() < MAX_CACHE) {
                    DateFormat prev = datePrototypes.putIfAbsent(k, proto);
                    if (prev != null) proto = prev;
                }
            }
            df = proto.clone();
        }
        try {
            return df.format(Date.from(d.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        } finally {
            if (pool.size() < 8) pool.offer(df);
        }
    }
}
