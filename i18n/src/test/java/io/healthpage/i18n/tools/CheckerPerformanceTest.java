package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.Section;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A generated load for the checker: N messages × L locales, every 1,000th translation with a changed
 * dose. Prints the time; asserts only that exactly the planted errors are found (no timing assertion).
 * The small run is part of the suite; the full 10,000 × 10 run:
 * {@code mvn -o -q -B -pl i18n -am test -Dtest=CheckerPerformanceTest -Dperf=true}.
 */
class CheckerPerformanceTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final List<String> LOCALES = List.of("es", "fr", "de", "ar", "pl", "ru", "ja", "zh-Hans", "cy", "pt");

    @Test
    void smallGeneratedSet() {
        run(1_000, 2);
    }

    @Test
    @EnabledIfSystemProperty(named = "perf", matches = "true")
    void tenThousandMessagesTimesTenLocales() {
        run(10_000, 10);
    }

    private static void run(int messages, int locales) {
        Article article = article(messages);
        List<Bundle> bundles = new ArrayList<>();
        for (String tag : LOCALES.subList(0, locales)) bundles.add(bundle(article, tag));
        BundleSet set = BundleSet.of(bundles);
        BundleChecker checker = BundleChecker.create();
        checker.checkAll(article, BundleSet.of(List.of(bundles.get(0)))); // warm up class loading and ICU data
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        CheckResult r = checker.checkAll(article, set);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        // wall time depends on what else the machine runs; CPU time of the process is the steadier measure
        System.out.printf("BundleChecker: %,d messages x %d locales = %,d entries checked in %,d ms wall, %,d ms CPU"
                + " (%d findings, load average %.1f)%n", messages, locales, messages * locales, ms, cpuMs,
                r.findings().size(), os.getSystemLoadAverage());
        long planted = (long) (messages / 1000) * locales;
        assertEquals(planted, r.findings().stream().filter(f -> f.rule().equals("facts.number-changed")).count());
        assertEquals(planted, r.findings().size(), () -> r.findings().subList(0, Math.min(5, r.findings().size())).toString());
    }

    static String source(int i) {
        return switch (i % 4) {
            case 0 -> "Take at most " + (i % 97 + 1) + " mg of <term:ketamine>ketamine</term:ketamine> on day " + (i % 7 + 1) + ".";
            case 1 -> "{count, plural, one {# study found} other {# studies found}} in part " + i + ".";
            case 2 -> "Relief usually lasts {duration}, says review " + i + "<cite:ref1/>.";
            default -> "It blocks <term:nmda>NMDA</term:nmda> receptors in <em>area " + i + "</em> of the brain.";
        };
    }

    static Article article(int n) {
        List<Section> sections = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Arg> args = new LinkedHashMap<>();
            if (i % 4 == 1) args.put("count", new NumberArg(BigDecimal.valueOf(i)));
            if (i % 4 == 2) args.put("duration", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute"));
            blocks.add(new Paragraph("p" + i, Message.builder("m" + i, source(i), EN).args(args).build()));
            if (blocks.size() == 100) {
                sections.add(new Section("s" + sections.size(), Message.of("h" + sections.size(), "Part " + sections.size(), EN),
                        blocks, List.of()));
                blocks = new ArrayList<>();
            }
        }
        Article.Builder b = Article.builder("perf", EN).title(Message.of("title", "Generated article", EN)).sections(sections)
                .reference(Reference.builder("ref1", "A source").year(2020).build())
                .term(Term.builder("ketamine", TermKind.DRUG, Message.of("term.ketamine.text", "ketamine", EN))
                        .doNotTranslate(true).build())
                .term(Term.builder("nmda", TermKind.ABBREVIATION, Message.of("term.nmda.text", "NMDA", EN))
                        .expansion(Message.of("term.nmda.expansion", "N-methyl-D-aspartate", EN)).build());
        return b.build();
    }

    /** A "translation" that keeps everything that must be kept, with the locale's plural cases. */
    static Bundle bundle(Article a, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        StringBuilder cases = new StringBuilder();
        for (String k : ArgumentRules.order(PluralRules.forLocale(ULocale.forLocale(locale)).getKeywords())) {
            cases.append(' ').append(k).append(" {# ").append(tag).append("-studies}");
        }
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (Message m : a.messages()) {
            String p = m.pattern();
            String t;
            // no finding but the planted one: one space after the plural, a capital after the marker (text.double-space,
            // text.start-case)
            if (p.startsWith("{count, plural")) t = "{count, plural," + cases + "} " + tag + p.substring(p.indexOf("}}") + 2);
            else t = "[" + tag.toUpperCase(Locale.ROOT) + "] " + p;
            if (m.key().startsWith("m") && Integer.parseInt(m.key().substring(1)) % 1000 == 0) t = t.replace(" mg", "0 mg");
            if (m.key().startsWith("term.") || m.key().startsWith("h") || m.key().equals("title")) t = p + " " + tag;
            entries.put(m.key(), new BundleEntry(m.key(), t, SourceHash.of(p), null, 1, 1));
        }
        return new Bundle(tag + ".json", locale, Bundle.Kind.ARTICLE, a.id(), new BundleMetadata(EN, null, false, null, null),
                entries);
    }
}
