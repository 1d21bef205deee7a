package io.healthpage.check;

import static io.healthpage.check.ArticleCheckerTest.clean;
import static io.healthpage.check.ArticleCheckerTest.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules switched off or made more or less severe by a {@link RuleConfig}, and rules users add. */
class RuleConfigurationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** The clean article with jargon and a passive sentence in its lead. */
    private static final Article JARGON = clean().lead(p("extra", "It is an analgesic. The dose is given by a nurse.")).build();

    private static ArticleChecker checker(RuleConfig config, ArticleRule... added) {
        ArticleChecker.Builder b = ArticleChecker.builder().today(TODAY).rules(config);
        for (ArticleRule r : added) b.rule(r);
        return b.build();
    }

    private static List<String> rules(CheckReport r) {
        return r.findings().stream().map(Problem::rule).toList();
    }

    @Test
    void aRuleSwitchedOffDoesNotRunAndItsPematItemIsNotDecided() {
        CheckReport on = checker(RuleConfig.defaults()).check(JARGON);
        CheckReport off = checker(RuleConfig.builder().off("language.jargon").build()).check(JARGON);

        assertEquals(List.of("language.jargon", "language.passive-voice"), rules(on));
        assertEquals(List.of("language.passive-voice"), rules(off));
        assertEquals(false, on.summary().pematItems().get("PEMAT-P item 3"));
        assertFalse(off.summary().pematItems().containsKey("PEMAT-P item 3"), "item 3 rests on language.jargon");
        assertEquals(Optional.empty(), checker(RuleConfig.builder().off("language.jargon").build()).severity("language.jargon"));
        assertFalse(checker(RuleConfig.builder().off("language.jargon").build()).rules().contains(LanguageRules.JARGON));
    }

    @Test
    void aSeverityChangeReachesFindingsAndCounts() {
        CheckReport r = checker(RuleConfig.builder().severity("language.jargon", Severity.ERROR)
                .severity("language.passive-voice", Severity.INFO).build()).check(JARGON);

        assertEquals(Severity.ERROR, r.findings("language.jargon").get(0).severity());
        assertEquals(Severity.INFO, r.findings("language.passive-voice").get(0).severity());
        assertEquals(1, r.summary().counts().get(Severity.ERROR));
        assertEquals(0, r.summary().counts().get(Severity.WARNING));
        assertEquals(1, r.summary().counts().get(Severity.INFO));
        assertTrue(r.toText().contains("ERROR language.jargon at /lead/1/text [p.extra]"), r.toText());
    }

    @Test
    void aConfigurationNamingAnUnknownRuleFailsWhenTheCheckerIsBuilt() {
        RuleConfig c = RuleConfig.parse("rules.json", "{\"rules\": {\"language.jargn\": \"off\"}}");
        ProblemException e = assertThrows(ProblemException.class, () -> checker(c));
        assertEquals("rules.json:1:12 /rules/language.jargn: unknown rule \"language.jargn\" (did you mean \"language.jargon\"?)",
                e.problems().get(0).toShortString());
    }

    /** The example of docs/checker.md in small: a banned word. */
    static final ArticleRule MIRACLE = ArticleRule.of("house.banned-term", Severity.WARNING, "House style guide",
            "a word the house style does not use", context -> {
                for (TextUnit unit : context.units()) {
                    if (unit.text().toLowerCase(Locale.ROOT).contains("miracle")) {
                        context.report(context.problem(unit, "\u201cmiracle\u201d overpromises").text("miracle").suggestion("say what it does"));
                    }
                }
            });

    @Test
    void anAddedRuleReportsLocatedFindingsInItsOwnGroupAfterTheBuiltInOnes() {
        Article a = clean().lead(p("extra", "Ketamine is no miracle. It is an analgesic.")).build();

        CheckReport r = checker(RuleConfig.defaults(), MIRACLE).check(a);

        assertEquals(List.of("language.jargon", "house.banned-term"), rules(r));
        Problem f = r.findings("house.banned-term").get(0);
        assertEquals("/lead/1/text", f.pointer());
        assertEquals("p.extra", f.key());
        assertEquals("miracle", f.text());
        assertEquals("House style guide", f.guideline());
        assertEquals(Severity.WARNING, f.severity());
        assertFalse(rules(checker(RuleConfig.defaults(), MIRACLE).check(clean().build())).contains("house.banned-term"),
                "and passes the clean article");
        // the configuration reaches added rules too
        CheckReport off = checker(RuleConfig.builder().off("house.banned-term").build(), MIRACLE).check(a);
        assertEquals(List.of("language.jargon"), rules(off));
    }

    @Test
    void addedRulesNeedAFreshWellFormedId() {
        ArticleChecker.Builder b = ArticleChecker.builder();
        assertThrows(IllegalArgumentException.class, () -> b.rule(LanguageRules.JARGON));
        b.rule(MIRACLE);
        assertThrows(IllegalArgumentException.class, () -> b.rule(MIRACLE));
        assertThrows(IllegalArgumentException.class, () -> ArticleRule.of("Banned", Severity.INFO, "g", "d", c -> { }));
        assertThrows(IllegalArgumentException.class, () -> ArticleRule.of("nogroup", Severity.INFO, "g", "d", c -> { }));
    }

    @Test
    void aFindingReportedUnderAnotherIdStillCarriesTheRunningRulesIdAndSeverity() {
        ArticleRule sneaky = ArticleRule.of("house.sneaky", Severity.INFO, "g", "d",
                c -> c.report(Problem.builder("link.vague-text", "not mine").severity(Severity.ERROR).pointer("/title")));
        Problem f = checker(RuleConfig.defaults(), sneaky).check(clean().build()).findings().get(0);
        assertEquals("house.sneaky", f.rule());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("g", f.guideline());
    }
}
