package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleWriter;
import io.healthpage.i18n.SourceHash;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PseudoLocalizerTest {
    private static final PseudoLocalizer XA = PseudoLocalizer.ACCENTED;
    private static final PseudoLocalizer XB = PseudoLocalizer.BIDI;
    private static final String RLM = "\u200F";

    @Test
    void localesAndDirection() {
        assertEquals("en-XA", XA.locale().toLanguageTag());
        assertEquals("ar-XB", XB.locale().toLanguageTag());
        assertTrue(ULocale.forLanguageTag("ar-XB").isRightToLeft());
        assertFalse(ULocale.forLanguageTag("en-XA").isRightToLeft());
    }

    @Test
    void accentsPadsAndBracketsPlainText() {
        // "Hello" = 5 literal chars -> round(1.75) = 2 filler chars: " ö"
        assertEquals("⟦Ĥëļļö ö⟧", XA.localize("Hello"));
        // 13 + 1 literal chars -> 5 filler chars " öñë "; the placeholder is untouched
        assertEquals("⟦Ŕëļîëƒ ļášţš {duration}. öñë ⟧", XA.localize("Relief lasts {duration}."));
    }

    @Test
    void about35PercentLonger() {
        String src = "Ketamine can cause dreamlike feelings and raise your blood pressure.";
        String out = XA.localize(src);
        int grown = out.length() - 2 - src.length();
        assertEquals(Math.round(src.length() * 0.35), grown);
    }

    @Test
    void tagsAreNotTouched() {
        String src = "<strong>The type</strong> of <term:nmda>NMDA</term:nmda> pain<cite:visser-schug-2006/>.";
        String out = XA.localize(src);
        assertTrue(out.startsWith("⟦<strong>Ţĥë ţýþë</strong> öƒ <term:nmda>ÑṀÐÅ</term:nmda> þáîñ<cite:visser-schug-2006/>."), out);
        assertEquals(XliffFixtures.tagSequence(src), XliffFixtures.tagSequence(out));
        String rtl = XB.localize(src);
        assertEquals(XliffFixtures.tagSequence(src), XliffFixtures.tagSequence(rtl));
        assertTrue(rtl.contains("<cite:visser-schug-2006/>"), rtl);
    }

    @Test
    void pluralSyntaxKeywordsHashAndSelectorsStay() {
        String src = "{count, plural, =0 {no studies} one {# study found} other {# studies found}}";
        String out = XA.localize(src);
        // each case padded by ~35% of its own text: "no studies" 10 -> 4, " study found" 12 -> 4, " studies found" 14 -> 5
        assertEquals("⟦{count, plural, =0 {ñö šţûðîëš öñë} one {# šţûðý ƒöûñð öñë} other {# šţûðîëš ƒöûñð öñë }}⟧", out);
        assertEquals("no studies", new MessageFormat(src, ULocale.ENGLISH).format(Map.of("count", 0)));
        assertEquals("⟦3 šţûðîëš ƒöûñð öñë ⟧", new MessageFormat(out, ULocale.ENGLISH).format(Map.of("count", 3)));
    }

    @Test
    void nestedPluralAndSelect() {
        String src = "{who, select, clinician {{n, plural, one {# patient} other {# patients}} treated} other {{n, plural,"
                + " one {# person} other {# people}}}}";
        String out = XA.localize(src);
        assertEquals(XliffFixtures.argNames(src), XliffFixtures.argNames(out));
        MessageFormat f = new MessageFormat(out, ULocale.ENGLISH);
        // " patients" 9 -> 3 filler chars, " treated" 8 -> 3
        assertEquals("⟦2 þáţîëñţš öñ ţŕëáţëð öñ⟧", f.format(Map.of("who", "clinician", "n", 2)));
        assertEquals("⟦1 þëŕšöñ ö⟧", f.format(Map.of("who", "x", "n", 1)));
    }

    @Test
    void apostrophesKeepTheirMeaning() {
        // '' is one apostrophe, '{' a quoted brace, it's a plain apostrophe, '#' a quoted hash in a plural
        String src = "It''s '{'literal'}' and it's {n, plural, other {'#' # left}}";
        String out = XA.localize(src);
        String formatted = new MessageFormat(out, ULocale.ENGLISH).format(Map.of("n", 4));
        assertTrue(formatted.startsWith("⟦Îţ'š {ļîţëŕáļ} áñð îţ'š # 4 ļëƒţ"), formatted);
        String rtl = new MessageFormat(XB.localize(src), ULocale.ENGLISH).format(Map.of("n", 4));
        assertTrue(rtl.contains("{" + RLM + "laretil" + RLM + "}"), rtl);
        assertTrue(rtl.contains("# 4 " + RLM + "tfel" + RLM), rtl);
    }

    @Test
    void bidiMirrorsWordsAndKeepsNumbers() {
        assertEquals(RLM + "klaW" + RLM + " 10 " + RLM + "setunim" + RLM + " {place}.",
                XB.localize("Walk 10 minutes {place}."));
        // grapheme clusters stay together: e + combining acute
        assertEquals(RLM + "e\u0301fac" + RLM, XB.localize("cafe\u0301"));
        assertEquals("{date}", XB.localize("{date}"));
        assertFalse(XB.localize("Hello").matches(".*[\u202A-\u202E\u2066-\u2069].*"));
    }

    @Test
    void invalidPatternIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> XA.localize("{unclosed"));
        assertThrows(IllegalArgumentException.class, () -> XA.localize("raw <b>html</b>"));
    }

    @ParameterizedTest
    @EnumSource(PseudoLocalizer.class)
    void thePseudoBundlePassesOurOwnCheckerWithoutAnError(PseudoLocalizer pseudo) {
        var article = XliffFixtures.exampleArticle();
        Bundle out = pseudo.localize(XliffFixtures.sourceBundle(article));
        CheckResult r = BundleChecker.create().check(article, out);
        assertEquals(0, r.errorCount(), () -> r.toText(false));
        // every message translated, none broken: each one is shown in the pseudo-locale, none falls back
        var verdicts = r.verdicts().get(0).byKey();
        assertEquals(article.messages().size(), verdicts.size());
        assertTrue(verdicts.values().stream().allMatch(v -> v == CheckResult.Verdict.TRANSLATED), verdicts::toString);
    }

    @Test
    void pluralsGetTheCategoriesOfThePseudoLocalesLanguage() {
        String src = "{count, plural, =0 {no studies} one {# study found} other {# studies found}}";
        String xb = XB.localize(src);
        // ar-XB is Arabic: zero, one, two, few, many and other; the explicit =0 stays; the text of a case the
        // source lacks is its 'other' text
        assertEquals("{count, plural, =0 {" + RLM + "on" + RLM + " " + RLM + "seiduts" + RLM + "} zero {# " + RLM + "seiduts" + RLM
                + " " + RLM + "dnuof" + RLM + "} one {# " + RLM + "yduts" + RLM + " " + RLM + "dnuof" + RLM + "} two {# " + RLM + "seiduts"
                + RLM + " " + RLM + "dnuof" + RLM + "} few {# " + RLM + "seiduts" + RLM + " " + RLM + "dnuof" + RLM + "} many {# " + RLM
                + "seiduts" + RLM + " " + RLM + "dnuof" + RLM + "} other {# " + RLM + "seiduts" + RLM + " " + RLM + "dnuof" + RLM + "}}", xb);
        // English ordinals (one two few other) become Arabic's (other only)
        assertEquals("{n, selectordinal, other {#" + RLM + "ht" + RLM + "}}",
                XB.localize("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"));
        // en-XA keeps English categories
        assertTrue(XA.localize(src).contains("one {# šţûðý ƒöûñð öñë}"), XA.localize(src));
    }

    @ParameterizedTest
    @EnumSource(PseudoLocalizer.class)
    void everyExampleMessage(PseudoLocalizer pseudo) {
        Bundle source = XliffFixtures.sourceBundle(XliffFixtures.exampleArticle());
        assertTrue(source.entries().size() > 50, "example has many messages");
        Bundle out = pseudo.localize(source);
        assertEquals(pseudo.locale(), out.locale());
        assertEquals(source.entries().keySet(), out.entries().keySet());
        ULocale ul = ULocale.forLocale(pseudo.locale());
        for (BundleEntry s : source.entries().values()) {
            BundleEntry p = out.entries().get(s.key());
            new MessageFormat(p.text(), ul); // (a) ICU parses it
            assertEquals(XliffFixtures.argNames(s.text()), XliffFixtures.argNames(p.text()), s.key()); // (b)
            assertEquals(XliffFixtures.tagSequence(s.text()), XliffFixtures.tagSequence(p.text()), s.key()); // (c)
            if (s.text().codePoints().anyMatch(Character::isLetter)) assertNotEquals(s.text(), p.text(), s.key()); // (d)
            assertEquals(SourceHash.of(s.text()), p.sourceHash(), s.key());
            assertTrue(p.isTranslationOf(s.text()));
        }
        // the written file loads cleanly as a bundle of that locale
        BundleLoader.LoadResult loaded = BundleLoader.create().withKnownKeys(source.entries().keySet())
                .withArticleId(source.articleId()).load(pseudo.locale().toLanguageTag() + ".json", BundleWriter.json(out));
        assertEquals(List.of(), loaded.problems());
        assertEquals(Locale.forLanguageTag(pseudo.locale().toLanguageTag()), loaded.bundle().orElseThrow().locale());
    }
}
