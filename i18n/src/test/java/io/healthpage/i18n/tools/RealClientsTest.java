package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.i18n.SourceHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our PO, POT and XLIFF 1.2 files in the hands of the real tools translators use: GNU gettext and
 * translate-toolkit (the engine of Weblate and Pootle), from Debian's packages. Skipped with a message when
 * they are not installed, required in CI ({@code HEALTHPAGE_REQUIRE_L10N_TOOLS=1}, see {@link L10nTools}).
 * Each test prints the counts it compared, for the record.
 */
class RealClientsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final List<String> LOCALES = List.of("es", "fr", "de", "ar", "pl", "zh-Hans");

    @BeforeAll
    static void tools(@TempDir Path dir) throws Exception {
        List<String> all = new ArrayList<>(L10nTools.GETTEXT);
        all.addAll(L10nTools.TOOLKIT);
        L10nTools.require(all);
        System.out.println("real clients: " + L10nTools.version(dir, "msgfmt") + "; " + L10nTools.version(dir, "pofilter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "ar", "pl", "zh-Hans"})
    void msgfmtAndMsgcatAcceptEveryPoAndPotWeWriteAndMsgcatKeepsEverythingWeRead(String tag, @TempDir Path dir) throws Exception {
        Bundle source = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation(tag);
        Path po = write(dir, "t.po", TranslationExchange.write(ExchangeFormat.PO, source, target, Map.of(), NOW));
        Path pot = write(dir, "t.pot", TranslationExchange.write(ExchangeFormat.POT, source, target, Map.of(), NOW));

        L10nTools.Run check = L10nTools.run(dir, "msgfmt", "--check-header", "--check", "-o", "/dev/null", "t.po");
        assertEquals(0, check.exit(), check.both());
        assertEquals("", check.err(), "msgfmt says nothing about our PO");
        L10nTools.Run checkPot = L10nTools.run(dir, "msgfmt", "--check-header", "-o", "/dev/null", "t.pot");
        assertEquals(0, checkPot.exit(), checkPot.both());
        for (String line : checkPot.err().lines().toList()) {
            assertTrue(line.contains("still has the initial default value"), "only the template's placeholders: " + line);
        }

        L10nTools.Run cat = L10nTools.run(dir, "msgcat", "-o", "cat.po", "t.po");
        assertEquals(0, cat.exit(), cat.both());
        L10nTools.Run catPot = L10nTools.run(dir, "msgcat", "-o", "cat.pot", "t.pot");
        assertEquals(0, catPot.exit(), catPot.both());

        // msgcat re-wraps the lines and drops the unknown icu-message-format flag; what we read stays the same
        Xliff.ReadResult ours = TranslationExchange.read(po, ExchangeFormat.PO, source, target.locale());
        Xliff.ReadResult afterCat = TranslationExchange.read(dir.resolve("cat.po"), ExchangeFormat.PO, source, target.locale());
        assertEquals(List.of(), ours.problems());
        assertEquals(List.of(), afterCat.problems());
        ExchangeFixtures.assertSameTranslations(source, target, ours.bundle(), true, tag + " ours");
        ExchangeFixtures.assertSameTranslations(source, target, afterCat.bundle(), true, tag + " after msgcat");
        assertEquals(target.metadata(), afterCat.bundle().metadata());
        Xliff.ReadResult template = TranslationExchange.read(dir.resolve("cat.pot"), ExchangeFormat.POT, source, target.locale());
        assertTrue(template.bundle().entries().isEmpty());
        assertEquals(List.of("po.no-language"), template.problems().stream().map(Problem::rule).toList());
        ExchangeFixtures.Counts c = ExchangeFixtures.Counts.of(source, target);
        System.out.println(tag + ": msgfmt/msgcat accept PO and POT; " + c.units() + " units (" + c.translated() + " translated, "
                + c.stale() + " fuzzy, " + c.missing() + " untranslated) read back unchanged after msgcat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ar", "pl"})
    void po2xliffAndXliff2poReadOurPoAndXliffWithoutLosingUnitsNotesOrStates(String tag, @TempDir Path dir) throws Exception {
        Bundle source = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation(tag);
        ExchangeFixtures.Counts c = ExchangeFixtures.Counts.of(source, target);
        assertTrue(c.stale() > 0 && c.missing() > 0 && c.translatorNotes() > 0, c.toString());
        write(dir, "t.po", TranslationExchange.write(ExchangeFormat.PO, source, target, Map.of(), NOW));
        write(dir, "t.xlf", TranslationExchange.write(ExchangeFormat.XLIFF_12, source, target));

        // PO → XLIFF with translate-toolkit: count its units, approved flags and notes against ours
        L10nTools.Run toXliff = L10nTools.run(dir, "po2xliff", "--progress=none", "t.po", "p2x.xlf");
        assertEquals(0, toXliff.exit(), toXliff.both());
        String xlf = Files.readString(dir.resolve("p2x.xlf"));
        List<String> units = matches(xlf, "(?s)<trans-unit\\b(?:(?!</trans-unit>).)*</trans-unit>");
        units.removeIf(u -> u.contains("x-gettext-domain-header"));
        assertEquals(c.units(), units.size(), "units");
        assertEquals(c.translated(), units.stream().filter(u -> u.contains("approved=\"yes\"")).count(), "translated");
        assertEquals(c.stale(), units.stream().filter(u -> !u.contains("approved=\"yes\"") && !u.contains("<target></target>")
                && !u.contains("<target/>")).count(), "fuzzy (not approved, with a target)");
        assertEquals(c.missing(), units.stream().filter(u -> u.contains("<target></target>") || u.contains("<target/>")).count(), "untranslated");
        String unitsText = String.join("\n", units); // the header unit carries the file's own comments
        assertEquals(c.developerNotes(), matches(unitsText, "(?s)<note from=\"developer\">(.*?)</note>").stream()
                .mapToInt(n -> n.split("\n").length).sum(), "developer note lines");
        assertEquals(c.poTranslatorComments(), matches(unitsText, "<note from=\"po-translator\">").size(), "translator notes");
        // … and our XLIFF reader takes translate-toolkit's XLIFF 1.1 back: the keys are in its location contexts
        Xliff.ReadResult fromP2x = TranslationExchange.read(dir.resolve("p2x.xlf"), null, source, target.locale());
        assertEquals(List.of("xliff.no-language"), fromP2x.problems().stream().map(Problem::rule).distinct().toList(),
                fromP2x.problems().toString());
        ExchangeFixtures.assertSameTranslations(source, target, fromP2x.bundle(), true, tag + " po2xliff");

        // XLIFF 1.2 → PO with translate-toolkit
        L10nTools.Run toPo = L10nTools.run(dir, "xliff2po", "--progress=none", "t.xlf", "x2p.po");
        assertEquals(0, toPo.exit(), toPo.both());
        String po = Files.readString(dir.resolve("x2p.po"));
        List<String> entries = new ArrayList<>(List.of(po.split("\n\n")));
        entries.removeIf(e -> e.contains("msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version"));
        assertEquals(c.units(), entries.size(), "PO entries");
        assertEquals(c.stale(), entries.stream().filter(e -> e.contains("#, fuzzy")).count(), "fuzzy entries");
        assertEquals(c.missing(), entries.stream().filter(e -> e.endsWith("msgstr \"\"")).count(), "untranslated entries");
        assertEquals(c.developerNotes(), matches(po, "(?m)^#\\. ").size(), "#. lines");
        assertEquals(c.translatorNotes(), entries.stream().filter(e -> e.startsWith("# ")).count(), "entries with translator comments");
        L10nTools.Run check = L10nTools.run(dir, "msgfmt", "--check", "-o", "/dev/null", "x2p.po");
        assertEquals(0, check.exit(), check.both());
        // its PO has no msgctxt where the text is unique and no Language: the keys come from the #: references
        Xliff.ReadResult fromX2p = TranslationExchange.read(dir.resolve("x2p.po"), ExchangeFormat.PO, source, target.locale());
        assertTrue(fromX2p.problems().stream().allMatch(p -> p.rule().equals("po.no-language") || p.rule().equals("po.unconfirmed")),
                fromX2p.problems().toString());
        ExchangeFixtures.assertSameTranslations(source, target, fromX2p.bundle(), false, tag + " xliff2po");
        System.out.println(tag + ": po2xliff and xliff2po: " + c.units() + " units, " + c.translated() + " translated, " + c.stale()
                + " fuzzy, " + c.missing() + " untranslated, " + c.developerNotes() + " developer note lines, " + c.translatorNotes()
                + " translator notes; all counted equal and read back");
    }

    @Test
    void msgmergeOfAnUpdatedTemplateKeepsEveryTranslationAndMarksChangedSourcesFuzzy(@TempDir Path dir) throws Exception {
        Bundle oldSource = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation("es");
        Bundle newSource = changed(oldSource);
        write(dir, "old.po", TranslationExchange.write(ExchangeFormat.PO, oldSource, target, Map.of(), NOW));
        write(dir, "new.pot", TranslationExchange.write(ExchangeFormat.POT, newSource, emptyFor(newSource), Map.of(), NOW));
        L10nTools.Run merge = L10nTools.run(dir, "msgmerge", "--quiet", "--previous", "-o", "merged.po", "old.po", "new.pot");
        assertEquals(0, merge.exit(), merge.both());
        assertEquals(0, L10nTools.run(dir, "msgfmt", "--check-header", "-o", "/dev/null", "merged.po").exit());
        assertMerged(Files.readString(dir.resolve("merged.po")), dir.resolve("merged.po"), oldSource, newSource, target, "msgmerge");
    }

    @Test
    void pot2poStartsANewLanguageFromTheTemplateAndUpdatesAnOldOne(@TempDir Path dir) throws Exception {
        Bundle oldSource = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation("es");
        Bundle newSource = changed(oldSource);
        write(dir, "old.po", TranslationExchange.write(ExchangeFormat.PO, oldSource, target, Map.of(), NOW));
        write(dir, "new.pot", TranslationExchange.write(ExchangeFormat.POT, newSource, emptyFor(newSource), Map.of(), NOW));

        L10nTools.Run fresh = L10nTools.run(dir, "pot2po", "--progress=none", "new.pot", "fresh.po");
        assertEquals(0, fresh.exit(), fresh.both());
        Xliff.ReadResult r = TranslationExchange.read(dir.resolve("fresh.po"), ExchangeFormat.PO, newSource, target.locale());
        assertTrue(r.bundle().entries().isEmpty());
        assertEquals(newSource.entries().size(), r.states().size(), "every unit of the template is there");
        assertFalse(r.hasErrors(), r.problems().toString());

        L10nTools.Run update = L10nTools.run(dir, "pot2po", "--progress=none", "-t", "old.po", "new.pot", "updated.po");
        assertEquals(0, update.exit(), update.both());
        assertMerged(Files.readString(dir.resolve("updated.po")), dir.resolve("updated.po"), oldSource, newSource, target, "pot2po");
    }

    @Test
    void pofilterRunsOverOurPoAndWritesWhatItFound(@TempDir Path dir) throws Exception {
        write(dir, "t.po", TranslationExchange.write(ExchangeFormat.PO, ExchangeFixtures.source(), ExchangeFixtures.translation("es"),
                Map.of(), NOW));
        L10nTools.Run r = L10nTools.run(dir, "pofilter", "--progress=none", "t.po", "out.po");
        assertEquals(0, r.exit(), r.both());
        assertFalse(r.err().contains("Traceback"), r.err());
        String out = Files.readString(dir.resolve("out.po"));
        assertTrue(out.contains("# (pofilter) "), "pofilter found something to say about the example (e.g. fuzzy entries)");
        assertEquals(0, L10nTools.run(dir, "msgfmt", "-o", "/dev/null", "out.po").exit());
    }

    /**
     * A merged file: every translation whose source did not change is there, current, with its note; every one
     * whose source changed is fuzzy, so it imports as stale; removed messages are gone.
     */
    private static void assertMerged(String text, Path file, Bundle oldSource, Bundle newSource, Bundle target, String tool) {
        Xliff.ReadResult r = TranslationExchange.read(file, ExchangeFormat.PO, newSource, target.locale());
        assertFalse(r.hasErrors(), r.problems().toString());
        int kept = 0;
        int fuzzy = 0;
        for (BundleEntry t : target.entries().values()) {
            BundleEntry got = r.bundle().entries().get(t.key());
            BundleEntry now = newSource.entries().get(t.key());
            if (now == null) {
                assertNull(got, tool + ": a removed message is not imported: " + t.key());
                continue;
            }
            assertEquals(t.text(), got.text(), tool + " " + t.key());
            assertEquals(t.note(), got.note(), tool + " " + t.key());
            boolean sourceSame = now.text().equals(oldSource.entries().get(t.key()).text());
            boolean current = sourceSame && t.isTranslationOf(now.text());
            assertEquals(current, got.isTranslationOf(now.text()), tool + " stale flag of " + t.key());
            if (current) kept++;
            else fuzzy++;
        }
        assertEquals(3, newSource.entries().keySet().stream().filter(k -> !k.startsWith("new.")
                && !newSource.entries().get(k).text().equals(oldSource.entries().get(k).text())).count());
        int fuzzyFlags = matches(text, "(?m)^#, fuzzy").size();
        assertTrue(fuzzyFlags >= fuzzy, tool + ": " + fuzzyFlags + " fuzzy flags for " + fuzzy + " stale translations");
        System.out.println(tool + ": " + target.entries().size() + " translations in, " + kept + " current and " + fuzzy
                + " fuzzy/stale (3 changed sources, 1 removed, 1 new message), every text and note kept");
    }

    /** The source with 3 changed texts, 1 message removed and 1 added. */
    private static Bundle changed(Bundle source) {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        int i = 0;
        for (BundleEntry e : source.entries().values()) {
            i++;
            if (i == 4) continue; // removed
            String text = i == 2 || i == 10 || i == 30 ? e.text().replace(".", "!").replace("?", "!") + " (updated)" : e.text();
            m.put(e.key(), new BundleEntry(e.key(), text, SourceHash.of(text), e.note(), 0, 0));
        }
        m.put("new.message", new BundleEntry("new.message", "A new sentence about relief.", SourceHash.of("A new sentence about relief."),
                null, 0, 0));
        return new Bundle(source.file(), source.locale(), source.kind(), source.articleId(), source.metadata(), m);
    }

    private static Bundle emptyFor(Bundle source) {
        return new Bundle("x.json", java.util.Locale.ROOT, source.kind(), source.articleId(),
                new BundleMetadata(source.locale(), null, false, null, null), Map.of());
    }

    static Path write(Path dir, String name, String text) throws java.io.IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static List<String> matches(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        return out;
    }
}
