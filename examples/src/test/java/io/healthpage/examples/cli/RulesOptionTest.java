package io.healthpage.examples.cli;

import static io.healthpage.examples.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules FILE} on {@code check}, {@code bundle check} and {@code bundle check-labels}. */
class RulesOptionTest {

    @Test
    void checkTakesSeveritiesAndSwitchesRulesOff(@TempDir Path dir) throws IOException {
        // in 2028 the example's review is overdue: an error, exit 1
        CliRun before = run("check", "--today", "2028-01-01");
        assertEquals(1, before.code(), before::all);
        assertTrue(before.out().contains("WARNING trust.reference-old at /references/1/year"), before::all);

        Path rules = Files.writeString(dir.resolve("rules.json"), """
                {"rules": {"trust.review-overdue": "warning", "trust.reference-old": "off"}}
                """);
        CliRun after = run("check", "--today", "2028-01-01", "--rules", rules.toString());

        assertEquals(0, after.code(), after::all);
        assertTrue(after.out().contains("WARNING trust.review-overdue at /dates/nextReviewDue"), after::all);
        assertFalse(after.out().contains("trust.reference-old"), after::all);
    }

    @Test
    void anUnknownRuleIsAUsageErrorThatSaysWhereAndWhatWasMeant(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\n  \"rules\": {\n    \"trust.review-overdu\": \"off\"\n  }\n}\n");

        CliRun r = run("check", "--rules", rules.toString());

        assertEquals(2, r.code(), r::all);
        assertEquals("healthpage check: the rule configuration cannot be used (1 problem):\n  " + rules
                + ":3:5 /rules/trust.review-overdu: unknown rule \"trust.review-overdu\" (did you mean \"trust.review-overdue\"?)\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadSeverityOrAMissingFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": {\"text.length\": \"of\"}}");

        CliRun bad = run("bundle", "check", "--rules", rules.toString());
        CliRun missing = run("bundle", "check-labels", "--rules", dir.resolve("nope.json").toString(), rules.toString());

        assertEquals(2, bad.code(), bad::all);
        assertTrue(bad.err().contains(rules + ":1:27 /rules/text.length: rule \"text.length\": unknown setting \"of\" "
                + "(did you mean \"off\"?)"), bad::all);
        assertEquals(2, missing.code(), missing::all);
        assertTrue(missing.err().contains("nope.json: no such file (--rules must name a JSON rule configuration)"), missing::all);
    }

    @Test
    void bundleCheckTakesTheConfiguration(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithBrokenSpanishTitle(dir);
        Path rules = Files.writeString(dir.resolve("rules.json"), """
                {"rules": {"icu.syntax": "warning", "keys.missing": "off"}}
                """);

        CliRun strict = run("bundle", "check", "--article", article.toString());
        CliRun relaxed = run("bundle", "check", "--article", article.toString(), "--rules", rules.toString());

        assertEquals(1, strict.code(), strict::all);
        assertTrue(strict.out().contains("keys.missing"), strict::all);
        assertEquals(0, relaxed.code(), relaxed::all);
        assertTrue(relaxed.out().contains("warning  icu.syntax"), relaxed::all);
        assertFalse(relaxed.out().contains("keys.missing"), relaxed::all);
        assertTrue(relaxed.out().endsWith("0 errors, 1 warning in 1 file.\n"), relaxed::all);
    }
}
