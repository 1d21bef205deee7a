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
        String parsed = LanguageNegotiator.parseAcceptLanguage("en;q=0.7, es-MX , es;q=0.9, *;q=0.1, fr;q=0")
                .stream().map(Locale::toLanguageTag).collect(Collectors.joining(" "));
        assertEquals("es-MX es en", parsed);
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
