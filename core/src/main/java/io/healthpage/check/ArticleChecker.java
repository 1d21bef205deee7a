package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.text.Labels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an article for accessibility, plain language, medical trust signals and translation signals,
 * in the language of {@link Article#locale()}. The rules, their severities and guidelines are listed in
 * {@code docs/checker.md}.
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

    private ArticleChecker(Builder b) {
        maxWordsPerSentence = b.maxWordsPerSentence;
        maxWordsPerParagraph = b.maxWordsPerParagraph;
        maxWordsPerSection = b.maxWordsPerSection;
        maxAltTextLength = b.maxAltTextLength;
        targetGrade = b.targetGrade;
        maxReferenceAgeYears = b.maxReferenceAgeYears;
        clock = b.clock;
        translationReviewed = b.translationReviewed;
        Map<String, List<WordLists.Jargon>> j = new HashMap<>();
        Map<String, List<String>> a = new HashMap<>();
        Set<String> langs = new TreeSet<>(List.of("en", "es", "fr", "de"));
        langs.addAll(b.extraJargon.keySet());
        for (String lang : langs) {
            Map<String, String> entries = new LinkedHashMap<>(WordLists.jargon(lang));
            entries.putAll(b.extraJargon.getOrDefault(lang, Map.of()));
            List<WordLists.Jargon> list = new ArrayList<>();
            entries.forEach((term, plain) -> list.add(WordLists.Jargon.of(term, plain)));
            j.put(lang, List.copyOf(list));
            a.put(lang, List.copyOf(WordLists.phrases("actions", lang)));
        }
        jargon = Map.copyOf(j);
        actions = Map.copyOf(a);
        // vague link texts: from the page labels of each language (label check.vagueLinks), plus the builder's
        Map<String, Set<String>> v = new HashMap<>();
        Set<String> own = new TreeSet<>();
        List<Labels> labelSets = new ArrayList<>();
        labelSets.add(Labels.english());
        labelSets.addAll(b.labels.values());
        for (Labels l : labelSets) {
            Message m = l.get(VAGUE_LINKS_LABEL);
            if (m.status().isFallback()) continue; // English shown for this language: it has no list of its own
            String lang = l.locale().getLanguage();
            v.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(vagueLinkTexts(m));
            own.add(lang);
        }
        b.extraVague.forEach((lang, list) -> {
            for (String t : list) v.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(CheckRun.normalizeLinkText(t));
            own.add(lang);
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        v.forEach((lang, set) -> frozen.put(lang, Set.copyOf(set)));
        vagueLinks = Map.copyOf(frozen);
        languagesWithVagueList = Set.copyOf(own);
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
        return new CheckRun(this, article, LocalDate.now(clock)).run();
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

        private Builder() {}

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

        /** Builds the checker. */
        public ArticleChecker build() {
            return new ArticleChecker(this);
        }

        private static int positive(int n, String what) {
            if (n < 1) throw new IllegalArgumentException(what + " must be at least 1, got " + n);
            return n;
        }
    }
}
