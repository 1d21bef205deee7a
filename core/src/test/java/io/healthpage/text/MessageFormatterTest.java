package io.healthpage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Arg;
import io.healthpage.model.DateArg;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.RangeArg;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.model.YearArg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageFormatterTest {
    private final MessageFormatter fmt = MessageFormatter.create();
    private static final String PLURAL = "{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}";

    private String plural(String lang, long n) {
        return fmt.format("k", PLURAL, Map.of("n", NumberArg.of(n)), Locale.forLanguageTag(lang)).plainText();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // CLDR plural rules (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
        "en, 1, one", "en, 2, other", "en, 0, other",
        "ar, 0, zero", "ar, 1, one", "ar, 2, two", "ar, 3, few", "ar, 10, few", "ar, 11, many", "ar, 99, many", "ar, 100, other",
        "pl, 1, one", "pl, 2, few", "pl, 4, few", "pl, 5, many", "pl, 12, many", "pl, 22, few", "pl, 25, many",
        "ru, 1, one", "ru, 21, one", "ru, 3, few", "ru, 11, many", "ru, 5, many",
        "ja, 1, other", "ja, 2, other",
    })
    void pluralCategoriesFollowCldr(String lang, long n, String expected) {
        assertEquals(expected, plural(lang, n));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // expected strings checked against CLDR range patterns and unit names
        "en | 40–60 minutes",
        "es | 40-60 minutos",
        "de | 40–60 Minuten",
        "ja | 40～60 分",
        "ar | 40–60 دقيقة",
    })
    void unitRangesAreLocalized(String lang, String expected) {
        Message m = Message.builder("r", "{d}", Locale.forLanguageTag(lang))
                .arg("d", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute")).build();
        assertEquals(expected, fmt.format(m).plainText());
    }

    @Test
    void yearsHaveNoGroupingSeparator() {
        Map<String, Arg> a = Map.of("y", new YearArg(1962));
        assertEquals("First made in 1962.", fmt.format("k", "First made in {y}.", a, Locale.ENGLISH).plainText());
        assertEquals("1962", fmt.format("k", "{y}", a, Locale.GERMAN).plainText());
    }

    @Test
    void datesUseTheLocalesFormat() {
        Map<String, Arg> a = Map.of("d", DateArg.of(LocalDate.of(2026, 11, 27)));
        assertEquals("November 27, 2026", fmt.format("k", "{d}", a, Locale.US).plainText());
        assertEquals("27 de noviembre de 2026", fmt.format("k", "{d}", a, Locale.forLanguageTag("es")).plainText());
    }

    @Test
    void tagsBecomeNodes() {
        FormattedText t = fmt.format("k", "Ketamine blocks <term:nmda>NMDA</term:nmda> receptors <em>in the brain</em>.<cite:ncbi/>",
                Map.of(), Locale.ENGLISH);
        assertEquals(List.of(new Inline.Text("Ketamine blocks "),
                new Inline.TermRef("nmda", List.of(new Inline.Text("NMDA"))),
                new Inline.Text(" receptors "),
                new Inline.Emphasis(List.of(new Inline.Text("in the brain"))),
                new Inline.Text("."),
                new Inline.CiteRef("ncbi")), t.nodes());
        assertEquals("Ketamine blocks NMDA receptors in the brain.", t.plainText());
    }

    @Test
    void lessThanThatIsNotATagIsText() {
        assertEquals("Dose <5 mg if eGFR <30 & x > y",
                fmt.format("k", "Dose <5 mg if eGFR <30 & x > y", Map.of(), Locale.ENGLISH).plainText());
    }

    @Test
    void rawHtmlIsRejected() {
        MessageFormatException e = assertThrows(MessageFormatException.class,
                () -> fmt.format("k", "Hello <b>world</b>", Map.of(), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("unknown tag <b>"), e.getMessage());
        assertTrue(e.getMessage().contains("'k'"), e.getMessage());
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "<img src=x onerror=alert(1)>", Map.of(), Locale.ENGLISH));
    }

    @Test
    void badNestingIsRejected() {
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "<em><strong>x</em></strong>", Map.of(), Locale.ENGLISH));
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "<em>never closed", Map.of(), Locale.ENGLISH));
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "<cite:x>text</cite:x>", Map.of(), Locale.ENGLISH));
    }

    @Test
    void checkFindsWhatFormattingFindsWithoutFormattingArguments() {
        Message ok = Message.builder("k", "<em>Lasts</em> {d} until {day}, {n, plural, one {# dose} other {# doses}}", Locale.ENGLISH)
                .arg("d", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute"))
                .arg("day", DateArg.of(LocalDate.of(2026, 11, 27))).arg("n", NumberArg.of(2)).build();
        fmt.check(ok); // no exception
        Message nesting = Message.builder("k", "<em><strong>{d}</em></strong>", Locale.ENGLISH)
                .arg("d", DateArg.of(LocalDate.of(2026, 11, 27))).build();
        assertEquals(MessageFormatException.Kind.MARKUP, assertThrows(MessageFormatException.class, () -> fmt.check(nesting)).kind());
        Message syntax = Message.builder("k", "{n, plural, one {x}", Locale.ENGLISH).arg("n", NumberArg.of(1)).build();
        assertEquals(MessageFormatException.Kind.SYNTAX, assertThrows(MessageFormatException.class, () -> fmt.check(syntax)).kind());
        Message missing = Message.of("k", "Lasts {d}", Locale.ENGLISH);
        assertEquals(MessageFormatException.Kind.ARGUMENT, assertThrows(MessageFormatException.class, () -> fmt.check(missing)).kind());
        Message wrongType = Message.builder("k", "{n, plural, one {x} other {y}}", Locale.ENGLISH).arg("n", new TextArg("a")).build();
        assertEquals(MessageFormatException.Kind.ARGUMENT, assertThrows(MessageFormatException.class, () -> fmt.check(wrongType)).kind());
    }

    @Test
    void aCheckLeavesNothingInTheResultCacheThatALaterFormatWouldReturn() {
        MessageFormatter caching = MessageFormatter.create();
        Message m = Message.builder("k", "Updated {day}.", Locale.ENGLISH).arg("day", DateArg.of(LocalDate.of(2026, 1, 2))).build();
        caching.check(m);
        assertEquals("Updated January 2, 2026.", caching.format(m).plainText());
    }

    @Test
    void argumentTextIsNeverParsedAsMarkup() {
        FormattedText t = fmt.format("k", "Brand: {b}", Map.of("b", new TextArg("<em>x</em><script>")), Locale.ENGLISH);
        assertEquals(List.of(new Inline.Text("Brand: "), new Inline.Arg("b", "<em>x</em><script>", false)), t.nodes());
    }

    @Test
    void argumentsAreIsolatedInRightToLeftText() {
        Message m = Message.builder("r", "يستمر التأثير {d}.", Locale.forLanguageTag("ar"))
                .arg("d", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute"))
                .status(TextStatus.TRANSLATED).build();
        FormattedText t = fmt.format(m);
        assertTrue(t.nodes().get(1) instanceof Inline.Arg a && a.isolate());
        assertEquals("يستمر التأثير \u206840–60 دقيقة\u2069.", t.isolatedText());
        // an Arabic name inside English text is isolated too; Latin text in English is not
        assertTrue(((Inline.Arg) fmt.format("k", "x {a}", Map.of("a", new TextArg("كيتامين")), Locale.ENGLISH).nodes().get(1)).isolate());
        assertFalse(((Inline.Arg) fmt.format("k", "x {a}", Map.of("a", new TextArg("Ketalar")), Locale.ENGLISH).nodes().get(1)).isolate());
    }

    @Test
    void missingArgumentAndSyntaxErrorsNameTheKey() {
        MessageFormatException e = assertThrows(MessageFormatException.class, () -> fmt.format("sec.x", "Lasts {d}", Map.of(), Locale.ENGLISH));
        assertEquals("sec.x", e.key());
        assertTrue(e.getMessage().contains("{d}"));
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "{n, plural, one {x}", Map.of("n", NumberArg.of(1)), Locale.ENGLISH));
        assertThrows(MessageFormatException.class, () -> fmt.format("k", "{n, plural, one {x} other {y}}", Map.of("n", new TextArg("a")), Locale.ENGLISH));
    }

    @Test
    void apostrophesFollowDoubleOptional() {
        assertEquals("l'eau", fmt.format("k", "l'eau", Map.of(), Locale.FRENCH).plainText());
        // a lone apostrophe before a brace quotes it: the argument is swallowed (what the checker warns about)
        assertEquals("l{n}", fmt.format("k", "l'{n}'", Map.of("n", NumberArg.of(1)), Locale.FRENCH).plainText());
        assertEquals("it's 1", fmt.format("k", "it''s {n}", Map.of("n", NumberArg.of(1)), Locale.ENGLISH).plainText());
    }

    @Test
    void compiledPatternsAreCachedAndBounded() {
        MessageFormatter small = MessageFormatter.withCacheSize(3);
        for (int i = 0; i < 10; i++) small.format("k", "text " + i, Map.of(), Locale.ENGLISH);
        assertTrue(small.cachedPatterns() <= 3, "cache grew to " + small.cachedPatterns());
        MessageFormatter none = MessageFormatter.withCacheSize(0);
        none.format("k", "x", Map.of(), Locale.ENGLISH);
        assertEquals(0, none.cachedPatterns());
    }

    @Test
    void resultsKeptForReuseStillCarryTheRequestedKeyAndLocale() {
        // a pattern without arguments is formatted once and reused: the reuse must not leak the first key
        FormattedText first = fmt.format("first", "Ask <em>your</em> doctor.", Map.of(), Locale.ENGLISH);
        FormattedText second = fmt.format("second", "Ask <em>your</em> doctor.", Map.of(), Locale.ENGLISH);
        assertEquals("first", first.key());
        assertEquals("second", second.key());
        assertEquals("Ask your doctor.", second.plainText());
        assertEquals(first.nodes(), second.nodes());
        FormattedText uk = fmt.format("third", "Ask <em>your</em> doctor.", Map.of(), Locale.UK);
        assertEquals(Locale.UK, uk.locale());
        // a broken pattern is never kept as a result: it fails every time
        for (int i = 0; i < 2; i++) {
            assertThrows(MessageFormatException.class, () -> fmt.format("k", "<em>never closed", Map.of(), Locale.ENGLISH));
        }
    }

    @Test
    void formattedArgumentsAreKeptPerLocale() {
        Map<String, Arg> a = Map.of("n", new NumberArg(new BigDecimal("1234.5")));
        assertEquals("1,234.5 mg", fmt.format("k", "{n} mg", a, Locale.ENGLISH).plainText());
        assertEquals("1.234,5 mg", fmt.format("k", "{n} mg", a, Locale.GERMAN).plainText());
        assertEquals("1,234.5 mg", fmt.format("k", "{n} mg", a, Locale.ENGLISH).plainText());
    }

    @Test
    void concurrentFormattingMatchesSingleThreaded() throws Exception {
        String[] langs = {"en", "ar", "pl", "ru", "ja", "es", "de", "fr", "zh-Hans", "he"};
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) cases.add(new Object[] {langs[i % langs.length], (long) (i % 113)});
        MessageFormatter shared = MessageFormatter.create();
        List<String> expected = new ArrayList<>();
        for (Object[] c : cases) expected.add(formatCase(MessageFormatter.create(), c));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) for (Object[] c : cases) out.add(formatCase(shared, c));
                    return out;
                }));
            }
            for (Future<List<String>> f : futures) {
                List<String> got = f.get();
                for (int i = 0; i < got.size(); i++) assertEquals(expected.get(i % cases.size()), got.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String formatCase(MessageFormatter f, Object[] c) {
        Map<String, Arg> a = Map.of("n", NumberArg.of((Long) c[1]), "d", DateArg.of(LocalDate.of(2026, 1, 1).plusDays((Long) c[1])),
                "y", new YearArg(1962), "r", new RangeArg(BigDecimal.valueOf(30), BigDecimal.valueOf(60), "minute"));
        return f.format("k", "<em>{n, plural, zero {# z} one {# o} two {# t} few {# f} many {# m} other {# x}}</em> {d} {y} {r}",
                a, Locale.forLanguageTag((String) c[0])).isolatedText();
    }
}
