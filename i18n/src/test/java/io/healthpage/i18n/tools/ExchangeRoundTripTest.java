package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.xml.validation.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: for seeded random bundles, export → import gives back every text, note, state and stale flag, in
 * every exchange format (PO keeps only "translated" and "fuzzy": reviewed and final read back as translated).
 */
class ExchangeRoundTripTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final String[] WORDS = {"pain", "relief", "Schmerz", "ألم", "تخفيف", "שָׁלוֹם", "痛み", "止痛", "😀", "e\u0301",
        "&", "<", ">", "\"", "&amp;", "it's", "l''article", "'{'x'}'", "5 mg", "10–20 %", "\u200F", "\u00A0", " ", "\n", "\t",
        "\r\n", "]]>", "\u0001", "-->", "\uFFFD", "x < y", "a <3", "\u001F"};
    private static final String[] NOTE_WORDS = {"note", "ñ", "&", "<em>", "\"", "'", "ملاحظة", "\n", "  ", "]]>", "😀"};
    private static final Locale[] TARGETS = {Locale.forLanguageTag("ar"), Locale.forLanguageTag("he"),
        Locale.forLanguageTag("pl"), Locale.forLanguageTag("zh-Hant"), Locale.forLanguageTag("pt-BR")};

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"XLIFF_20", "XLIFF_12", "PO"})
    void exportThenImportLosesNothing(ExchangeFormat format) throws Exception {
        Schema xsd = format == ExchangeFormat.XLIFF_12 ? Xliff12Test.schema() : null;
        for (long seed = 1; seed <= 60; seed++) {
            Random rnd = new Random(seed);
            Locale trg = TARGETS[rnd.nextInt(TARGETS.length)];
            Map<String, BundleEntry> src = new LinkedHashMap<>();
            Map<String, BundleEntry> tr = new LinkedHashMap<>();
            Map<String, Xliff.State> states = new LinkedHashMap<>();
            Map<String, Xliff.State> expectedStates = new LinkedHashMap<>();
            int n = 1 + rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                String key = "k" + i + (rnd.nextBoolean() ? ".title" : "_x-1");
                int shape = rnd.nextInt(5);
                String s = pattern(rnd, shape);
                src.put(key, new BundleEntry(key, s, null, rnd.nextBoolean() ? note(rnd) : null, 0, 0));
                int kind = rnd.nextInt(4); // 0 missing, 1 stale, 2-3 current
                if (kind == 0) {
                    expectedStates.put(key, Xliff.State.INITIAL);
                    continue;
                }
                String t = pattern(rnd, shape);
                String hash = kind == 1 ? (rnd.nextBoolean() ? null : "deadbeef") : SourceHash.of(s);
                tr.put(key, new BundleEntry(key, t, hash, rnd.nextBoolean() ? note(rnd) : null, 0, 0));
                Xliff.State st = kind == 1 ? Xliff.State.INITIAL : Xliff.State.values()[1 + rnd.nextInt(3)];
                if (kind != 1) states.put(key, st);
                expectedStates.put(key, st);
            }
            Bundle source = XliffFixtures.bundle(EN, EN, src);
            boolean reviewed = rnd.nextBoolean();
            Bundle target = new Bundle(trg.toLanguageTag() + ".json", trg, Bundle.Kind.ARTICLE, "test-article",
                    new BundleMetadata(EN, rnd.nextBoolean() ? null : "Team " + WORDS[rnd.nextInt(16)], reviewed,
                            reviewed ? "Dr <R> & \"S\"" : null, reviewed ? LocalDate.of(2026, 1 + rnd.nextInt(12), 1) : null), tr);
            String ctx = format + " seed " + seed;
            String xml = TranslationExchange.write(format, source, target, states);
            if (format == ExchangeFormat.PO) expectedStates.replaceAll((k, v) -> v == Xliff.State.INITIAL ? v : Xliff.State.TRANSLATED);

            Xliff.ReadResult r = TranslationExchange.read(format, "t." + format.extension(), xml, source, trg);
            assertEquals(List.of(), r.problems(), ctx);
            assertEquals(target.metadata(), r.bundle().metadata(), ctx);
            assertEquals(target.locale(), r.bundle().locale(), ctx);
            assertEquals(expectedStates, r.states(), ctx);
            assertEquals(tr.keySet(), r.bundle().entries().keySet(), ctx);
            for (BundleEntry e : tr.values()) {
                BundleEntry got = r.bundle().entries().get(e.key());
                assertEquals(e.text(), got.text(), ctx + " " + e.key());
                assertEquals(e.sourceHash(), got.sourceHash(), ctx + " " + e.key());
                assertEquals(e.note(), got.note(), ctx + " " + e.key());
                assertEquals(e.isTranslationOf(src.get(e.key()).text()), got.isTranslationOf(src.get(e.key()).text()), ctx);
            }

            if (xsd != null) Xliff12Test.validate(xsd, xml, ctx);
            // the judge for XLIFF 2.0: Okapi reads it without error and sees the same units, texts, states and notes
            // (every third seed: schema validation costs ~0.15 s a file on this machine)
            if (format != ExchangeFormat.XLIFF_20 || seed % 3 != 1) continue;
            XliffOkapi.OkapiFile okapi = XliffOkapi.read(xml);
            assertEquals(src.keySet(), okapi.units().keySet(), ctx);
            for (BundleEntry s : src.values()) {
                XliffOkapi.OkapiUnit u = okapi.units().get(s.key());
                BundleEntry t = tr.get(s.key());
                assertEquals(s.text(), u.source(), ctx + " " + s.key());
                assertEquals(t == null ? null : t.text(), u.target(), ctx + " " + s.key());
                assertEquals(expectedStates.get(s.key()).xmlName(), u.state(), ctx + " " + s.key());
                assertEquals(s.note(), u.notes().get("description"), ctx + " " + s.key());
                assertEquals(t == null ? null : t.note(), u.notes().get("translation-note"), ctx + " " + s.key());
                assertEquals(t != null && !t.isTranslationOf(s.text()), u.notes().containsKey("stale"), ctx + " " + s.key());
            }
        }
    }

    /** A random valid pattern of one of five shapes; the same shape gives the same arguments and tags. */
    private static String pattern(Random rnd, int shape) {
        String pattern = switch (shape) {
            case 0 -> words(rnd);
            case 1 -> words(rnd) + " {dose} " + words(rnd);
            case 2 -> "<em>" + words(rnd) + "</em> " + words(rnd) + "<cite:ref-1/>";
            case 3 -> "{n, plural, =0 {" + words(rnd) + "} one {# " + words(rnd) + "} other {# <strong>" + words(rnd)
                    + "</strong>}} " + words(rnd);
            default -> "{who, select, a {{n, plural, other {# " + words(rnd) + " <term:x>" + words(rnd)
                    + "</term:x>}}} other {" + words(rnd) + " <term:x>t</term:x>}}";
        };
        new MessageFormat(pattern, ULocale.ROOT); // the generator itself must only make valid patterns
        return pattern;
    }

    private static String words(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        return sb.toString();
    }

    private static String note(Random rnd) {
        StringBuilder sb = new StringBuilder("n");
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) sb.append(NOTE_WORDS[rnd.nextInt(NOTE_WORDS.length)]);
        return sb.toString();
    }
}
