package io.healthpage.check;

import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.ArticleWalker.Role;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.check.CheckRun.Sentence;
import io.healthpage.model.Arg;
import io.healthpage.model.Message;
import io.healthpage.model.Term;
import io.healthpage.model.TextArg;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain-language rules: abbreviations, jargon, sentence and paragraph length, passive voice. */
final class LanguageRules {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}[\\p{Lu}\\p{N}]*(?:s)?(?![\\p{L}\\p{N}])");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    private LanguageRules() {}

    static final ArticleRule ABBREVIATION_UNTAGGED = DefinedRule.builtIn("language.abbreviation-untagged", WARNING,
            "WCAG 2.2 SC 3.1.4; PEMAT-P item 4", "an uppercase acronym (`CBT`, `NMDA`) outside any `<term:ID>` tag: add a "
                    + "glossary abbreviation and tag the use", run -> {
                for (Unit u : run.languageUnits()) {
                    // acronyms outside term tags; text arguments are names (drugs, brands) and are left out
                    Map<String, Arg> args = new LinkedHashMap<>(u.message().args());
                    args.replaceAll((k, v) -> v instanceof TextArg ? new TextArg("") : v);
                    Message noNames = new Message(u.message().key(), u.message().pattern(), null, args, u.message().locale(),
                            u.message().status());
                    String outside = CheckerText.stripTags(InlineTags.withoutTerms(CheckerText.formatted(noNames)), run.article);
                    Set<String> seen = new HashSet<>();
                    Matcher m = ACRONYM.matcher(outside);
                    while (m.find()) {
                        String a = m.group();
                        if (ROMAN.matcher(a).matches() || !seen.add(a)) continue;
                        run.report(run.problem(u, "The abbreviation \u201c" + a + "\u201d is not linked to a glossary term, so it "
                                + "is not expanded at first use.").text(a).suggestion("Add a glossary term of kind abbreviation "
                                + "with its expansion and tag the use: <term:ID>" + a + "</term:ID>."));
                    }
                }
            });

    static final ArticleRule ABBREVIATION_NO_EXPANSION = DefinedRule.builtIn("language.abbreviation-no-expansion", WARNING,
            "WCAG 2.2 SC 3.1.4; PEMAT-P item 4", "a tagged term that looks like an acronym has no expansion: make it an "
                    + "abbreviation with an expansion", run -> {
                Set<String> seen = new HashSet<>();
                for (Unit u : run.languageUnits()) {
                    for (String id : InlineTags.termIds(run.formatted.get(u))) {
                        Term t = run.article.term(id);
                        if (t == null || t.expansion() != null || !seen.add(id)) continue;
                        String text = CheckerText.plain(t.text(), run.article);
                        if (!ACRONYM.matcher(text).find()) continue;
                        run.report(run.problem(u, "The glossary term '" + id + "' looks like an abbreviation but has no expansion.")
                                .text(text).suggestion("Make term '" + id + "' of kind abbreviation and give its expansion."));
                    }
                }
            });

    static final ArticleRule JARGON = DefinedRule.builtIn("language.jargon", WARNING, "CDC CCI 3.1; PEMAT-P item 3",
            "a word from `jargon_<lang>.txt`: use the plain alternative, or tag it with a glossary term that has a definition",
            run -> {
                for (Unit u : run.languageUnits()) {
                    String text = CheckerText.stripTags(InlineTags.withoutTerms(run.formatted.get(u), id -> {
                        Term t = run.article.term(id);
                        return t != null && (t.definition() != null || t.expansion() != null);
                    }), run.article);
                    for (WordLists.Jargon j : run.cfg.jargon(run.lang)) {
                        Matcher m = j.pattern().matcher(text);
                        if (!m.find()) continue;
                        run.report(run.problem(u, "\u201c" + m.group() + "\u201d is medical jargon; many readers do not know it.")
                                .text(m.group())
                                .suggestion("Say \u201c" + j.plain() + "\u201d, or tag the term and give it a glossary definition."));
                    }
                }
            });

    static final ArticleRule LONG_SENTENCE = DefinedRule.builtIn("language.long-sentence", WARNING,
            "CDC CCI 3.1; Federal Plain Language Guidelines (short sentences)", "more than `maxWordsPerSentence` words: split",
            run -> {
                int max = run.cfg.maxWordsPerSentence;
                for (Unit u : run.languageUnits()) {
                    for (Sentence s : run.sentences.getOrDefault(u, List.of())) {
                        if (s.words() <= max) continue;
                        run.report(run.problem(u, "This sentence has " + s.words() + " words (limit " + max + ").").text(s.text())
                                .suggestion("Split it into sentences of at most " + max + " words, one idea each."));
                    }
                }
            });

    static final ArticleRule PASSIVE_VOICE = DefinedRule.builtIn("language.passive-voice", WARNING, "PEMAT-P item 5; CDC CCI 3.2",
            "English only: a form of *be* + past participle: say who does what", run -> {
                for (Unit u : run.languageUnits()) {
                    for (Sentence s : run.sentences.getOrDefault(u, List.of())) {
                        if (s.passive() == null) continue;
                        run.report(run.problem(u, "This sentence seems to be in the passive voice (\u201c" + s.passive() + "\u201d).")
                                .text(s.text()).suggestion("If you can, say who does what (active voice), e.g. \u201cthe nurse "
                                        + "gives the medicine\u201d instead of \u201cthe medicine is given\u201d."));
                    }
                }
            });

    static final ArticleRule LONG_PARAGRAPH = DefinedRule.builtIn("language.long-paragraph", WARNING, "PEMAT-P item 8; CDC CCI 4.2",
            "more than `maxWordsPerParagraph` words: split or use a list", run -> {
                for (Unit u : run.languageUnits()) {
                    int words = run.proseWords.getOrDefault(u, 0);
                    if (u.role() != Role.PARAGRAPH || words <= run.cfg.maxWordsPerParagraph) continue;
                    run.report(run.problem(u, "This paragraph has " + words + " words (limit " + run.cfg.maxWordsPerParagraph + ").")
                            .suggestion("Split it, or turn a series into a bulleted list."));
                }
            });

    static final List<ArticleRule> ALL = List.of(ABBREVIATION_UNTAGGED, ABBREVIATION_NO_EXPANSION, JARGON, LONG_SENTENCE,
            PASSIVE_VOICE, LONG_PARAGRAPH);
}
