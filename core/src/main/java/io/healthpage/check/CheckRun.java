package io.healthpage.check;

import io.healthpage.check.ArticleWalker.BlockAt;
import io.healthpage.check.ArticleWalker.Role;
import io.healthpage.check.ArticleWalker.SectionAt;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Term;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of the checker over one article: holds the state of that run. Used by one thread. */
final class CheckRun {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}[\\p{Lu}\\p{N}]*(?:s)?(?![\\p{L}\\p{N}])");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    private static final Pattern URL_TEXT = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(?:\\S+\\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)|(?:img|dsc|dscn|image|photo|screenshot|pic)[-_ ]?\\d+)");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+|not\\s+)?"
            + "((?:\\w+ed)|known|given|taken|seen|done|made|shown|written|found|held|told|kept|left|led|paid|put|said|sent|"
            + "set|built|bought|brought|caught|chosen|drawn|driven|eaten|felt|forgotten|gotten|heard|hidden|hurt|lost|meant|"
            + "met|sold|spent|thrown|understood|worn|won|born|broken|cut|begun|bitten|frozen|spoken|stolen|torn|proven)\\b");
    private static final Set<String> NOT_PASSIVE = Set.of("tired", "interested", "worried", "scared", "excited", "pleased",
            "satisfied", "supposed", "concerned", "bored", "confused", "surprised", "ashamed");
    /** Material with fewer words of prose is "very short" for PEMAT items 8, 9 and 11. */
    static final int VERY_SHORT_WORDS = 200;

    private final ArticleChecker cfg;
    private final Article article;
    private final LocalDate today;
    private final String lang;
    private final ArticleWalker walk;
    private final TextAnalyzer analyzer;
    private final TextAnalyzer.Counts counts = new TextAnalyzer.Counts();
    private final List<Finding> structure = new ArrayList<>();
    private final List<Finding> links = new ArrayList<>();
    private final List<Finding> images = new ArrayList<>();
    private final List<Finding> language = new ArrayList<>();
    private final List<Finding> trust = new ArrayList<>();
    private final List<Finding> translation = new ArrayList<>();
    private final List<Finding> readability = new ArrayList<>();
    private final Map<Unit, String> formatted = new HashMap<>();
    private final Map<Unit, String> plain = new HashMap<>();
    private final Map<String, Unit> byPointer = new HashMap<>();
    private final Map<String, Integer> sectionWords = new HashMap<>();
    private int proseSentences;
    private int passiveSentences;
    private boolean hasAction;
    private boolean hasVisualCue;

    CheckRun(ArticleChecker cfg, Article article, LocalDate today) {
        this.cfg = cfg;
        this.article = article;
        this.today = today;
        this.lang = article.locale().getLanguage();
        this.walk = new ArticleWalker(article);
        this.analyzer = new TextAnalyzer(article.locale());
        for (Unit u : walk.units) {
            String f = CheckerText.formatted(u.message());
            formatted.put(u, f);
            plain.put(u, CheckerText.stripTags(f, article));
            byPointer.put(u.pointer(), u);
        }
    }

    CheckReport run() {
        units();
        blocks();
        sections();
        articleStructure();
        trustSignals();
        translationSignals();
        CheckReport.Summary summary = summaryAndReadability();
        List<Finding> all = new ArrayList<>();
        for (List<Finding> g : List.of(structure, links, images, language, trust, translation, readability)) all.addAll(g);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) bySeverity.put(s, 0);
        for (Finding f : all) bySeverity.merge(f.severity(), 1, Integer::sum);
        CheckReport.Summary s = new CheckReport.Summary(summary.locale(), summary.words(), summary.sentences(), summary.scores(),
                summary.gradeLevels(), summary.bands(), bySeverity, 0, Map.of());
        Map<String, Boolean> items = pemat(all);
        long agree = items.values().stream().filter(b -> b).count();
        double pct = items.isEmpty() ? 0 : 100.0 * agree / items.size();
        s = new CheckReport.Summary(s.locale(), s.words(), s.sentences(), s.scores(), s.gradeLevels(), s.bands(),
                s.counts(), pct, items);
        return new CheckReport(all, s);
    }

    // ---------------------------------------------------------------- per message

    private void units() {
        Set<String> reportedTerms = new HashSet<>();
        Map<String, LinkUse> firstUseOfText = new LinkedHashMap<>();
        Map<String, Set<String>> targetsOfText = new HashMap<>();
        for (Unit u : walk.units) {
            String f = formatted.get(u);
            if (InlineTags.hasEmphasis(f)) hasVisualCue = true;
            for (InlineTags.Span s : InlineTags.linkSpans(f)) {
                LinkTarget t = article.link(s.id());
                link(u, CheckerText.stripTags(s.inner(), article), t == null ? null : t.href(), firstUseOfText, targetsOfText);
            }
            if (u.role() == Role.META) continue;
            if (u.role() == Role.LINK_TITLE) continue; // checked with its block
            abbreviations(u, f, reportedTerms);
            jargon(u, f);
            if (u.role().isProse()) prose(u);
        }
        for (BlockAt b : walk.blocks) {
            if (b.block() instanceof RelatedLink r) {
                Unit u = unitAt(b.pointer() + "/title");
                link(u, plain.get(u), r.href(), firstUseOfText, targetsOfText);
            }
        }
        if (!firstUseOfText.isEmpty() && !cfg.hasVagueList(lang)) {
            LinkUse first = firstUseOfText.values().iterator().next();
            add(links, "link.vague-text-unchecked", Severity.INFO, first.unit, first.text,
                    "Link texts were not checked for vague words such as \u201cread more\u201d: the checker has no list for "
                            + article.locale().getDisplayLanguage(Locale.ENGLISH) + " (" + lang + ").",
                    "WCAG 2.2 SC 2.4.4", "Give the checker the page labels of this language (ArticleChecker.Builder.labels, "
                            + "from Localizer.labels); translators add the list as the label check.vagueLinks.");
        }
        for (Map.Entry<String, Set<String>> e : targetsOfText.entrySet()) {
            if (e.getValue().size() < 2) continue;
            LinkUse first = firstUseOfText.get(e.getKey());
            add(links, "link.same-text-different-target", Severity.WARNING, first.unit, first.text,
                    e.getValue().size() + " links with the same text lead to different places: " + String.join(", ", e.getValue()),
                    "WCAG 2.2 SC 2.4.4, SC 2.4.9", "Give each link a text that names its own target.");
        }
    }

    private record LinkUse(Unit unit, String text) {}

    private void link(Unit u, String text, String href, Map<String, LinkUse> first, Map<String, Set<String>> targets) {
        String norm = normalizeLinkText(text);
        if (norm.isEmpty()) {
            add(links, "link.empty-text", Severity.ERROR, u, text, "A link has no text, so screen readers announce only its address.",
                    "WCAG 2.2 SC 2.4.4", "Put the name of the target page between the link tags.");
            return;
        }
        String unitLang = u.message().locale().getLanguage();
        if (cfg.vagueLinks(lang).contains(norm) || cfg.vagueLinks(unitLang).contains(norm)) {
            add(links, "link.vague-text", Severity.WARNING, u, text,
                    "The link text does not say where the link goes; out of context (a screen reader's list of links) it means nothing.",
                    "WCAG 2.2 SC 2.4.4", "Use the title of the target as the link text, e.g. \u201cHow ketamine is given\u201d.");
        } else if (URL_TEXT.matcher(text.strip()).matches() || text.strip().equals(href)) {
            add(links, "link.bare-url", Severity.WARNING, u, text,
                    "The link text is a web address; screen readers spell it out and readers cannot tell what it is.",
                    "WCAG 2.2 SC 2.4.4", "Use the title of the target page as the link text.");
        }
        if (href != null) {
            first.putIfAbsent(norm, new LinkUse(u, text));
            targets.computeIfAbsent(norm, k -> new LinkedHashSet<>()).add(href);
        }
    }

    static String normalizeLinkText(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("[\\s\\p{Punct}\u2026\u203a\u00bb\u2192\u00ab\u2039]+$", "").replaceAll("^[\\s\\p{Punct}]+", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    private void abbreviations(Unit u, String f, Set<String> reportedTerms) {
        // acronyms outside term tags; text arguments are names (drugs, brands) and are left out
        Map<String, Arg> args = new LinkedHashMap<>(u.message().args());
        args.replaceAll((k, v) -> v instanceof TextArg ? new TextArg("") : v);
        Message noNames = new Message(u.message().key(), u.message().pattern(), null, args, u.message().locale(), u.message().status());
        String outside = CheckerText.stripTags(InlineTags.withoutTerms(CheckerText.formatted(noNames)), article);
        Set<String> seen = new HashSet<>();
        Matcher m = ACRONYM.matcher(outside);
        while (m.find()) {
            String a = m.group();
            if (ROMAN.matcher(a).matches() || !seen.add(a)) continue;
            add(language, "language.abbreviation-untagged", Severity.WARNING, u, a,
                    "The abbreviation \u201c" + a + "\u201d is not linked to a glossary term, so it is not expanded at first use.",
                    "WCAG 2.2 SC 3.1.4; PEMAT-P item 4",
                    "Add a glossary term of kind abbreviation with its expansion and tag the use: <term:ID>" + a + "</term:ID>.");
        }
        for (String id : InlineTags.termIds(f)) {
            Term t = article.term(id);
            if (t == null || t.expansion() != null || !reportedTerms.add(id)) continue;
            String text = CheckerText.plain(t.text(), article);
            if (ACRONYM.matcher(text).find()) {
                add(language, "language.abbreviation-no-expansion", Severity.WARNING, u, text,
                        "The glossary term '" + id + "' looks like an abbreviation but has no expansion.",
                        "WCAG 2.2 SC 3.1.4; PEMAT-P item 4",
                        "Make term '" + id + "' of kind abbreviation and give its expansion.");
            }
        }
    }

    private void jargon(Unit u, String f) {
        String text = CheckerText.stripTags(InlineTags.withoutTerms(f, id -> {
            Term t = article.term(id);
            return t != null && (t.definition() != null || t.expansion() != null);
        }), article);
        for (WordLists.Jargon j : cfg.jargon(lang)) {
            Matcher m = j.pattern().matcher(text);
            if (m.find()) {
                add(language, "language.jargon", Severity.WARNING, u, m.group(),
                        "\u201c" + m.group() + "\u201d is medical jargon; many readers do not know it.",
                        "CDC CCI 3.1; PEMAT-P item 3",
                        "Say \u201c" + j.plain() + "\u201d, or tag the term and give it a glossary definition.");
            }
        }
    }

    private void prose(Unit u) {
        String text = plain.get(u);
        boolean ownLanguage = u.message().locale().getLanguage().equals(lang);
        List<TextAnalyzer.Sentence> sentences = analyzer.sentences(text);
        int words = 0;
        for (TextAnalyzer.Sentence s : sentences) {
            words += s.words().size();
            if (ownLanguage) {
                counts.add(s, lang);
                proseSentences++;
            }
            if (s.words().size() > cfg.maxWordsPerSentence) {
                add(language, "language.long-sentence", Severity.WARNING, u, s.text(),
                        "This sentence has " + s.words().size() + " words (limit " + cfg.maxWordsPerSentence + ").",
                        "CDC CCI 3.1; Federal Plain Language Guidelines (short sentences)",
                        "Split it into sentences of at most " + cfg.maxWordsPerSentence + " words, one idea each.");
            }
            if (lang.equals("en") && ownLanguage) {
                Matcher m = PASSIVE.matcher(s.text());
                while (m.find()) {
                    if (NOT_PASSIVE.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
                    passiveSentences++;
                    add(language, "language.passive-voice", Severity.WARNING, u, s.text(),
                            "This sentence seems to be in the passive voice (\u201c" + m.group() + "\u201d).",
                            "PEMAT-P item 5; CDC CCI 3.2", "If you can, say who does what (active voice), e.g. \u201cthe nurse gives the medicine\u201d instead of \u201cthe medicine is given\u201d.");
                    break;
                }
            }
            if (!s.words().isEmpty() && cfg.actions(lang).contains(s.words().get(0).toLowerCase(Locale.ROOT))) hasAction = true;
        }
        if (u.sectionId() != null) sectionWords.merge(u.sectionId(), words, Integer::sum);
        if (u.role() == Role.PARAGRAPH && words > cfg.maxWordsPerParagraph) {
            add(language, "language.long-paragraph", Severity.WARNING, u, null,
                    "This paragraph has " + words + " words (limit " + cfg.maxWordsPerParagraph + ").",
                    "PEMAT-P item 8; CDC CCI 4.2", "Split it, or turn a series into a bulleted list.");
        }
    }

    // ---------------------------------------------------------------- blocks and sections

    private void blocks() {
        for (BlockAt b : walk.blocks) {
            if (b.block() instanceof BulletList || b.block() instanceof NumberedList) hasVisualCue = true;
            if (b.block() instanceof Callout c) {
                hasVisualCue = true;
                if (c.kind() == CalloutKind.TIP || c.kind() == CalloutKind.IMPORTANT) hasAction = true;
                if (c.title() != null && b.level() + 1 > 6) {
                    add(structure, "structure.heading-depth", Severity.ERROR, b.sectionId(), c.title().key(), b.pointer() + "/title",
                            null, "This callout title would need heading level " + (b.level() + 1) + "; HTML stops at h6.",
                            "WCAG 2.2 SC 1.3.1", "Move the callout to a shallower section or flatten the outline.");
                }
            }
            if (b.block() instanceof Figure fig) figure(b, fig);
        }
    }

    private void figure(BlockAt b, Figure fig) {
        if (fig.decorative()) {
            if (fig.caption() != null) {
                add(images, "image.decorative-captioned", Severity.WARNING, b.sectionId(), fig.caption().key(), b.pointer(),
                        fig.src(), "The image is marked decorative but has a caption, so it seems to carry information.",
                        "WCAG 2.2 SC 1.1.1", "Give it alt text that says what it shows, or drop the caption.");
            }
            return;
        }
        Unit alt = unitAt(b.pointer() + "/alt");
        String text = plain.get(alt);
        if (text.isBlank()) {
            add(images, "image.alt-missing", Severity.ERROR, alt, null, "The image has empty alt text and is not marked decorative.",
                    "WCAG 2.2 SC 1.1.1", "Describe what the image shows, or mark it \"decorative\": true.");
        } else if (FILE_NAME.matcher(text.strip()).matches() || fileName(fig.src()).equalsIgnoreCase(text.strip())) {
            add(images, "image.alt-filename", Severity.ERROR, alt, text, "The alt text is a file name, which tells the reader nothing.",
                    "WCAG 2.2 SC 1.1.1", "Describe what the image shows.");
        } else if (text.length() > cfg.maxAltTextLength) {
            add(images, "image.alt-too-long", Severity.WARNING, alt, text,
                    "The alt text has " + text.length() + " characters (limit " + cfg.maxAltTextLength + ").",
                    "WCAG 2.2 SC 1.1.1", "Keep the alt text short; put details in the caption or the text.");
        }
    }

    private static String fileName(String src) {
        String s = src.replaceAll("[?#].*$", "");
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private void sections() {
        for (SectionAt s : walk.sections) {
            String id = s.section().id();
            Unit heading = unitAt(s.pointer() + "/heading");
            if (plain.get(heading).isBlank()) {
                add(structure, "structure.heading-missing", Severity.ERROR, heading, null, "Section '" + id + "' has an empty heading.",
                        "WCAG 2.2 SC 2.4.6, SC 1.3.1; PEMAT-P item 9", "Give the section a heading that says what it is about.");
            }
            if (s.level() > 6) {
                add(structure, "structure.heading-depth", Severity.ERROR, heading, plain.get(heading),
                        "Section '" + id + "' is nested so deep that its heading would be h" + s.level() + "; HTML stops at h6.",
                        "WCAG 2.2 SC 1.3.1", "Flatten the outline: at most five levels of sections under the title.");
            }
            int words = sectionWords.getOrDefault(id, 0);
            if (words > cfg.maxWordsPerSection) {
                add(structure, "structure.section-too-long", Severity.WARNING, id, s.section().heading().key(), s.pointer(),
                        plain.get(heading), "Section '" + id + "' has " + words + " words of text (limit " + cfg.maxWordsPerSection + ").",
                        "PEMAT-P item 8; CDC CCI 4.2", "Split it into subsections with their own headings.");
            }
            if (claimsWithoutCitation(s)) {
                add(trust, "trust.uncited-claims", Severity.WARNING, id, s.section().heading().key(), s.pointer(), plain.get(heading),
                        "Section '" + id + "' states numbers but cites no source.",
                        "HONcode principle 4 (attribution)", "Cite the source of the facts with <cite:ID/>.");
            }
        }
    }

    /** A section states a claim when its own text has a number (digits or a numeric argument). */
    private boolean claimsWithoutCitation(SectionAt s) {
        boolean claims = false;
        String prefix = s.pointer() + "/blocks/";
        for (Unit u : walk.units) {
            if (!u.pointer().startsWith(prefix)) continue;
            if (InlineTags.hasCitation(formatted.get(u))) return false;
            if (!u.role().isProse()) continue;
            for (Arg a : u.message().args().values()) {
                if (a instanceof NumberArg || a instanceof PercentArg || a instanceof QuantityArg || a instanceof RangeArg) claims = true;
            }
            if (DIGIT.matcher(u.message().pattern().replaceAll("\\{[^{}]*\\}", "")).find()) claims = true;
        }
        for (BlockAt b : walk.blocks) {
            if (b.pointer().startsWith(prefix) && b.block() instanceof Quote q && q.referenceId() != null) return false;
        }
        return claims;
    }

    private void articleStructure() {
        if (article.takeaways().isEmpty()) {
            add(structure, "structure.no-summary", Severity.WARNING, null, null, "/takeaways", null,
                    "The article has no key takeaways, so readers cannot get the main message at a glance.",
                    "PEMAT-P item 11; CDC CCI 4.3", "Add three to five key takeaways.");
        }
        if (!hasAction) {
            add(structure, "structure.no-action", Severity.WARNING, null, null, "", null,
                    "No clear action for the reader was found (a tip or important callout, or a sentence that starts with an instruction).",
                    "PEMAT-P item 20; CDC CCI 2.1", "Tell readers what they can do, e.g. \u201cAsk your doctor about \u2026\u201d.");
        }
    }

    // ---------------------------------------------------------------- trust and translation

    private void trustSignals() {
        var d = article.dates();
        if (d.lastReviewed() == null) {
            add(trust, "trust.no-last-reviewed", Severity.WARNING, null, null, "/dates", null,
                    "The article has no last-reviewed date, so readers cannot tell how current it is.",
                    "HONcode principle 4 (attribution)", "Add dates.lastReviewed and dates.nextReviewDue.");
        }
        if (d.nextReviewDue() != null && d.nextReviewDue().isBefore(today)) {
            add(trust, "trust.review-overdue", Severity.ERROR, null, null, "/dates/nextReviewDue", d.nextReviewDue().toString(),
                    "The next review was due on " + d.nextReviewDue() + "; the medical content may be out of date.",
                    "HONcode principle 4 (attribution)", "Have the article reviewed and update both review dates.");
        }
        if (article.reviewers().isEmpty()) {
            add(trust, "trust.no-reviewer", Severity.WARNING, null, null, "/reviewers", null,
                    "No medical reviewer is named.", "HONcode principle 1 (authority)",
                    "Name the qualified person or organization who reviewed the medical content.");
        }
        if (article.disclaimer() == null || CheckerText.plain(article.disclaimer(), article).isBlank()) {
            add(trust, "trust.no-disclaimer", Severity.WARNING, null, null, "/disclaimer", null,
                    "The article has no medical disclaimer.", "HONcode principle 2 (complementarity)",
                    "Add a disclaimer that the page supports, not replaces, the relationship with a health professional.");
        }
        for (int i = 0; i < article.references().size(); i++) {
            Reference r = article.references().get(i);
            String p = "/references/" + i;
            if (r.year() == null || (r.url() == null && r.doi() == null && r.pmid() == null)) {
                String missing = r.year() == null ? "a year" : "a URL, DOI or PMID";
                add(trust, "trust.reference-incomplete", Severity.WARNING, null, null, p, r.title(),
                        "Reference '" + r.id() + "' has no " + missing + ", so readers cannot find or date it.",
                        "HONcode principle 4 (attribution)", "Add the year and a URL or DOI.");
            }
            if (r.year() != null && r.year() < today.getYear() - cfg.maxReferenceAgeYears) {
                add(trust, "trust.reference-old", Severity.WARNING, null, null, p + "/year", r.title(),
                        "Reference '" + r.id() + "' is from " + r.year() + ", more than " + cfg.maxReferenceAgeYears + " years ago.",
                        "HONcode principle 4 (attribution)", "Check that it is still current, or cite a newer source.");
            }
        }
    }

    private void translationSignals() {
        if (article.locale().equals(article.sourceLocale())) return;
        for (Unit u : walk.units) {
            TextStatus st = u.message().status();
            if (st.isFallback()) {
                add(translation, "translation.fallback", Severity.WARNING, u, plain.get(u),
                        "Shown in " + u.message().locale().toLanguageTag() + " instead of " + article.locale().toLanguageTag()
                                + " (" + st.name().toLowerCase(Locale.ROOT).replace('_', '-') + ").",
                        "CDC CCI 3.1; WCAG 2.2 SC 3.1.2", "Translate (or fix the translation of) " + u.message().key() + ".");
            } else if (st == TextStatus.STALE_SHOWN) {
                add(translation, "translation.stale", Severity.WARNING, u, plain.get(u),
                        "The translation was made from an older source text; the medical facts may have changed.",
                        "MedlinePlus guidelines for translated material (reviewed translation)",
                        "Update the translation of " + u.message().key() + " and have it reviewed.");
            }
        }
        if (!cfg.translationReviewed) {
            add(translation, "translation.not-reviewed", Severity.WARNING, null, null, "", article.locale().toLanguageTag(),
                    "The " + article.locale().toLanguageTag() + " translation is not marked as medically reviewed.",
                    "MedlinePlus guidelines for translated material (reviewed translation)",
                    "Have a qualified reviewer check the translation, then record it in the bundle: \"review\": {\"medicallyReviewed\": true, \"reviewer\": …, \"date\": …}.");
        }
    }

    // ---------------------------------------------------------------- readability and summary

    private CheckReport.Summary summaryAndReadability() {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Double> grades = new LinkedHashMap<>();
        Map<String, String> bands = new LinkedHashMap<>();
        int w = counts.words;
        int s = counts.sentences;
        int syl = counts.syllables;
        double minEase = Formulas.minEaseForGrade(cfg.targetGrade);
        if (lang.equals("zh") || lang.equals("ja") || lang.equals("ko")) {
            if (s > 0) scores.put("characters per sentence", (double) counts.characters / s);
            add(readability, "readability.no-formula", Severity.INFO, null, null, "", null,
                    "No readability formula is valid for " + article.locale().getDisplayLanguage(Locale.ENGLISH)
                            + "; characters per sentence are reported instead.",
                    "WCAG 2.2 SC 3.1.5", null);
        } else if (w > 0) {
            switch (lang) {
                case "en" -> {
                    double fre = Formulas.fleschReadingEase(w, s, syl);
                    double fk = Formulas.fleschKincaidGrade(w, s, syl);
                    double smog = Formulas.smogGrade(counts.polysyllables, s);
                    scores.put("Flesch Reading Ease", fre);
                    bands.put("Flesch Reading Ease", Formulas.fleschBand(fre));
                    scores.put("Flesch\u2013Kincaid grade", fk);
                    scores.put("SMOG grade", smog);
                    grades.put("Flesch\u2013Kincaid grade", fk);
                    grades.put("SMOG grade", smog);
                    if (fk > cfg.targetGrade) tooHard("Flesch\u2013Kincaid grade", fk, "grade " + cfg.targetGrade + " or lower");
                    if (smog > cfg.targetGrade) tooHard("SMOG grade", smog, "grade " + cfg.targetGrade + " or lower");
                }
                case "es" -> {
                    double fh = Formulas.fernandezHuerta(w, s, syl);
                    double sp = Formulas.szigrisztPazos(w, s, syl);
                    scores.put("Fern\u00e1ndez Huerta", fh);
                    bands.put("Fern\u00e1ndez Huerta", Formulas.fleschBand(fh));
                    scores.put("Szigriszt-Pazos", sp);
                    bands.put("Szigriszt-Pazos", "INFLESZ: " + Formulas.infleszBand(sp));
                    if (fh < minEase) tooHard("Fern\u00e1ndez Huerta", fh, "at least " + (int) minEase);
                    if (sp < 55) tooHard("Szigriszt-Pazos", sp, "at least 55 (INFLESZ normal)");
                }
                case "fr" -> {
                    double km = Formulas.kandelMoles(w, s, syl);
                    scores.put("Kandel\u2013Moles", km);
                    bands.put("Kandel\u2013Moles", Formulas.fleschBand(km));
                    if (km < minEase) tooHard("Kandel\u2013Moles", km, "at least " + (int) minEase);
                }
                case "de" -> {
                    double am = Formulas.amstad(w, s, syl);
                    double wstf = Formulas.wienerSachtextformel1(w, s, counts.polysyllables, counts.longWords, counts.monosyllables);
                    scores.put("Amstad", am);
                    bands.put("Amstad", Formulas.fleschBand(am));
                    scores.put("Wiener Sachtextformel", wstf);
                    grades.put("Wiener Sachtextformel", wstf);
                    if (am < minEase) tooHard("Amstad", am, "at least " + (int) minEase);
                    if (wstf > cfg.targetGrade) tooHard("Wiener Sachtextformel", wstf, "grade " + cfg.targetGrade + " or lower");
                }
                default -> {
                    double lix = Formulas.lix(w, s, counts.longWords);
                    double rix = Formulas.rix(s, counts.longWords);
                    scores.put("LIX", lix);
                    bands.put("LIX", Formulas.lixBand(lix));
                    scores.put("RIX", rix);
                    int g = Formulas.rixGrade(rix);
                    grades.put("RIX (Anderson grade)", (double) g);
                    if (g > cfg.targetGrade) tooHard("RIX (Anderson grade)", g, "grade " + cfg.targetGrade + " or lower");
                }
            }
        }
        return new CheckReport.Summary(article.locale(), w, s, scores, grades, bands, Map.of(), 0, Map.of());
    }

    private void tooHard(String formula, double value, String target) {
        add(readability, "readability.too-hard", Severity.WARNING, null, null, "", null,
                String.format(Locale.ROOT, "%s is %.1f; the target is %s.", formula, value, target),
                "WCAG 2.2 SC 3.1.5; NIH/AMA patient materials at or below grade 8",
                "Use shorter sentences and everyday words; see the language.* findings.");
    }

    private Map<String, Boolean> pemat(List<Finding> all) {
        Set<String> rules = new HashSet<>();
        for (Finding f : all) rules.add(f.rule());
        boolean veryShort = counts.words < VERY_SHORT_WORDS;
        Map<String, Boolean> items = new LinkedHashMap<>();
        items.put("PEMAT-P item 3", !rules.contains("language.jargon"));
        items.put("PEMAT-P item 4", !rules.contains("language.abbreviation-untagged") && !rules.contains("language.abbreviation-no-expansion"));
        if (lang.equals("en") && proseSentences > 0) items.put("PEMAT-P item 5", passiveSentences * 5 <= proseSentences);
        if (!veryShort) {
            items.put("PEMAT-P item 8", !rules.contains("structure.section-too-long") && !rules.contains("language.long-paragraph"));
            items.put("PEMAT-P item 9", !article.sections().isEmpty() && !rules.contains("structure.heading-missing"));
            items.put("PEMAT-P item 11", !article.takeaways().isEmpty());
        }
        items.put("PEMAT-P item 12", hasVisualCue);
        return items;
    }

    // ---------------------------------------------------------------- helpers

    private Unit unitAt(String pointer) {
        Unit u = byPointer.get(pointer);
        if (u == null) throw new IllegalStateException("no message at " + pointer);
        return u;
    }

    private void add(List<Finding> to, String rule, Severity sev, Unit u, String text, String message, String guideline,
                     String suggestion) {
        add(to, rule, sev, u.sectionId(), u.message().key(), u.pointer(), text, message, guideline, suggestion);
    }

    private void add(List<Finding> to, String rule, Severity sev, String sectionId, String key, String pointer, String text,
                     String message, String guideline, String suggestion) {
        to.add(new Finding(rule, sev, sectionId, key, pointer, text, message, guideline, suggestion));
    }
}
