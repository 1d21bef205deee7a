package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Test data for the exchange formats: the example article's bundles, made partly stale, partly missing, with notes. */
final class ExchangeFixtures {
    static final Path BUNDLES = Path.of("../examples/content/ketamine-pain-relief/i18n");
    static final String STALE_HASH = "0badc0de";

    private ExchangeFixtures() {}

    static Bundle source() {
        return SourceExtractor.extract(XliffFixtures.exampleArticle());
    }

    /**
     * The example's translation into {@code tag}, with every 7th entry stale (every other one of them with
     * no hash at all), every 11th removed (missing) and every 5th with a translator's note (some of two lines).
     */
    static Bundle translation(String tag) {
        BundleSet set = BundleSet.loadDirectory(BUNDLES, BundleLoader.create());
        Bundle b = set.article(Locale.forLanguageTag(tag)).orElseThrow();
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        int i = 0;
        for (BundleEntry e : b.entries().values()) {
            i++;
            if (i % 11 == 0) continue;
            String note = i % 5 == 0 ? (i % 10 == 0 ? "revisado por " + tag + "\nsegunda línea \"citada\"" : "nota " + i) : null;
            String hash = i % 7 == 0 ? (i % 14 == 0 ? null : STALE_HASH) : e.sourceHash();
            m.put(e.key(), new BundleEntry(e.key(), e.text(), hash, note, 0, 0));
        }
        return new Bundle(tag + ".json", b.locale(), b.kind(), b.articleId(), b.metadata(), m);
    }

    /** What a file should hold for {@code source} × {@code target}: the counts the real tools must see too. */
    record Counts(int units, int translated, int stale, int missing, int developerNotes, int translatorNotes,
            int poTranslatorComments) {
        static Counts of(Bundle source, Bundle target) {
            int translated = 0;
            int stale = 0;
            int dev = 0;
            int tr = 0;
            int poTr = 0;
            for (BundleEntry s : source.entries().values()) {
                BundleEntry t = target.entries().get(s.key());
                boolean isStale = t != null && !t.isTranslationOf(s.text());
                if (t != null && !isStale) translated++;
                if (isStale) stale++;
                dev += (s.note() == null ? 0 : s.note().split("\n").length) + 1 + (isStale ? 1 : 0); // + source hash, + stale
                if (t != null && t.note() != null) tr++;
                if (t != null && t.note() != null || isStale) poTr++; // a stale entry's PO carries the translated-from marker
            }
            return new Counts(source.entries().size(), translated, stale, source.entries().size() - translated - stale,
                    dev, tr, poTr);
        }
    }

    /** Every entry of {@code expected} came back with its text and note, and stale ones are still stale. */
    static void assertSameTranslations(Bundle source, Bundle expected, Bundle got, boolean sameHashes, String ctx) {
        assertEquals(expected.entries().keySet(), got.entries().keySet(), ctx);
        for (BundleEntry e : expected.entries().values()) {
            BundleEntry g = got.entries().get(e.key());
            String s = source.entries().get(e.key()).text();
            assertEquals(e.text(), g.text(), ctx + " " + e.key());
            assertEquals(e.note(), g.note(), ctx + " " + e.key());
            assertEquals(e.isTranslationOf(s), g.isTranslationOf(s), ctx + " stale flag of " + e.key());
            if (sameHashes) assertEquals(e.sourceHash(), g.sourceHash(), ctx + " " + e.key());
            else if (e.isTranslationOf(s)) assertEquals(SourceHash.of(s), g.sourceHash(), ctx + " " + e.key());
            else assertEquals(true, g.sourceHash() == null || Objects.equals(e.sourceHash(), g.sourceHash()), ctx + " " + e.key());
        }
    }
}
