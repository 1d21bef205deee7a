package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.Fixtures.bundle;
import static io.healthpage.i18n.tools.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translator rules switched off or given another severity, and rules users add (a house glossary). */
class TranslationRuleConfigurationTest {
    private static final Article ARTICLE = Fixtures.article();
    /** Identical to its source (a warning) and 3.5 times as long as it is not. */
    private static final Bundle ES = bundle("es", entry("title", "How long does ketamine pain relief last?"),
            entry("long", "La ketamina puede aliviar el dolor durante poco tiempo, y además mucho más texto que no está en el "
                    + "original de ninguna manera posible aquí."));

    private static List<String> rules(CheckResult r) {
        return r.findings().stream().filter(f -> f.key() != null && !f.rule().equals("keys.missing")).map(Problem::rule).toList();
    }

    @Test
    void offAndSeverityChangesReachFindingsCountsAndVerdicts() {
        CheckResult defaults = BundleChecker.create().check(ARTICLE, ES);
        BundleChecker configured = BundleChecker.builder().rules(RuleConfig.builder().off("text.length")
                .severity("text.identical", Severity.ERROR).severity("keys.missing", Severity.INFO).build()).build();
        CheckResult r = configured.check(ARTICLE, ES);

        assertEquals(List.of("text.identical", "text.length"), rules(defaults));
        assertFalse(defaults.hasErrors());
        assertEquals(List.of("text.identical"), rules(r));
        assertTrue(r.hasErrors(), "text.identical is an error now");
        assertEquals(1, r.errorCount());
        assertEquals(0, r.warningCount());
        assertTrue(r.infoCount() > 0);
        assertTrue(r.toText(false).contains("  -       info     keys.missing"), r.toText(false));
        assertTrue(r.toText(false).endsWith("1 error, 0 warnings, " + r.infoCount() + " infos in 1 file.\n"), r.toText(false));
        assertTrue(r.toJson().contains("\"infos\": " + r.infoCount()), r.toJson());
        assertFalse(defaults.toJson().contains("\"infos\""), "no infos, no count");
        assertEquals(Optional.empty(), configured.severity("text.length"));
        assertFalse(configured.rules().contains(StyleRules.LENGTH));
    }

    @Test
    void aLoaderProblemTheCheckerHasARuleForIsConfiguredLikeThatRule(@TempDir Path dir) throws Exception {
        Path dup = dir.resolve("es.json");
        String title = "    \"title\": { \"text\": \"¿Cuánto dura?\", \"source\": \"x\" }";
        Files.writeString(dup, "{\n  \"format\": 1, \"locale\": \"es\", \"kind\": \"article\", \"article\": \"test-article\",\n"
                + "  \"sourceLocale\": \"en\",\n  \"messages\": {\n" + title + ",\n" + title + "\n  }\n}\n");

        List<String> on = BundleChecker.create().check(ARTICLE, dup).findings().stream().map(Problem::rule).toList();
        List<String> off = BundleChecker.builder().rules(RuleConfig.builder().off("keys.duplicate").build()).build()
                .check(ARTICLE, dup).findings().stream().map(Problem::rule).toList();

        assertTrue(on.contains("keys.duplicate"), on.toString());
        assertFalse(off.contains("keys.duplicate"), off.toString());
    }

    @Test
    void anUnknownRuleIdFailsWhenTheCheckerIsBuilt() {
        RuleConfig c = RuleConfig.parse("rules.json", "{\"rules\": {\"text.lenght\": \"off\"}}");
        ProblemException e = assertThrows(ProblemException.class, () -> BundleChecker.builder().rules(c).build());
        assertEquals("rules.json:1:12 /rules/text.lenght: unknown rule \"text.lenght\" (did you mean \"text.length\"?)",
                e.problems().get(0).toShortString());
    }

    /** A house glossary, the example of TRANSLATING.md in small. */
    static final TranslationRule GLOSSARY = TranslationRule.of("house.glossary", Severity.ERROR,
            "Use the glossary's word for this term.", entry -> {
                if (entry.sourceText().toLowerCase(Locale.ROOT).contains("pain relief")
                        && entry.locale().getLanguage().equals("es")
                        && !entry.translatedText().toLowerCase(Locale.ROOT).contains("alivio del dolor")) {
                    entry.report(entry.problem("\u201cpain relief\u201d is not translated as \u201calivio del dolor\u201d")
                            .suggestion("write \u201calivio del dolor\u201d"));
                }
            });

    @Test
    void anAddedRuleRunsOnEveryTranslationThatParsesAndIsLocated() {
        BundleChecker checker = BundleChecker.builder().rule(GLOSSARY).build();

        CheckResult bad = checker.check(ARTICLE, bundle("es", entry("title", "¿Cuánto dura el efecto analgésico de la ketamina?")));
        CheckResult good = checker.check(ARTICLE, bundle("es", entry("title", "¿Cuánto dura el alivio del dolor con ketamina?")));
        CheckResult broken = checker.check(ARTICLE, bundle("es", entry("title", "¿Cuánto dura {el alivio?")));

        Problem f = bad.findings().stream().filter(p -> p.rule().equals("house.glossary")).findFirst().orElseThrow();
        assertEquals("es.json", f.file());
        assertEquals(7, f.line());
        assertEquals(5, f.column());
        assertEquals("title", f.key());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(bad.hasErrors());
        assertFalse(good.findings().stream().anyMatch(p -> p.rule().equals("house.glossary")));
        assertEquals(List.of("icu.syntax"), rules(broken), "a translation that does not parse gets only its syntax error");
        assertTrue(checker.rules().contains(GLOSSARY));
    }

    @Test
    void anAddedErrorRuleGatesTheLocalizerToo() {
        var gate = BundleChecker.builder().rule(GLOSSARY).build().asTranslationCheck(ARTICLE);
        Message source = ARTICLE.messages().stream().filter(m -> m.key().equals("title")).findFirst().orElseThrow();
        Bundle es = bundle("es", entry("title", "¿Cuánto dura el efecto analgésico de la ketamina?"));

        assertEquals(Optional.of("[house.glossary] \u201cpain relief\u201d is not translated as \u201calivio del dolor\u201d"),
                gate.reject(source, es, es.entries().get("title")));
    }

    @Test
    void addedRulesNeedAFreshWellFormedId() {
        BundleChecker.Builder b = BundleChecker.builder();
        assertThrows(IllegalArgumentException.class, () -> b.rule(StyleRules.LENGTH));
        b.rule(GLOSSARY);
        assertThrows(IllegalArgumentException.class, () -> b.rule(GLOSSARY));
        assertThrows(IllegalArgumentException.class, () -> TranslationRule.of("glossary", Severity.ERROR, "d", e -> { }));
        assertThrows(IllegalArgumentException.class, () -> BundleChecker.builder().maxLengthRatio(1));
    }
}
