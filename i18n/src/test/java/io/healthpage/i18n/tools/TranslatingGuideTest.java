package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps TRANSLATING.md true: its plural table must equal what ICU's CLDR data says, and every checker
 * rule must be explained. To regenerate the table: {@code -Dtranslating.update=true}.
 */
class TranslatingGuideTest {
    static final Path GUIDE = Path.of("../TRANSLATING.md");
    static final String START = "<!-- plural-table:start (generated from ICU by TranslatingGuideTest; do not edit) -->";
    static final String END = "<!-- plural-table:end -->";
    static final List<String> LANGUAGES = List.of("ar", "cy", "de", "en", "es", "fr", "he", "hi", "it", "ja", "ko", "nl",
            "pl", "pt", "ru", "tr", "uk", "zh");

    static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| language | plural categories (with example numbers) | selectordinal categories |\n");
        sb.append("|---|---|---|\n");
        for (String tag : LANGUAGES) {
            ULocale l = ULocale.forLanguageTag(tag);
            PluralRules cardinal = PluralRules.forLocale(l, PluralRules.PluralType.CARDINAL);
            PluralRules ordinal = PluralRules.forLocale(l, PluralRules.PluralType.ORDINAL);
            sb.append("| ").append(l.getDisplayName(ULocale.ENGLISH)).append(" (`").append(tag).append("`) | ")
                    .append(describe(cardinal, true)).append(" | ").append(describe(ordinal, false)).append(" |\n");
        }
        return sb.toString();
    }

    private static String describe(PluralRules rules, boolean samples) {
        List<String> parts = new ArrayList<>();
        for (String k : BundleChecker.order(rules.getKeywords())) {
            String part = "`" + k + "`";
            if (samples && !k.equals("other")) {
                Collection<Double> s = rules.getSamples(k);
                List<String> ints = new ArrayList<>();
                if (s != null) for (Double d : s) if (d == Math.floor(d) && ints.size() < 4) ints.add(String.valueOf(d.longValue()));
                if (!ints.isEmpty()) part += " (" + String.join(", ", ints) + (s.size() > ints.size() ? ", …" : "") + ")";
            }
            parts.add(part);
        }
        return String.join(", ", parts);
    }

    @Test
    void pluralTableMatchesIcu() throws Exception {
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "TRANSLATING.md needs the plural-table markers");
        String expected = START + "\n" + table() + END;
        String actual = text.substring(a, b + END.length());
        if (Boolean.getBoolean("translating.update") && !expected.equals(actual)) {
            Files.writeString(GUIDE, text.substring(0, a) + expected + text.substring(b + END.length()), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual, "regenerate with -Dtranslating.update=true");
    }

    @Test
    void everyRuleIsExplained() throws Exception {
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        for (Rules.Rule r : Rules.ALL) {
            assertTrue(text.contains("`" + r.id() + "`"), r.id() + " is not in TRANSLATING.md");
        }
    }
}
