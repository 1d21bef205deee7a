package io.healthpage.check;

import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.ArticleWalker.BlockAt;
import io.healthpage.check.ArticleWalker.SectionAt;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.Callout;
import java.util.List;

/** The rules about the outline of an article: headings, section length, summary, a call to action. */
final class StructureRules {
    private StructureRules() {}

    static final ArticleRule HEADING_MISSING = DefinedRule.builtIn("structure.heading-missing", ERROR,
            "WCAG 2.2 SC 2.4.6, SC 1.3.1; PEMAT-P item 9", "give the section a heading that says what it is about", run -> {
                for (SectionAt s : run.walk.sections) {
                    Unit heading = run.unitAt(s.pointer() + "/heading");
                    if (!run.plain.get(heading).isBlank()) continue;
                    run.report(run.problem(heading, "Section '" + s.section().id() + "' has an empty heading.")
                            .suggestion("Give the section a heading that says what it is about."));
                }
            });

    static final ArticleRule HEADING_DEPTH = DefinedRule.builtIn("structure.heading-depth", ERROR, "WCAG 2.2 SC 1.3.1",
            "a section (or a callout title) would be deeper than `h6`: flatten the outline", run -> {
                for (BlockAt b : run.walk.blocks) {
                    if (b.block() instanceof Callout c && c.title() != null && b.level() + 1 > 6) {
                        run.report(run.problem(run.unitAt(b.pointer() + "/title"), "This callout title would need heading level "
                                + (b.level() + 1) + "; HTML stops at h6.")
                                .suggestion("Move the callout to a shallower section or flatten the outline."));
                    }
                }
                for (SectionAt s : run.walk.sections) {
                    if (s.level() <= 6) continue;
                    Unit heading = run.unitAt(s.pointer() + "/heading");
                    run.report(run.problem(heading, "Section '" + s.section().id() + "' is nested so deep that its heading would be h"
                            + s.level() + "; HTML stops at h6.").text(run.plain.get(heading))
                            .suggestion("Flatten the outline: at most five levels of sections under the title."));
                }
            });

    static final ArticleRule SECTION_TOO_LONG = DefinedRule.builtIn("structure.section-too-long", WARNING,
            "PEMAT-P item 8; CDC CCI 4.2",
            "a section's own prose (not its subsections) has more than `maxWordsPerSection` words: split it", run -> {
                for (SectionAt s : run.walk.sections) {
                    String id = s.section().id();
                    int words = run.sectionWords.getOrDefault(id, 0);
                    if (words <= run.cfg.maxWordsPerSection) continue;
                    run.report(run.problem(s.pointer(), "Section '" + id + "' has " + words + " words of text (limit "
                                    + run.cfg.maxWordsPerSection + ").").key(s.section().heading().key()).section(id)
                            .text(run.plain.get(run.unitAt(s.pointer() + "/heading")))
                            .suggestion("Split it into subsections with their own headings."));
                }
            });

    static final ArticleRule NO_SUMMARY = DefinedRule.builtIn("structure.no-summary", WARNING, "PEMAT-P item 11; CDC CCI 4.3",
            "add key takeaways", run -> {
                if (!run.article.takeaways().isEmpty()) return;
                run.report(run.problem("/takeaways", "The article has no key takeaways, so readers cannot get the main message "
                        + "at a glance.").suggestion("Add three to five key takeaways."));
            });

    static final ArticleRule NO_ACTION = DefinedRule.builtIn("structure.no-action", WARNING, "PEMAT-P item 20; CDC CCI 2.1",
            "no tip/important callout and no prose sentence starting with an instruction word (`actions_<lang>.txt`): "
                    + "tell readers what they can do", run -> {
                if (run.hasAction) return;
                run.report(run.problem("", "No clear action for the reader was found (a tip or important callout, or a sentence "
                        + "that starts with an instruction).")
                        .suggestion("Tell readers what they can do, e.g. \u201cAsk your doctor about \u2026\u201d."));
            });

    static final List<ArticleRule> ALL = List.of(HEADING_MISSING, HEADING_DEPTH, SECTION_TOO_LONG, NO_SUMMARY, NO_ACTION);
}
