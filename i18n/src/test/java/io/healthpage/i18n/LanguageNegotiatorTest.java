package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNegotiatorTest {

    private static Locale tag(String t) {
        return Locale.forLanguageTag(t);
    }

    private static LanguageNegotiator negotiator(String... translations) {
        return LanguageNegotiator.of(tag("en"), Arrays.stream(translations).map(Locale::forLanguageTag).toList());
    }

    private final LanguageNegotiator example = negotiator("es", "fr", "de", "ar", "pl", "zh-Hans");

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        // real browser headers (Chrome / Firefox / Safari shapes)
        "es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7        | es",
        "ar-EG,ar;q=0.9                              | ar",
        "zh-TW,zh;q=0.9                              | zh-Hans",
        "zh-CN,zh;q=0.9,en;q=0.8                     | zh-Hans",
        "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7         | de",
        "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7         | fr",
        "en-US,en;q=0.5                              | en",
        "pl                                          | pl",
        "ja,en-US;q=0.9,en;q=0.8                     | en",
        "ja-JP                                       | en",
        "it-IT,it;q=0.9                              | en",
        // q ordering beats header order
        "fr;q=0.5,de;q=0.8                           | de",
        // q=0 means not acceptable
        "es;q=0,fr;q=0.3                             | fr",
        "'*'                                         | en",
        "'de-DE, *;q=0.5'                            | de",
    })
    void negotiatesRealHeaders(String header, String expected) {
        assertEquals(tag(expected.strip()), example.negotiate(header.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ",,,", ";q=1", "garbage!!", "en_US", "es;q=abc", "es;q=2", "é", "\u0000",
            "<script>alert(1)</script>", "es-;q=0.9", "q=0.9,;;;", "-----"})
    void malformedHeadersGiveTheSourceLocale(String header) {
        assertEquals(tag("en"), example.negotiate(header));
    }

    @Test
    void nullHeaderAndNullPreferencesGiveTheSource() {
        assertEquals(tag("en"), example.negotiate((String) null));
        assertEquals(tag("en"), example.negotiate((List<Locale>) null));
        assertEquals(tag("en"), example.negotiate(List.of()));
    }

    @Test
    void malformedRangesAreSkippedAndTheRestIsUsed() {
        assertEquals(tag("ar"), example.negotiate("en_US,%%%,ar;q=0.9"));
        assertEquals(tag("fr"), example.negotiate("es;q=1.5,fr;q=0.2"));
    }

    @Test
    void hugeHeaderDoesNotThrow() {
        String header = "xx-" + "a".repeat(100_000) + ",de";
        assertEquals(tag("en"), example.negotiate(header)); // cut at the limit: "de" is never reached
        String many = "zz;q=0.9,".repeat(1000) + "de";
        assertEquals(tag("en"), example.negotiate(many));
    }

    @Test
    void regionalVariantsPreferTheCloserRegion() {
        LanguageNegotiator n = negotiator("es", "es-419", "pt-PT", "pt", "zh-Hans", "zh-Hant");
        assertEquals(tag("es-419"), n.negotiate("es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals(tag("es"), n.negotiate("es-ES,es;q=0.9"));
        assertEquals(tag("zh-Hant"), n.negotiate("zh-TW,zh;q=0.9"));
        assertEquals(tag("zh-Hans"), n.negotiate("zh-CN,zh;q=0.9"));
        assertEquals(tag("pt-PT"), n.negotiate("pt-AO"));
        assertEquals(tag("pt"), n.negotiate("pt-BR,pt;q=0.9"));
    }

    @Test
    void negotiatesFromAListOfPreferences() {
        assertEquals(tag("de"), example.negotiate(List.of(tag("de-AT"), tag("en"))));
        assertEquals(tag("en"), example.negotiate(Arrays.asList(null, Locale.ROOT)));
    }

    @Test
    void parsesAcceptLanguageInQualityOrder() {
        assertEquals("es-MX es en", parsed("en;q=0.7, es-MX , es;q=0.9, *;q=0.1, fr;q=0"));
    }

    private static String parsed(String header) {
        return LanguageNegotiator.parseAcceptLanguage(header).stream().map(Locale::toLanguageTag)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        // malformed q values: that element is left out, the others stay
        "de;q=abc, fr;q=0.5                 | fr",
        "de;q=, fr;q=0.5                    | fr",
        "de;q=1.5, fr;q=0.5                 | fr",
        "de;q=-1, fr;q=0.5                  | fr",
        "de;q=NaN, fr;q=0.5                 | fr",
        "de;q=0.5;q=0.8, fr;q=0.5           | fr",
        "de;level=1, fr;q=0.5               | fr",
        // weights the JDK reads leniently are still numbers from 0 to 1
        "de;q=.5, fr;q=0.4                  | de fr",
        "de;q=1.000, fr;q=0.999             | de fr",
        "de;q=-0, fr;q=0.4                  | fr",
        // wildcards add nothing
        "'*'                                | ''",
        "'*;q=0.9, pl;q=0.5'                | pl",
        "en-*, pl;q=0.5                     | pl",
        // duplicates: the first mention counts, whatever its weight
        "fr;q=0.2, de, fr                   | de fr",
        "es;q=0, es                         | ''",
        "en-US, EN-us;q=0.1, en-us          | en-US",
        // case: ranges and the q parameter are case-insensitive; locales come out canonical
        "ZH-hant-tw;Q=0.5, Es               | es zh-Hant-TW",
        // list syntax: empty elements, spaces and tabs around ';' and '='
        "de,,fr                             | de fr",
        "' , de'                            | de",
        "'de ; q = 0.5, fr;	q=0.8'         | fr de",
        // ranges that are no usable language tag
        "x-private, und, pl                 | pl",
        "-----, -, pl                       | pl",
        "de-u-co-phonebk                    | de",
    })
    void acceptLanguageEdgeCases(String header, String expected) {
        assertEquals(expected.strip(), parsed(header.strip()));
    }

    @Test
    void legacyLanguageCodesMeetTheirModernForm() {
        LanguageNegotiator hebrew = LanguageNegotiator.of(tag("en"), List.of(tag("he")));
        assertEquals(tag("he"), hebrew.negotiate("iw"));
        assertEquals(tag("he"), hebrew.negotiate("he-IL,iw;q=0.5"));
    }

    @Test
    void onlyTheFirstRangesOfAHeaderAreRead() {
        String header = "zz,".repeat(LanguageNegotiator.MAX_RANGES - 1) + "de,fr";
        assertEquals("zz de", parsed(header)); // the 32nd element is read, the 33rd is not
    }

    /** Random bytes-as-text headers: the answer is always an available locale, never an exception. */
    @Test
    void neverThrowsOnAnyHeader() {
        String alphabet = "aAzZ-_*;,=q.0123456789 \t\u0000\u00e9\u2028\uD83D<>\"'%";
        java.util.Random rnd = new java.util.Random(2026);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder h = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) h.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String header = h.toString();
            Locale chosen = example.negotiate(header);
            assertTrue(example.available().contains(chosen), () -> "[" + header + "] gave " + chosen);
        }
    }

    @Test
    void parseTagAcceptsWellFormedTagsOnly() {
        assertEquals(Optional.of(tag("pt-BR")), LanguageNegotiator.parseTag("pt-BR"));
        assertEquals(Optional.of(tag("zh-Hant-HK")), LanguageNegotiator.parseTag("zh-Hant-HK"));
        assertEquals(Optional.of(tag("es-419")), LanguageNegotiator.parseTag("es-419"));
        assertEquals(Optional.of(tag("de")), LanguageNegotiator.parseTag("de-u-co-phonebk"));
        for (String bad : new String[] {null, "", "pt_BR", "en-", "-en", "<script>", "und", "x-private",
                "toolongsubtag", "en--US", "a".repeat(100), "en US", "é"}) {
            assertTrue(LanguageNegotiator.parseTag(bad).isEmpty(), () -> "accepted " + bad);
        }
    }

    @Test
    void availableAlwaysContainsTheSource() {
        assertTrue(example.available().contains(tag("en")));
        assertEquals(7, example.available().size());
        assertThrows(UnsupportedOperationException.class, () -> example.available().add(tag("it")));
        assertThrows(NullPointerException.class, () -> LanguageNegotiator.of(null, List.of()));
    }
}
