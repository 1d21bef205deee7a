package io.healthpage.check;

import io.healthpage.check.ArticleWalker.BlockAt;
import io.healthpage.check.ArticleWalker.Role;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.Article;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.NumberedList;
import io.healthpage.model.RelatedLink;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the checker over one article: reads the article once (text units as readers see them,
 * sentences, links, word counts, readability), runs each rule over that, and sorts what they report.
 * The {@link ArticleContext} of every rule of the run. Used by one thread.
 */
final class CheckRun implements ArticleContext {
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+|not\\s+)?"
            + "((?:\\w+ed)|known|given|taken|seen|done|made|shown|written|found|held|told|kept|left|led|paid|put|said|sent|"
            + "set|built|bought|brought|caught|chosen|drawn|driven|eaten|felt|forgotten|gotten|heard|hidden|hurt|lost|meant|"
            + "met|sold|spent|thrown|understood|worn|won|born|broken|cut|begun|bitten|frozen|spoken|stolen|torn|proven)\\b");
    private static final Set<String> NOT_PASSIVE = Set.of("tired", "interested", "worried", "scared", "excited", "pleased",
            "satisfied", "supposed", "concerned", "bored", "confused", "surprised", "ashamed");
    /** Material with fewer words of prose is "very short" for PEMAT items 8, 9 and 11. */
    static final int VERY_SHORT_WORDS = 200;

    /** A sentence of prose: its text, words, and the passive construction found in it (or null). */
    record Sentence(String text, int words, String passive) {}

    /** A link: the unit it is in, its text as read, and its target (null when the link id is unknown). */
    record LinkUse(Unit unit, String text, String href, String normalized) {
        /** {@code normalized} is the link text as the link rules compare it, worked out once per link. */
        LinkUse(Unit unit, String text, String href) {
            this(unit, text, href, normalizeLinkText(text));
        }
    }

    final ArticleChecker cfg;
    final Article article;
    final LocalDate today;
    final String lang;
    final ArticleWalker walk;
    private final TextAnalyzer analyzer;
    final TextAnalyzer.Counts counts = new TextAnalyzer.Counts();
    final Map<Unit, String> formatted = new HashMap<>();
    final Map<Unit, String> plain = new HashMap<>();
    private final Map<String, Unit> byPointer = new HashMap<>();
    /** Document position of every unit pointer and of every pointer that contains a unit (its first unit). */
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<TextUnit> visible = new ArrayList<>();
    private final Map<Unit, TextUnit> views = new HashMap<>();
    /** Sentences of each prose unit, in order. */
    final Map<Unit, List<Sentence>> sentences = new HashMap<>();
    final Map<Unit, Integer> proseWords = new HashMap<>();
    final Map<String, Integer> sectionWords = new HashMap<>();
    /** Inline links in document order, then related-link blocks. */
    final List<LinkUse> links = new ArrayList<>();
    private int proseSentences;
    private int passiveSentences;
    boolean hasAction;
    private boolean hasVisualCue;
    final Readability readability;

    // the rule being run and what the rules reported
    private ArticleRule current;
    private Severity currentSeverity;
    private int currentIndex;
    private final List<Found> found = new ArrayList<>();
    private final Map<String, Integer> groups = new LinkedHashMap<>();

    private record Found(Problem problem, int group, int position, int rule, int seq) {}

    CheckRun(ArticleChecker cfg, Article article, LocalDate today) {
        this.cfg = cfg;
        this.article = article;
        this.today = today;
        this.lang = article.locale().getLanguage();
        this.walk = new ArticleWalker(article);
        this.analyzer = new TextAnalyzer(article.locale());
        for (int i = 0; i < walk.units.size(); i++) {
            Unit u = walk.units.get(i);
            String f = CheckerText.formatted(u.message());
            formatted.put(u, f);
            plain.put(u, CheckerText.stripTags(f, article));
            byPointer.put(u.pointer(), u);
            for (int slash = u.pointer().indexOf('/', 1); slash > 0; slash = u.pointer().indexOf('/', slash + 1)) {
                positions.putIfAbsent(u.pointer().substring(0, slash), i);
            }
            positions.putIfAbsent(u.pointer(), i);
            if (u.role() != Role.META) {
                TextUnit view = new TextUnit(u.message(), u.pointer(), u.sectionId(), plain.get(u), u.role().isProse());
                visible.add(view);
                views.put(u, view);
            }
        }
        read();
        readability = new Readability(lang, counts, cfg.targetGrade);
    }

    // ---------------------------------------------------------------- reading the article once

    private void read() {
        for (Unit u : walk.units) {
            String f = formatted.get(u);
            if (InlineTags.hasEmphasis(f)) hasVisualCue = true;
            for (InlineTags.Span s : InlineTags.linkSpans(f)) {
                LinkTarget t = article.link(s.id());
                links.add(new LinkUse(u, CheckerText.stripTags(s.inner(), article), t == null ? null : t.href()));
            }
            if (u.role().isProse()) prose(u);
        }
        for (BlockAt b : walk.blocks) {
            if (b.block() instanceof RelatedLink r) {
                Unit u = unitAt(b.pointer() + "/title");
                links.add(new LinkUse(u, plain.get(u), r.href()));
            }
            if (b.block() instanceof BulletList || b.block() instanceof NumberedList) hasVisualCue = true;
            if (b.block() instanceof Callout c) {
                hasVisualCue = true;
                if (c.kind() == CalloutKind.TIP || c.kind() == CalloutKind.IMPORTANT) hasAction = true;
            }
        }
    }

    private void prose(Unit u) {
        boolean ownLanguage = u.message().locale().getLanguage().equals(lang);
        List<Sentence> list = new ArrayList<>();
        int words = 0;
        for (TextAnalyzer.Sentence s : analyzer.sentences(plain.get(u))) {
            words += s.words().size();
            if (ownLanguage) {
                counts.add(s, lang);
                proseSentences++;
            }
            String passive = null;
            if (lang.equals("en") && ownLanguage) {
                Matcher m = PASSIVE.matcher(s.text());
                while (m.find()) {
                    if (NOT_PASSIVE.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
                    passiveSentences++;
                    passive = m.group();
                    break;
                }
            }
            list.add(new Sentence(s.text(), s.words().size(), passive));
            if (!s.words().isEmpty() && cfg.actions(lang).contains(s.words().get(0).toLowerCase(Locale.ROOT))) hasAction = true;
        }
        sentences.put(u, list);
        proseWords.put(u, words);
        if (u.sectionId() != null) sectionWords.merge(u.sectionId(), words, Integer::sum);
    }

    static String normalizeLinkText(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("[\\s\\p{Punct}\u2026\u203a\u00bb\u2192\u00ab\u2039]+$", "").replaceAll("^[\\s\\p{Punct}]+", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- running the rules

    CheckReport run(List<ArticleRule> rules, Map<String, Severity> severities) {
        for (ArticleRule r : rules) groups.putIfAbsent(group(r.id()), groups.size());
        for (int i = 0; i < rules.size(); i++) {
            current = rules.get(i);
            currentSeverity = severities.get(current.id());
            currentIndex = i;
            current.check(this);
        }
        current = null;
        found.sort(Comparator.comparingInt(Found::group).thenComparingInt(Found::position).thenComparingInt(Found::rule)
                .thenComparingInt(Found::seq));
        List<Problem> all = new ArrayList<>();
        for (Found f : found) all.add(f.problem());
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) bySeverity.put(s, 0);
        for (Problem p : all) bySeverity.merge(p.severity(), 1, Integer::sum);
        Map<String, Boolean> items = pemat(all, severities.keySet());
        long agree = items.values().stream().filter(b -> b).count();
        double pct = items.isEmpty() ? 0 : 100.0 * agree / items.size();
        Readability r = readability;
        return new CheckReport(all, new CheckReport.Summary(article.locale(), counts.words, counts.sentences, r.scores, r.grades,
                r.bands, bySeverity, pct, items));
    }

    private static String group(String ruleId) {
        return ruleId.substring(0, ruleId.indexOf('.'));
    }

    /** PEMAT-style items; an item that rests on a rule that is off is not decided. */
    private Map<String, Boolean> pemat(List<Problem> all, Set<String> on) {
        Set<String> fired = new java.util.HashSet<>();
        for (Problem p : all) fired.add(p.rule());
        boolean veryShort = counts.words < VERY_SHORT_WORDS;
        Map<String, Boolean> items = new LinkedHashMap<>();
        item(items, "PEMAT-P item 3", on, fired, true, "language.jargon");
        item(items, "PEMAT-P item 4", on, fired, true, "language.abbreviation-untagged", "language.abbreviation-no-expansion");
        if (lang.equals("en") && proseSentences > 0) items.put("PEMAT-P item 5", passiveSentences * 5 <= proseSentences);
        if (!veryShort) {
            item(items, "PEMAT-P item 8", on, fired, true, "structure.section-too-long", "language.long-paragraph");
            item(items, "PEMAT-P item 9", on, fired, !article.sections().isEmpty(), "structure.heading-missing");
            items.put("PEMAT-P item 11", !article.takeaways().isEmpty());
        }
        items.put("PEMAT-P item 12", hasVisualCue);
        return items;
    }

    private static void item(Map<String, Boolean> items, String name, Set<String> on, Set<String> fired, boolean holds,
                             String... rules) {
        for (String r : rules) {
            if (!on.contains(r)) return;
            if (fired.contains(r)) holds = false;
        }
        items.put(name, holds);
    }

    // ---------------------------------------------------------------- the context rules see

    @Override
    public Article article() {
        return article;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public List<TextUnit> units() {
        return Collections.unmodifiableList(visible);
    }

    @Override
    public Problem.Builder problem(TextUnit unit, String message) {
        Objects.requireNonNull(unit, "unit");
        return problem(unit.pointer(), message).key(unit.message().key()).section(unit.section());
    }

    /** A finding about a unit of the walk (META units included). */
    Problem.Builder problem(Unit unit, String message) {
        TextUnit v = views.get(unit);
        if (v != null) return problem(v, message);
        return problem(unit.pointer(), message).key(unit.message().key()).section(unit.sectionId());
    }

    @Override
    public Problem.Builder problem(String pointer, String message) {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        ArticleRule r = running();
        return Problem.builder(r.id(), message).severity(currentSeverity).pointer(pointer).guideline(r.guideline());
    }

    @Override
    public void report(Problem.Builder problem) {
        Objects.requireNonNull(problem, "problem");
        ArticleRule r = running();
        Problem p = problem.rule(r.id()).severity(currentSeverity).build();
        if (p.guideline() == null) p = p.toBuilder().guideline(r.guideline()).build();
        if (p.pointer() == null) p = p.toBuilder().pointer("").build();
        Integer pos = p.pointer().isEmpty() ? null : positions.get(p.pointer());
        found.add(new Found(p, groups.get(group(r.id())), pos == null ? Integer.MAX_VALUE : pos, currentIndex, found.size()));
    }

    private ArticleRule running() {
        if (current == null) throw new IllegalStateException("report findings from ArticleRule.check, while the rule runs");
        return current;
    }

    // ---------------------------------------------------------------- helpers for the built-in rules

    Unit unitAt(String pointer) {
        Unit u = byPointer.get(pointer);
        if (u == null) throw new IllegalStateException("no message at " + pointer);
        return u;
    }

    /** Units the language rules read: every visible one but link titles (checked with their block). */
    List<Unit> languageUnits() {
        return walk.units.stream().filter(u -> u.role() != Role.META && u.role() != Role.LINK_TITLE).toList();
    }
}
