package io.healthpage.check;

import static io.healthpage.problem.Severity.INFO;
import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.Readability.TooHard;
import java.util.List;
import java.util.Locale;

/** The readability rules: the formulas of the article's language against the target grade. */
final class ReadabilityRules {
    private ReadabilityRules() {}

    static final ArticleRule TOO_HARD = DefinedRule.builtIn("readability.too-hard", WARNING,
            "WCAG 2.2 SC 3.1.5; NIH/AMA patient materials at or below grade 8",
            "a formula of the language misses the target (see Readability below)", run -> {
                for (TooHard t : run.readability.tooHard) {
                    String message = String.format(Locale.ROOT, "%s is %.1f; the target is %s.", t.formula(), t.value(), t.target());
                    run.report(run.problem("", message)
                            .suggestion("Use shorter sentences and everyday words; see the language.* findings."));
                }
            });

    static final ArticleRule NO_FORMULA = DefinedRule.builtIn("readability.no-formula", INFO, "WCAG 2.2 SC 3.1.5",
            "Chinese, Japanese, Korean: no formula is valid; characters per sentence are reported", run -> {
                if (!run.readability.noFormula) return;
                run.report(run.problem("", "No readability formula is valid for "
                        + run.article.locale().getDisplayLanguage(Locale.ENGLISH) + "; characters per sentence are reported instead."));
            });

    static final List<ArticleRule> ALL = List.of(TOO_HARD, NO_FORMULA);
}
