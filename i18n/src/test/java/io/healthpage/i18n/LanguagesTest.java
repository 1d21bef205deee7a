package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    private static Locale tag(String t) {
        return Locale.forLanguageTag(t);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "es      | español",
        "ar      | العربية",
        "zh-Hans | 中文（简体）",
        "zh-Hant | 中文（繁體）",
        "de      | Deutsch",
        "fr      | français",
        "pl      | polski",
        "he      | עברית",
        "ja      | 日本語",
        "pt-PT   | português (Portugal)",
        "xx      | xx",
    })
    void namesLanguagesInThemselves(String locale, String expected) {
        assertEquals(expected, Languages.nativeName(tag(locale.strip())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ar-EG", "he", "fa", "ur", "ps", "yi", "ckb", "dv", "az-Arab", "sd", "ug"})
    void rightToLeftFromIcuData(String locale) {
        assertTrue(Languages.isRightToLeft(tag(locale)), locale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar-Latn", "he-Latn", "az", "zh-Hans", "ja", "xx", "und"})
    void leftToRight(String locale) {
        assertFalse(Languages.isRightToLeft(tag(locale)), locale);
    }

    @Test
    void switcherEntriesAreSortedByNativeNameWithoutDuplicates() {
        List<Languages.SwitcherEntry> entries = Languages.switcherEntries(
                List.of(tag("zh-Hans"), tag("ar"), tag("pl"), tag("de"), tag("es"), tag("en"), tag("fr"), tag("es")));
        // root collation: Latin names alphabetically (case-insensitive), then Arabic script, then Han
        assertEquals("de en es fr pl ar zh-Hans",
                entries.stream().map(Languages.SwitcherEntry::tag).collect(Collectors.joining(" ")));
        Languages.SwitcherEntry arabic = entries.get(5);
        assertEquals("العربية", arabic.nativeName());
        assertTrue(arabic.rightToLeft());
        assertFalse(entries.get(0).rightToLeft());
    }
}
