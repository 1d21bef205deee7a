package io.healthpage.check;

import io.healthpage.internal.RuleSettings;
import io.healthpage.internal.Validate;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;
import io.healthpage.text.Labels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks an article for accessibility, plain language, medical trust signals and translation signals,
 * in the language of {@link Article#locale()}. The rules are {@link ArticleRule} objects; the built-in ones,
 * their severities and guidelines are listed in {@code docs/checker.md}. Add your own with
 * {@link Builder#rule}; switch rules off or change their severity with {@link Builder#rules(RuleConfig)}.
 *
 * <pre>{@code
 * ArticleChecker checker = ArticleChecker.builder().targetGrade(8).build();
 * CheckReport report = checker.check(article);
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance can check any number of articles concurrently.
 */
public final class ArticleChecker {
    final int maxWordsPerSentence;
    final int maxWordsPerParagraph;
    final int maxWordsPerSection;
    final int maxAltTextLength;
    final int targetGrade;
    final int maxReferenceAgeYears;
    final Clock clock;
    final boolean translationReviewed;
    private final Map<String, List<WordLists.Jargon>> jargon;
    private final Map<String, Set<String>> vagueLinks;
    private final Set<String> languagesWithVagueList;
    private final Map<String, List<String>> actions;
    /** The rules that run, in catalogue order (built-in, then added), and the severity of each. */
    private final List<ArticleRule> rules;
    private final Map<String, Severity> severities;

    /** The built-in rules in the order of their groups: structure, link, image, language, trust, translation, readability. */
    static final List<ArticleRule> BUILT_IN = Stream.of(StructureRules.ALL, LinkRules.ALL, ImageRules.ALL, LanguageRules.ALL,
            TrustRules.ALL, TranslationRules.ALL, ReadabilityRules.ALL).flatMap(List::stream).toList();

    private ArticleChecker(Builder b) {
        maxWordsPerSentence = b.maxWordsPerSentence;
        maxWordsPerParagraph = b.maxWordsPerParagraph;
        maxWordsPerSection = b.maxWordsPerSection;
        maxAltTextLength = b.maxAltTextLength;
        targetGrade = b.targetGrade;
        maxReferenceAgeYears = b.maxReferenceAgeYears;
        clock = b.clock;
        translationReviewed = b.translationReviewed;
        jargon = jargonLists(b.extraJargon);
        actions = actionLists(jargon.keySet());
        vagueLinks = vagueLists(b.labels.values(), b.extraVague);
        languagesWithVagueList = vagueLinks.keySet();
        List<ArticleRule> all = new ArrayList<>(BUILT_IN);
        all.addAll(b.added.values());
        Map<ArticleRule, Severity> on = RuleSettings.enabled(b.config, all, ArticleRule::id, ArticleRule::defaultSeverity,
                "docs/checker.md");
        rules = List.copyOf(on.keySet());
        Map<String, Severity> sev = new LinkedHashMap<>();
        on.forEach((r, s) -> sev.put(r.id(), s));
        severities = Collections.unmodifiableMap(sev);
    }

    /** The jargon of each language: the built-in list of en, es, fr and de, with the builder's entries added. */
    private static Map<String, List<WordLists.Jargon>> jargonLists(Map<String, Map<String, String>> extra) {
        Map<String, List<WordLists.Jargon>> j = new HashMap<>();
        Set<String> langs = new TreeSet<>(List.of("en", "es", "fr", "de"));
        langs.addAll(extra.keySet());
        for (String lang : langs) {
            Map<String, String> entries = new LinkedHashMap<>(WordLists.jargon(lang));
            entries.putAll(extra.getOrDefault(lang, Map.of()));
            List<WordLists.Jargon> list = new ArrayList<>();
            entries.forEach((term, plain) -> list.add(WordLists.Jargon.of(term, plain)));
            j.put(lang, List.copyOf(list));
        }
        return Map.copyOf(j);
    }

    /** The words that start an instruction, per language. */
    private static Map<String, List<String>> actionLists(Set<String> languages) {
        Map<String, List<String>> a = new HashMap<>();
        for (String lang : languages) a.put(lang, List.copyOf(WordLists.phrases("actions", lang)));
        return Map.copyOf(a);
    }

    /**
     * Vague link texts of the languages that have a list of their own: the label check.vagueLinks of English
     * and of the labels given (unless it fell back to English), plus the builder's texts.
     */
    private static Map<String, Set<String>> vagueLists(Collection<Labels> labels, Map<String, List<String>> extra) {
        Map<String, Set<String>> v = new HashMap<>();
        List<Labels> labelSets = new ArrayList<>();
        labelSets.add(Labels.english());
        labelSets.addAll(labels);
        for (Labels l : labelSets) {
            Message m = l.get(VAGUE_LINKS_LABEL);
            if (m.status().isFallback()) continue; // English shown for this language: it has no list of its own
            v.computeIfAbsent(l.locale().getLanguage(), k -> new LinkedHashSet<>()).addAll(vagueLinkTexts(m));
        }
        extra.forEach((lang, list) -> {
            for (String t : list) v.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(CheckRun.normalizeLinkText(t));
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        v.forEach((lang, set) -> frozen.put(lang, Set.copyOf(set)));
        return Map.copyOf(frozen);
    }

    /** The key of the page label that lists a language's vague link texts, separated by {@code |}. */
    static final String VAGUE_LINKS_LABEL = "check.vagueLinks";

    /** The phrases of a {@code check.vagueLinks} label, as the checker compares link texts. */
    static List<String> vagueLinkTexts(Message label) {
        List<String> out = new ArrayList<>();
        for (String part : CheckerText.formatted(label).split("\\|")) {
            String norm = CheckRun.normalizeLinkText(part);
            if (!norm.isEmpty()) out.add(norm);
        }
        return out;
    }

    /** A builder with the defaults (25 words a sentence, grade 8, ...). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the article in the language of {@code article.locale()}.
     *
     * @param article the article (source or localized)
     * @return the findings and the summary
     */
    public CheckReport check(Article article) {
        Objects.requireNonNull(article, "article");
        return new CheckRun(this, article, LocalDate.now(clock)).run(rules, severities);
    }

    /** The rules this checker runs, in the order of their groups (rules switched off are left out). */
    public List<ArticleRule> rules() {
        return rules;
    }

    /** The severity the findings of a rule get here (its default unless configured), or empty when it does not run. */
    public java.util.Optional<Severity> severity(String ruleId) {
        return java.util.Optional.ofNullable(severities.get(Objects.requireNonNull(ruleId, "rule id")));
    }

    List<WordLists.Jargon> jargon(String language) {
        return jargon.getOrDefault(language, List.of());
    }

    Set<String> vagueLinks(String language) {
        return vagueLinks.getOrDefault(language, Set.of());
    }

    /** Whether the checker knows vague link texts written for this language (not only English ones). */
    boolean hasVagueList(String language) {
        return languagesWithVagueList.contains(language);
    }

    List<String> actions(String language) {
        return actions.getOrDefault(language, List.of());
    }

    /** Configures an {@link ArticleChecker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private int maxWordsPerSentence = 25;
        private int maxWordsPerParagraph = 120;
        private int maxWordsPerSection = 300;
        private int maxAltTextLength = 150;
        private int targetGrade = 8;
        private int maxReferenceAgeYears = 10;
        private Clock clock = Clock.systemDefaultZone();
        private boolean translationReviewed;
        private final Map<String, Map<String, String>> extraJargon = new HashMap<>();
        private final Map<String, List<String>> extraVague = new HashMap<>();
        private final Map<String, Labels> labels = new LinkedHashMap<>();
        private final Map<String, ArticleRule> added = new LinkedHashMap<>();
        private RuleConfig config = RuleConfig.defaults();

        private Builder() {}

        /**
         * Adds a rule of your own (a house style, a banned-terms list, ...), run after the built-in ones. Its
         * findings are grouped by the part of its id before the first dot.
         *
         * @throws IllegalArgumentException when a rule with its id exists, or the id is not {@code group.name}
         */
        public Builder rule(ArticleRule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = Validate.ruleId(rule.id(), "rule id");
            if (added.containsKey(id) || BUILT_IN.stream().anyMatch(r -> r.id().equals(id))) {
                throw new IllegalArgumentException("there is already a rule " + id);
            }
            Objects.requireNonNull(rule.defaultSeverity(), "default severity of " + id);
            Objects.requireNonNull(rule.guideline(), "guideline of " + id);
            added.put(id, rule);
            return this;
        }

        /**
         * Which rules run and how severe their findings are (default: all, with their default severities).
         * The rule ids are checked when the checker is built.
         */
        public Builder rules(RuleConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** A sentence with more words than this is reported (default 25). */
        public Builder maxWordsPerSentence(int n) {
            maxWordsPerSentence = positive(n, "max words per sentence");
            return this;
        }

        /** A paragraph with more words than this is reported (default 120). */
        public Builder maxWordsPerParagraph(int n) {
            maxWordsPerParagraph = positive(n, "max words per paragraph");
            return this;
        }

        /** A section whose own prose (not counting subsections) has more words than this is reported (default 300). */
        public Builder maxWordsPerSection(int n) {
            maxWordsPerSection = positive(n, "max words per section");
            return this;
        }

        /** Alt text longer than this many characters is reported (default 150). */
        public Builder maxAltTextLength(int n) {
            maxAltTextLength = positive(n, "max alt text length");
            return this;
        }

        /** The highest acceptable US school grade (default 8, the NIH target). */
        public Builder targetGrade(int grade) {
            if (grade < 1 || grade > 18) throw new IllegalArgumentException("target grade " + grade + " is not in 1..18");
            targetGrade = grade;
            return this;
        }

        /** References older than this many years are reported (default 10). */
        public Builder maxReferenceAgeYears(int years) {
            maxReferenceAgeYears = positive(years, "max reference age in years");
            return this;
        }

        /** The clock that says what today is, for the review-date and reference-age rules. */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Fixes today's date (for reproducible reports and tests). */
        public Builder today(LocalDate date) {
            Objects.requireNonNull(date, "today");
            clock = Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            return this;
        }

        /** Whether the translation of a localized article was medically reviewed (default false). */
        public Builder translationReviewed(boolean reviewed) {
            translationReviewed = reviewed;
            return this;
        }

        /**
         * Adds (or replaces) a jargon entry for a language, on top of the built-in list.
         *
         * @param language the language (only its language code counts)
         * @param term the medical term, matched as whole words, case-insensitively
         * @param plainAlternative the everyday words to use instead
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the term or the plain alternative is blank
         */
        public Builder jargon(Locale language, String term, String plainAlternative) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(plainAlternative, "plainAlternative");
            WordLists.Jargon.of(term, plainAlternative); // validates
            extraJargon.computeIfAbsent(language.getLanguage(), k -> new LinkedHashMap<>()).put(term.strip(), plainAlternative.strip());
            return this;
        }

        /**
         * Adds a vague link text ("read more") for a language, on top of the lists from the page labels.
         *
         * @param language the language (only its language code counts)
         * @param text the whole link text; compared after lower-casing and trimming punctuation and arrows
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the text has no letters or digits
         */
        public Builder vagueLinkText(Locale language, String text) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
            if (CheckRun.normalizeLinkText(text).isEmpty()) {
                throw new IllegalArgumentException("a vague link text must have letters or digits, got \"" + text + "\"");
            }
            extraVague.computeIfAbsent(language.getLanguage(), k -> new ArrayList<>()).add(text);
            return this;
        }

        /**
         * The page labels of a language, whose label {@code check.vagueLinks} lists that language's vague
         * link texts ("read more", "click here"), separated by {@code |}. Translators supply it in the label
         * bundles; get the labels from the {@code i18n} module ({@code Localizer.labels(locale)} or
         * {@code Localization.labels()}). English comes built in; a language without labels (or whose label
         * fell back to English) is reported once per article with the info finding
         * {@code link.vague-text-unchecked}. Calling this again for the same language replaces the labels.
         *
         * @param labels the labels of one language
         */
        public Builder labels(Labels labels) {
            Objects.requireNonNull(labels, "labels");
            this.labels.put(labels.locale().getLanguage(), labels);
            return this;
        }

        /**
         * Builds the checker.
         *
         * @throws ProblemException when the rule configuration names a rule that does not exist (located where
         *     it is named, with the nearest rule id)
         */
        public ArticleChecker build() {
            return new ArticleChecker(this);
        }

        private static int positive(int n, String what) {
            if (n < 1) throw new IllegalArgumentException(what + " must be at least 1, got " + n);
            return n;
        }
    }
}
