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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps TRANSLATING.md true: its plural table must equal what ICU's CLDR data says, and its rules table
 * what the rule objects of the checker say. To regenerate the tables: {@code -Dtranslating.update=true}.
 */
class TranslatingGuideTest {
    static final Path GUIDE = Path.of("../TRANSLATING.md");
    static final String START = "<!-- plural-table:start (generated from ICU by TranslatingGuideTest; do not edit) -->";
    static final String END = "<!-- plural-table:end -->";
    static final String RULES_START = "<!-- rules-table:start (generated from the rule objects by TranslatingGuideTest; do not edit) -->";
    static final String RULES_END = "<!-- rules-table:end -->";
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
        for (String k : ArgumentRules.order(rules.getKeywords())) {
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

    /** The table of every built-in rule: id, default severity, what to do. */
    static String rulesTable() {
        StringBuilder sb = new StringBuilder("| rule | severity | what to do |\n|---|---|---|\n");
        for (TranslationRule r : BundleChecker.BUILT_IN) {
            sb.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void pluralTableMatchesIcu() throws Exception {
        assertGenerated(START, END, table());
    }

    @Test
    void rulesTableMatchesTheRuleObjects() throws Exception {
        assertGenerated(RULES_START, RULES_END, rulesTable());
    }

    /** The text between the markers equals {@code table}; with -Dtranslating.update=true it is rewritten first. */
    private static void assertGenerated(String start, String end, String table) throws Exception {
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, "TRANSLATING.md needs the markers " + start + " and " + end);
        String expected = start + "\n" + table + end;
        String actual = text.substring(a, b + end.length());
        if (Boolean.getBoolean("translating.update") && !expected.equals(actual)) {
            Files.writeString(GUIDE, text.substring(0, a) + expected + text.substring(b + end.length()), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual, "regenerate with -Dtranslating.update=true");
    }
}
