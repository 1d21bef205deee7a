package io.healthpage.check;

import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.INFO;
import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.ArticleWalker.BlockAt;
import io.healthpage.check.ArticleWalker.SectionAt;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.Arg;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Person;
import io.healthpage.model.Reference;
import java.util.List;
import java.util.regex.Pattern;

/** The rules about medical trust signals: review dates, reviewer, disclaimer, citations, references. */
final class TrustRules {
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final String ATTRIBUTION = "HONcode principle 4 (attribution)";

    private TrustRules() {}

    static final ArticleRule NO_LAST_REVIEWED = DefinedRule.builtIn("trust.no-last-reviewed", WARNING, ATTRIBUTION,
            "add `dates.lastReviewed` and `nextReviewDue`", run -> {
                if (run.article.dates().lastReviewed() != null) return;
                run.report(run.problem("/dates", "The article has no last-reviewed date, so readers cannot tell how current it is.")
                        .suggestion("Add dates.lastReviewed and dates.nextReviewDue."));
            });

    static final ArticleRule REVIEW_OVERDUE = DefinedRule.builtIn("trust.review-overdue", ERROR, ATTRIBUTION,
            "`nextReviewDue` is before today: review the article", run -> {
                ArticleDates d = run.article.dates();
                if (d.nextReviewDue() == null || !d.nextReviewDue().isBefore(run.today)) return;
                run.report(run.problem("/dates/nextReviewDue", "The next review was due on " + d.nextReviewDue()
                                + "; the medical content may be out of date.").text(d.nextReviewDue().toString())
                        .suggestion("Have the article reviewed and update both review dates."));
            });

    static final ArticleRule NO_REVIEWER = DefinedRule.builtIn("trust.no-reviewer", WARNING, "HONcode principle 1 (authority)",
            "name the medical reviewer", run -> {
                if (!run.article.reviewers().isEmpty()) return;
                run.report(run.problem("/reviewers", "No medical reviewer is named.")
                        .suggestion("Name the qualified person or organization who reviewed the medical content."));
            });

    static final ArticleRule REVIEWER_UNNAMED = DefinedRule.builtIn("trust.reviewer-unnamed", INFO, "HONcode principle 1 (authority)",
            "a reviewer given by role only: add the name when it is known", run -> {
                List<Person> reviewers = run.article.reviewers();
                for (int i = 0; i < reviewers.size(); i++) {
                    Person p = reviewers.get(i);
                    if (!p.roleOnly()) continue;
                    run.report(run.problem("/reviewers/" + i, "Reviewer '" + p.id() + "' is given by role only, without a name.")
                            .text(CheckerText.plain(p.role(), run.article))
                            .suggestion("Add \"name\" when the reviewer is known; readers trust a named reviewer more."));
                }
            });

    static final ArticleRule NO_DISCLAIMER = DefinedRule.builtIn("trust.no-disclaimer", WARNING, "HONcode principle 2 (complementarity)",
            "add a medical disclaimer", run -> {
                if (run.article.disclaimer() != null && !CheckerText.plain(run.article.disclaimer(), run.article).isBlank()) return;
                run.report(run.problem("/disclaimer", "The article has no medical disclaimer.").suggestion(
                        "Add a disclaimer that the page supports, not replaces, the relationship with a health professional."));
            });

    static final ArticleRule UNCITED_CLAIMS = DefinedRule.builtIn("trust.uncited-claims", WARNING, ATTRIBUTION,
            "a section whose own prose states a number (digits or a number/percent/quantity/range argument) has no "
                    + "`<cite:ID/>` and no quote with a reference: cite the source", run -> {
                for (SectionAt s : run.walk.sections) {
                    if (!claimsWithoutCitation(run, s)) continue;
                    String id = s.section().id();
                    run.report(run.problem(s.pointer(), "Section '" + id + "' states numbers but cites no source.")
                            .key(s.section().heading().key()).section(id).text(run.plain.get(run.unitAt(s.pointer() + "/heading")))
                            .suggestion("Cite the source of the facts with <cite:ID/>."));
                }
            });

    static final ArticleRule REFERENCE_INCOMPLETE = DefinedRule.builtIn("trust.reference-incomplete", WARNING, ATTRIBUTION,
            "a reference without year, or without URL, DOI and PMID", run -> {
                List<Reference> refs = run.article.references();
                for (int i = 0; i < refs.size(); i++) {
                    Reference r = refs.get(i);
                    boolean noYear = r.year() == null;
                    boolean noLink = r.url() == null && r.doi() == null && r.pmid() == null;
                    if (!noYear && !noLink) continue;
                    String what = noYear && noLink ? "year and no URL, DOI or PMID, so readers cannot find or date it"
                            : noYear ? "year, so readers cannot date it" : "URL, DOI or PMID, so readers cannot find it";
                    run.report(run.problem("/references/" + i, "Reference '" + r.id() + "' has no " + what + ".").text(r.title())
                            .suggestion(noYear && noLink ? "Add the year and a URL or DOI." : noYear ? "Add the year." : "Add a URL or DOI."));
                }
            });

    static final ArticleRule REFERENCE_OLD = DefinedRule.builtIn("trust.reference-old", WARNING, ATTRIBUTION,
            "a reference older than `maxReferenceAgeYears` (by its updated year when it has one): check it is current", run -> {
                List<Reference> refs = run.article.references();
                int maxAge = run.cfg.maxReferenceAgeYears;
                for (int i = 0; i < refs.size(); i++) {
                    Reference r = refs.get(i);
                    // a work is as current as its last update: a 2001 guideline updated last year is not old
                    Integer last = r.updated() != null ? r.updated() : r.year();
                    if (last == null || last >= run.today.getYear() - maxAge) continue;
                    String when = r.updated() != null ? "was last updated in " + r.updated() : "is from " + r.year();
                    run.report(run.problem("/references/" + i + (r.updated() != null ? "/updated" : "/year"), "Reference '" + r.id()
                                    + "' " + when + ", more than " + maxAge + " years ago.").text(r.title())
                            .suggestion("Check that it is still current, or cite a newer source."));
                }
            });

    static final List<ArticleRule> ALL = List.of(NO_LAST_REVIEWED, REVIEW_OVERDUE, NO_REVIEWER, REVIEWER_UNNAMED, NO_DISCLAIMER, UNCITED_CLAIMS,
            REFERENCE_INCOMPLETE, REFERENCE_OLD);

    /** A section states a claim when its own text has a number (digits or a numeric argument). */
    private static boolean claimsWithoutCitation(CheckRun run, SectionAt s) {
        boolean claims = false;
        String prefix = s.pointer() + "/blocks/";
        for (Unit u : run.walk.units) {
            if (!u.pointer().startsWith(prefix)) continue;
            if (InlineTags.hasCitation(run.formatted.get(u))) return false;
            if (!u.role().isProse()) continue;
            for (Arg a : u.message().args().values()) {
                if (a instanceof NumberArg || a instanceof PercentArg || a instanceof QuantityArg || a instanceof RangeArg) claims = true;
            }
            if (DIGIT.matcher(u.message().pattern().replaceAll("\\{[^{}]*\\}", "")).find()) claims = true;
        }
        for (BlockAt b : run.walk.blocks) {
            if (b.pointer().startsWith(prefix) && b.block() instanceof Quote q && q.referenceId() != null) return false;
        }
        return claims;
    }
}
