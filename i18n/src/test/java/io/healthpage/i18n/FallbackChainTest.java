package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FallbackChainTest {

    private static String chain(String requested, String source) {
        return FallbackChain.of(Locale.forLanguageTag(requested), Locale.forLanguageTag(source)).stream()
                .map(Locale::toLanguageTag).collect(Collectors.joining(" > "));
    }

    // Expected chains written from CLDR's parentLocales (common/supplemental/supplementalMetadata)
    // and likelySubtags, not from this code's output.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "pt-AO       | pt-AO > pt-PT > pt > en",
        "pt-BR       | pt-BR > pt > en",
        "es-MX       | es-MX > es-419 > es > en",
        "es-ES       | es-ES > es > en",
        "zh-Hant-HK  | zh-Hant-HK > zh-Hant > en",
        "zh-Hant-MO  | zh-Hant-MO > zh-Hant-HK > zh-Hant > en",
        "zh-HK       | zh-HK > zh-Hant-HK > zh-Hant > en",
        "zh-TW       | zh-TW > zh-Hant-TW > zh-Hant > en",
        "zh-Hans-CN  | zh-Hans-CN > zh-Hans > zh > en",
        "zh-CN       | zh-CN > zh > en",
        "sr-Latn     | sr-Latn > en",
        "sr-Latn-RS  | sr-Latn-RS > sr-Latn > en",
        "sr-ME       | sr-ME > sr-Latn-ME > sr-Latn > en",
        "sr          | sr > en",
        "sr-RS       | sr-RS > sr > en",
        "en-GB       | en-GB > en-001 > en",
        "en-AU       | en-AU > en-001 > en",
        "fr-CA       | fr-CA > fr > en",
        "de-AT       | de-AT > de > en",
        "ar-EG       | ar-EG > ar > en",
        "xx          | xx > en",
        "en          | en",
        "ca-ES-valencia | ca-ES-valencia > ca-ES > ca > en",
        "de-AT-u-nu-latn | de-AT > de > en",
    })
    void chainsFollowCldrParentLocales(String requested, String expected) {
        assertEquals(expected, chain(requested.strip(), "en"));
    }

    @Test
    void chainEndsWithTheSourceLocaleWithoutDuplicates() {
        assertEquals("en-GB > en-001 > en > de", chain("en-GB", "de"));
        assertEquals("es-MX > es-419 > es", chain("es-MX", "es"));
        // stops at the source, which has every message
        assertEquals("en-AU > en-001", chain("en-AU", "en-001"));
    }

    @Test
    void rootRequestGivesOnlyTheSource() {
        List<Locale> chain = FallbackChain.of(Locale.ROOT, Locale.ENGLISH);
        assertEquals(List.of(Locale.ENGLISH), chain);
        assertEquals(Arrays.asList(Locale.forLanguageTag("fr")), FallbackChain.of(Locale.forLanguageTag("und"), Locale.FRENCH));
    }

    @Test
    void chainIsUnmodifiableAndRejectsNull() {
        List<Locale> chain = FallbackChain.of(Locale.forLanguageTag("pt-AO"), Locale.ENGLISH);
        assertThrows(UnsupportedOperationException.class, () -> chain.add(Locale.GERMAN));
        assertThrows(NullPointerException.class, () -> FallbackChain.of(null, Locale.ENGLISH));
        assertThrows(NullPointerException.class, () -> FallbackChain.of(Locale.ENGLISH, null));
    }
}
