package io.healthpage.check;

import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.TextStatus;
import java.util.List;
import java.util.Locale;

/** The rules about a localized article: fallbacks, stale translations, medical review. */
final class TranslationRules {
    private static final String MEDLINEPLUS = "MedlinePlus guidelines for translated material (reviewed translation)";

    private TranslationRules() {}

    static final ArticleRule FALLBACK = DefinedRule.builtIn("translation.fallback", WARNING, "CDC CCI 3.1; WCAG 2.2 SC 3.1.2",
            "localized article only: a unit shown in a fallback language (`fallback-*` status)", run -> {
                if (!localized(run)) return;
                for (Unit u : run.walk.units) {
                    TextStatus st = u.message().status();
                    if (!st.isFallback()) continue;
                    run.report(run.problem(u, "Shown in " + u.message().locale().toLanguageTag() + " instead of "
                                    + run.article.locale().toLanguageTag() + " (" + st.name().toLowerCase(Locale.ROOT).replace('_', '-')
                                    + ").").text(run.plain.get(u))
                            .suggestion("Translate (or fix the translation of) " + u.message().key() + "."));
                }
            });

    static final ArticleRule STALE = DefinedRule.builtIn("translation.stale", WARNING, MEDLINEPLUS,
            "a unit whose translation predates its source (`stale-shown`)", run -> {
                if (!localized(run)) return;
                for (Unit u : run.walk.units) {
                    if (u.message().status() != TextStatus.STALE_SHOWN) continue;
                    run.report(run.problem(u, "The translation was made from an older source text; the medical facts may have changed.")
                            .text(run.plain.get(u))
                            .suggestion("Update the translation of " + u.message().key() + " and have it reviewed."));
                }
            });

    static final ArticleRule NOT_REVIEWED = DefinedRule.builtIn("translation.not-reviewed", WARNING, MEDLINEPLUS,
            "a localized article checked without `translationReviewed(true)`", run -> {
                if (!localized(run) || run.cfg.translationReviewed) return;
                String tag = run.article.locale().toLanguageTag();
                run.report(run.problem("", "The " + tag + " translation is not marked as medically reviewed.").text(tag)
                        .suggestion("Have a qualified reviewer check the translation, then record it in the bundle: \"review\": "
                                + "{\"medicallyReviewed\": true, \"reviewer\": \u2026, \"date\": \u2026}."));
            });

    static final List<ArticleRule> ALL = List.of(FALLBACK, STALE, NOT_REVIEWED);

    private static boolean localized(CheckRun run) {
        return !run.article.locale().equals(run.article.sourceLocale());
    }
}
