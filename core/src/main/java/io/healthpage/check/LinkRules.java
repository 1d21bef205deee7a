package io.healthpage.check;

import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.INFO;
import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.CheckRun.LinkUse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules about links: a link text must say where the link goes. */
final class LinkRules {
    private static final Pattern URL_TEXT = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private LinkRules() {}

    static final ArticleRule VAGUE_TEXT = DefinedRule.builtIn("link.vague-text", WARNING, "WCAG 2.2 SC 2.4.4",
            "the whole link text is one of the language's vague link texts (page label `check.vagueLinks`: \"read more\", "
                    + "\"here\"): use the target's title", run -> {
                for (LinkUse l : run.links) {
                    if (!vague(run, l)) continue;
                    run.report(run.problem(l.unit(), "The link text does not say where the link goes; out of context (a screen "
                                    + "reader's list of links) it means nothing.").text(l.text())
                            .suggestion("Use the title of the target as the link text, e.g. \u201cHow ketamine is given\u201d."));
                }
            });

    static final ArticleRule BARE_URL = DefinedRule.builtIn("link.bare-url", WARNING, "WCAG 2.2 SC 2.4.4",
            "the link text is a URL: use the target's title", run -> {
                for (LinkUse l : run.links) {
                    if (l.normalized().isEmpty() || vague(run, l)) continue;
                    if (!URL_TEXT.matcher(l.text().strip()).matches() && !l.text().strip().equals(l.href())) continue;
                    run.report(run.problem(l.unit(), "The link text is a web address; screen readers spell it out and readers "
                            + "cannot tell what it is.").text(l.text()).suggestion("Use the title of the target page as the link text."));
                }
            });

    static final ArticleRule EMPTY_TEXT = DefinedRule.builtIn("link.empty-text", ERROR, "WCAG 2.2 SC 2.4.4",
            "put text between the link tags", run -> {
                for (LinkUse l : run.links) {
                    if (!l.normalized().isEmpty()) continue;
                    run.report(run.problem(l.unit(), "A link has no text, so screen readers announce only its address.")
                            .text(l.text()).suggestion("Put the name of the target page between the link tags."));
                }
            });

    static final ArticleRule VAGUE_TEXT_UNCHECKED = DefinedRule.builtIn("link.vague-text-unchecked", INFO, "WCAG 2.2 SC 2.4.4",
            "the article has links but the checker has no vague-link list for its language (no labels of that language "
                    + "given, or their `check.vagueLinks` fell back to English): pass the labels, or have the label translated",
            run -> {
                if (run.cfg.hasVagueList(run.lang)) return;
                for (LinkUse l : run.links) {
                    if (l.href() == null || l.normalized().isEmpty()) continue;
                    run.report(run.problem(l.unit(), "Link texts were not checked for vague words such as \u201cread more\u201d: "
                                    + "the checker has no list for " + run.article.locale().getDisplayLanguage(Locale.ENGLISH)
                                    + " (" + run.lang + ").").text(l.text())
                            .suggestion("Give the checker the page labels of this language (ArticleChecker.Builder.labels, "
                                    + "from Localizer.labels); translators add the list as the label check.vagueLinks."));
                    return;
                }
            });

    static final ArticleRule SAME_TEXT_DIFFERENT_TARGET = DefinedRule.builtIn("link.same-text-different-target", WARNING,
            "WCAG 2.2 SC 2.4.4, SC 2.4.9", "links with the same text lead to different places: give each its own text", run -> {
                Map<String, LinkUse> first = new LinkedHashMap<>();
                Map<String, Set<String>> targets = new LinkedHashMap<>();
                for (LinkUse l : run.links) {
                    String norm = l.normalized();
                    if (l.href() == null || norm.isEmpty()) continue;
                    first.putIfAbsent(norm, l);
                    targets.computeIfAbsent(norm, k -> new LinkedHashSet<>()).add(l.href());
                }
                targets.forEach((norm, hrefs) -> {
                    if (hrefs.size() < 2) return;
                    LinkUse l = first.get(norm);
                    run.report(run.problem(l.unit(), hrefs.size() + " links with the same text lead to different places: "
                            + String.join(", ", hrefs)).text(l.text()).suggestion("Give each link a text that names its own target."));
                });
            });

    private static boolean vague(CheckRun run, LinkUse l) {
        String norm = l.normalized();
        if (norm.isEmpty()) return false;
        String unitLang = l.unit().message().locale().getLanguage();
        return run.cfg.vagueLinks(run.lang).contains(norm) || run.cfg.vagueLinks(unitLang).contains(norm);
    }

    static final List<ArticleRule> ALL = List.of(VAGUE_TEXT, BARE_URL, EMPTY_TEXT, VAGUE_TEXT_UNCHECKED, SAME_TEXT_DIFFERENT_TARGET);
}
