package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.TranslationCheck;
import io.healthpage.i18n.tools.CheckResult.LocaleVerdicts;
import io.healthpage.internal.RuleSettings;
import io.healthpage.internal.Validate;
import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Checks translated bundles against their source article — the lint a translator runs before
 * delivering. Besides ICU syntax, arguments, plural categories (from ICU's CLDR data) and inline tags,
 * it knows what matters in a health text: numbers and doses must stay as written, drug and brand names
 * marked do-not-translate must stay. Each rule is a {@link TranslationRule}; the built-in ones and how to
 * fix each finding are listed in {@code TRANSLATING.md}. Add your own (a house glossary) with
 * {@link Builder#rule}; switch rules off or change their severity with {@link Builder#rules(RuleConfig)}.
 *
 * <pre>{@code
 * CheckResult r = BundleChecker.create().checkAll(article, BundleSet.loadDirectory(dir, loader));
 * System.out.print(r.toText(false));
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance. Each source pattern is analysed once per call (and
 * once for all locales in {@link #checkAll}); plural rules are shared per locale.
 */
public final class BundleChecker {
    /** Default for {@link Builder#maxLengthRatio}: a translation 2.5 times as long as its source is suspicious. */
    public static final double DEFAULT_MAX_LENGTH_RATIO = 2.5;

    /** The built-in rules, in the order they run on a translation (the table of {@code TRANSLATING.md}). */
    static final List<DefinedRule> BUILT_IN = Stream.of(SyntaxRules.ALL, ArgumentRules.ALL, TagRules.ALL, CharacterRules.ALL,
            FactRules.ALL, StyleRules.ALL, FileRules.ALL).flatMap(List::stream).toList();
    private static final LocaleVerdicts NONE = new LocaleVerdicts("", Locale.ROOT, "", false, Map.of());

    private final double maxLengthRatio;
    /** Every rule that runs, in catalogue order: built-in, then added. */
    private final List<TranslationRule> rules;
    /** The rules run on each translation that parses, in order. */
    private final List<TranslationRule> entryRules;
    /** Those of them configured as errors, in order: all the gate of {@link #asTranslationCheck} needs to run. */
    private final List<TranslationRule> errorRules;
    private final Map<String, Severity> severities;

    private BundleChecker(Builder b) {
        maxLengthRatio = b.maxLengthRatio;
        List<TranslationRule> all = new ArrayList<>(BUILT_IN);
        all.addAll(b.added.values());
        Map<TranslationRule, Severity> on = RuleSettings.enabled(b.config, all, TranslationRule::id, TranslationRule::defaultSeverity,
                "TRANSLATING.md");
        rules = List.copyOf(on.keySet());
        entryRules = rules.stream().filter(r -> !(r instanceof DefinedRule d) || d.stage() == DefinedRule.Stage.ENTRY).toList();
        Map<String, Severity> sev = new HashMap<>();
        on.forEach((r, s) -> sev.put(r.id(), s));
        severities = Map.copyOf(sev);
        errorRules = entryRules.stream().filter(r -> severities.get(r.id()) == Severity.ERROR).toList();
    }

    /** A checker with the default settings: every built-in rule with its default severity. */
    public static BundleChecker create() {
        return builder().build();
    }

    /** A builder, to add rules, configure them or change the length ratio. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules this checker runs, in catalogue order (rules switched off are left out). */
    public List<TranslationRule> rules() {
        return rules;
    }

    /** The severity the findings of a rule get here (its default unless configured), or empty when it does not run. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(Objects.requireNonNull(ruleId, "rule id")));
    }

    /** The severity of a rule here, or null when it is off. */
    Severity severity(TranslationRule rule) {
        return severities.get(rule.id());
    }

    double maxLengthRatio() {
        return maxLengthRatio;
    }

    /**
     * This checker's error rules as a gate for the {@link io.healthpage.i18n.Localizer}: a translation
     * with an error finding (a changed number or dose, a dropped do-not-translate name, a missing plural
     * category, raw HTML, an error of a rule you added, ...) is not shown; the unit falls back and the
     * localization report gives the rule and message. Staleness is left to the localizer's own stale policy.
     * Only the rules configured as errors run, in order, up to the first that reports one (a warning could
     * not keep a translation off the page, and the reason given is that first error's). Thread-safe.
     *
     * @param article the source article the bundles translate
     */
    public TranslationCheck asTranslationCheck(Article article) {
        Objects.requireNonNull(article, "article");
        SourceIndex src = new SourceIndex(article);
        Map<String, BundleFacts> facts = new ConcurrentHashMap<>();
        return (source, bundle, entry) -> {
            SourceIndex.Src s = src.byKey.get(entry.key());
            // not a unit of this article (a page label), or a source that changed since the index was built
            if (s == null || !s.message().pattern().equals(source.pattern())) return Optional.empty();
            BundleFacts f = facts.computeIfAbsent(bundle.file() + "|" + bundle.locale().toLanguageTag(),
                    k -> new BundleFacts(bundle, src));
            List<Problem> out = new ArrayList<>();
            gate(s, entry, f, out);
            for (Problem p : out) {
                if (p.isError()) return Optional.of("[" + p.rule() + "] " + p.message());
            }
            return Optional.empty();
        };
    }

    /** Checks a bundle built in code or loaded earlier (its loader problems are not known here). */
    public CheckResult check(Article article, Bundle bundle) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(bundle, "bundle");
        return checkLoaded(new SourceIndex(article), bundle);
    }

    /** Checks a bundle whose loader problems are not known here against {@code src}. */
    private CheckResult checkLoaded(SourceIndex src, Bundle bundle) {
        List<Problem> out = new ArrayList<>();
        LocaleVerdicts v = checkBundle(src, bundle, List.of(), out);
        return new CheckResult(out, v == null ? List.of() : List.of(v));
    }

    /**
     * Loads one bundle file (JSON or properties) with the article's keys and id, passes the loader's
     * problems through as findings (not UTF-8, BOM, unknown fields, duplicate keys, …), checks that the
     * file name matches its locale, and checks every entry.
     */
    public CheckResult check(Article article, Path file) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        SourceIndex src = new SourceIndex(article);
        return checkFile(src, BundleLoader.create().withKnownKeys(src.byKey.keySet()).withArticleId(article.id()), file);
    }

    /** Loads a bundle file with {@code loader} and checks it against {@code src}; loader problems become findings. */
    private CheckResult checkFile(SourceIndex src, BundleLoader loader, Path file) {
        BundleLoader.LoadResult loaded = loader.load(file);
        List<Problem> out = new ArrayList<>();
        List<LocaleVerdicts> verdicts = new ArrayList<>();
        if (loaded.bundle().isEmpty()) {
            for (Problem p : loaded.problems()) passThrough(p, out);
            fileLocale(file.toString()).ifPresent(l -> verdicts.add(unusable(src, l, file.toString())));
            return new CheckResult(out, verdicts);
        }
        Bundle b = loaded.bundle().get();
        Optional<Locale> named = fileLocale(file.toString());
        if (named.isPresent() && !named.get().equals(b.locale())) {
            report(out, Problem.builder(FileRules.LOCALE_MISMATCH.id(), "the file says \"locale\": \"" + b.locale().toLanguageTag()
                    + "\" but is named " + file.getFileName()).file(b.file()));
        }
        LocaleVerdicts v = checkBundle(src, b, loaded.problems(), out);
        if (v != null) verdicts.add(v);
        return new CheckResult(out, verdicts);
    }

    /**
     * Checks a translation of the page labels ({@code kind: "labels"}) against the built-in English labels
     * of {@code core}, with the same rules as an article bundle (placeholders, plurals of the bundle's
     * language, tags, staleness, missing and extra keys, ...). Label bundles have no do-not-translate terms.
     *
     * @param labels a label bundle built in code or loaded earlier (its loader problems are not known here)
     */
    public CheckResult checkLabels(Bundle labels) {
        Objects.requireNonNull(labels, "labels");
        return checkLoaded(SourceIndex.labels(), labels);
    }

    /**
     * Loads one label bundle file (JSON or properties), passes the loader's problems through as findings
     * and checks every entry against the built-in English labels, as {@link #checkLabels(Bundle)}.
     */
    public CheckResult checkLabels(Path file) {
        Objects.requireNonNull(file, "file");
        SourceIndex src = SourceIndex.labels();
        return checkFile(src, BundleLoader.create().withKnownKeys(src.byKey.keySet()), file);
    }

    /**
     * Checks every article bundle of a set (all locales) against one article in one call, including the
     * problems met while loading the set (files that could not be used at all are reported too).
     * Label bundles in the set are ignored.
     */
    public CheckResult checkAll(Article article, BundleSet bundles) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(bundles, "bundles");
        return checkSet(article, bundles, l -> true);
    }

    /**
     * Checks one locale of a set: exactly the part of {@link #checkAll} that concerns that locale — its
     * article bundle with the problems met while loading it (syntax errors, duplicate keys, empty texts …),
     * and the files named for that locale that could not be used (not UTF-8, a BOM, another {@code locale}
     * inside). The same findings with the same severities as in {@code checkAll}, so a tool gives the same
     * verdict whether it checks every locale or one. Empty when the set has nothing for that locale.
     *
     * @param locale the locale, matched exactly (no fallback)
     */
    public CheckResult checkLocale(Article article, BundleSet bundles, Locale locale) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(bundles, "bundles");
        Objects.requireNonNull(locale, "locale");
        String tag = locale.toLanguageTag();
        return checkSet(article, bundles, l -> l.toLanguageTag().equalsIgnoreCase(tag));
    }

    /** {@link #checkAll} restricted to the bundles and files of the locales {@code which} accepts. */
    private CheckResult checkSet(Article article, BundleSet bundles, Predicate<Locale> which) {
        SourceIndex src = new SourceIndex(article);
        Map<String, List<Problem>> problemsByFile = new LinkedHashMap<>();
        for (Problem p : bundles.problems()) problemsByFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        List<Problem> out = new ArrayList<>();
        List<LocaleVerdicts> verdicts = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>();
        Map<String, Locale> byTag = new HashMap<>();
        for (Locale l : bundles.locales()) {
            if (!which.test(l)) continue;
            tags.add(l.toLanguageTag());
            byTag.put(l.toLanguageTag(), l);
        }
        Set<String> used = new HashSet<>();
        List<Bundle> ordered = new ArrayList<>();
        for (String tag : tags) {
            Bundle b = bundles.article(byTag.get(tag)).orElseThrow();
            used.add(b.file());
            ordered.add(b);
        }
        // locales are independent: check them in parallel, report them in tag order
        List<Map.Entry<List<Problem>, LocaleVerdicts>> done = ordered.parallelStream().map(b -> {
            List<Problem> fs = new ArrayList<>();
            LocaleVerdicts v = checkBundle(src, b, problemsByFile.getOrDefault(b.file(), List.of()), fs);
            return Map.entry(fs, v == null ? NONE : v);
        }).toList();
        for (Map.Entry<List<Problem>, LocaleVerdicts> d : done) {
            out.addAll(d.getKey());
            if (d.getValue() != NONE) verdicts.add(d.getValue());
        }
        for (Map.Entry<String, List<Problem>> e : problemsByFile.entrySet()) {
            if (used.contains(e.getKey())) continue;
            // a file of another locale, or of none (a folder that cannot be read, a name that is no language tag)
            Optional<Locale> named = e.getKey() == null ? Optional.empty() : fileLocale(e.getKey());
            if (!named.map(which::test).orElse(which.test(Locale.ROOT))) continue;
            for (Problem p : e.getValue()) passThrough(p, out);
            if (e.getValue().stream().anyMatch(p -> p.isError() && p.line() == 0 || "bundle.json-syntax".equals(p.rule()))) {
                fileLocale(e.getKey()).filter(l -> !byTag.containsKey(l.toLanguageTag()))
                        .ifPresent(l -> verdicts.add(unusable(src, l, e.getKey())));
            }
        }
        return new CheckResult(out, verdicts);
    }

    // ---------------------------------------------------------------------------------------------

    private static LocaleVerdicts unusable(SourceIndex src, Locale locale, String file) {
        Map<String, CheckResult.Verdict> v = new LinkedHashMap<>();
        for (String k : src.byKey.keySet()) v.put(k, CheckResult.Verdict.BROKEN);
        return new LocaleVerdicts(src.id, locale, file, false, v);
    }

    private static Optional<Locale> fileLocale(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) return Optional.empty();
        String tag = name.substring(0, dot);
        Locale l = Locale.forLanguageTag(tag);
        return l.getLanguage().isEmpty() || !l.toLanguageTag().equalsIgnoreCase(tag) ? Optional.empty() : Optional.of(l);
    }

    private LocaleVerdicts checkBundle(SourceIndex src, Bundle b, List<Problem> loaderProblems, List<Problem> out) {
        String file = b.file();
        Map<String, List<Problem>> byKey = new HashMap<>();
        for (Problem p : loaderProblems) {
            if (p.key() == null) passThrough(p, out);
            else byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        if (b.kind() != src.kind) {
            report(out, Problem.builder(FileRules.WRONG_KIND.id(), "this is a " + b.kind().fileName() + " bundle, not the translation of "
                    + (src.kind == Bundle.Kind.ARTICLE ? "an article" : "the page labels")).file(file)
                    .suggestion("\"kind\": \"" + src.kind.fileName() + "\""));
            return null;
        }
        if (src.kind == Bundle.Kind.ARTICLE && !src.id.equals(b.articleId())) {
            report(out, Problem.builder(FileRules.ARTICLE_MISMATCH.id(), "this bundle is for article \"" + b.articleId()
                    + "\", not \"" + src.id + "\"").file(file));
        }
        if (!b.metadata().sourceLocale().equals(src.sourceLocale)) {
            report(out, Problem.builder(FileRules.SOURCE_LOCALE.id(), "\"sourceLocale\" is " + b.metadata().sourceLocale().toLanguageTag()
                    + " but the article is written in " + src.sourceLocale.toLanguageTag()).file(file)
                    .suggestion("\"sourceLocale\": \"" + src.sourceLocale.toLanguageTag() + "\""));
        }
        BundleFacts facts = new BundleFacts(b, src);
        Map<String, CheckResult.Verdict> verdicts = new LinkedHashMap<>();
        for (Map.Entry<String, SourceIndex.Src> e : src.byKey.entrySet()) {
            verdicts.put(e.getKey(), checkKey(e.getKey(), e.getValue(), facts, byKey.getOrDefault(e.getKey(), List.of()), out));
        }
        for (Map.Entry<String, List<Problem>> e : byKey.entrySet()) {
            if (src.byKey.containsKey(e.getKey())) continue;
            for (Problem p : e.getValue()) passThrough(p, out);
        }
        for (BundleEntry entry : b.entries().values()) {
            if (src.byKey.containsKey(entry.key()) || byKey.containsKey(entry.key())) continue;
            report(out, Problem.builder(FileRules.KEYS_EXTRA.id(), "the source has no message with this key (renamed or removed); it is "
                    + "never shown").at(file, entry.line(), entry.column()).key(entry.key()).suggestion("remove the entry"));
        }
        return new LocaleVerdicts(src.id, b.locale(), file, b.metadata().medicallyReviewed(), verdicts);
    }

    /** Checks the translation of one source message (and passes on the loader's problems with it); returns its verdict. */
    private CheckResult.Verdict checkKey(String key, SourceIndex.Src s, BundleFacts facts, List<Problem> loaderProblems,
            List<Problem> out) {
        boolean loaderError = false;
        boolean hashReported = false;
        for (Problem p : loaderProblems) {
            passThrough(p, out);
            loaderError |= p.isError() && !p.rule().equals("bundle.invalid-source-hash");
            hashReported |= p.rule().equals("bundle.missing-source-hash") || p.rule().equals("bundle.invalid-source-hash");
        }
        BundleEntry entry = facts.bundle.entries().get(key);
        if (entry == null) {
            if (loaderError) return CheckResult.Verdict.BROKEN;
            report(out, Problem.builder(FileRules.KEYS_MISSING.id(), "not translated yet; readers see the source text")
                    .file(facts.bundle.file()).key(key).suggestion("translate: " + EntryCheck.shorten(s.message().pattern())));
            return CheckResult.Verdict.MISSING;
        }
        boolean broken = checkEntry(s, entry, facts, out) || loaderError;
        boolean stale = !s.hash().equals(entry.sourceHash());
        if (stale && !hashReported) {
            String msg = entry.sourceHash() == null
                    ? "the entry does not say which source text it translates, so it counts as out of date"
                    : "the source text changed since this was translated (hash " + entry.sourceHash() + ", now " + s.hash() + ")";
            report(out, Problem.builder(FileRules.KEYS_STALE.id(), msg).at(facts.bundle.file(), entry.line(), entry.column()).key(key)
                    .suggestion("compare with the current source \u201c" + EntryCheck.shorten(s.message().pattern())
                            + "\u201d, revise, then set \"source\": \"" + s.hash() + "\""));
        }
        return broken ? CheckResult.Verdict.BROKEN : stale ? CheckResult.Verdict.STALE : CheckResult.Verdict.TRANSLATED;
    }

    /**
     * Runs the rules on one translation: an empty text or one ICU cannot parse gets only that finding;
     * otherwise every rule in order. Returns whether it is broken (an error, staleness aside).
     */
    private boolean checkEntry(SourceIndex.Src s, BundleEntry entry, BundleFacts facts, List<Problem> out) {
        EntryCheck c = new EntryCheck(this, s, entry, facts, out);
        if (c.t == null) {
            c.run(SyntaxRules.TEXT_EMPTY);
            return true;
        }
        if (c.t.error != null) {
            c.run(SyntaxRules.ICU_NO_OTHER);
            c.run(SyntaxRules.ICU_SYNTAX);
            return true;
        }
        for (TranslationRule r : entryRules) c.run(r);
        return c.error;
    }

    /**
     * {@link #checkEntry} as far as the first error: the same first error finding, or none when it has none.
     * A rule configured as a warning or off cannot report an error, so only {@link #errorRules} run.
     */
    private void gate(SourceIndex.Src s, BundleEntry entry, BundleFacts facts, List<Problem> out) {
        EntryCheck c = new EntryCheck(this, s, entry, facts, out);
        if (c.t == null) {
            c.run(SyntaxRules.TEXT_EMPTY);
            return;
        }
        if (c.t.error != null) {
            c.run(SyntaxRules.ICU_NO_OTHER);
            c.run(SyntaxRules.ICU_SYNTAX);
            return;
        }
        for (TranslationRule r : errorRules) {
            c.run(r);
            if (c.error) return;
        }
    }

    /** A finding the walk over a bundle reports, with the severity of its rule as configured (dropped when the rule is off). */
    private void report(List<Problem> out, Problem.Builder problem) {
        Problem p = problem.build();
        Severity sev = severities.get(p.rule());
        if (sev != null) out.add(sev == p.severity() ? p : p.toBuilder().severity(sev).build());
    }

    /**
     * A loader problem as a finding: an entry problem the checker has a rule for gets that rule's id and is
     * configured like it; the others pass unchanged.
     */
    private void passThrough(Problem p, List<Problem> out) {
        String rule = p.rule();
        if (p.key() != null) {
            switch (p.rule()) {
                case "bundle.duplicate-key" -> rule = FileRules.KEYS_DUPLICATE.id();
                case "bundle.unknown-key" -> rule = FileRules.KEYS_EXTRA.id();
                case "bundle.icu-syntax" -> rule = p.message().contains("'other'") ? SyntaxRules.ICU_NO_OTHER.id()
                        : SyntaxRules.ICU_SYNTAX.id();
                case "bundle.empty-text" -> rule = SyntaxRules.TEXT_EMPTY.id();
                default -> { }
            }
        }
        if (rule.equals(p.rule())) {
            out.add(p);
            return;
        }
        Severity sev = severities.get(rule);
        if (sev != null) out.add(p.toBuilder().rule(rule).severity(sev).build());
    }

    /** Configures a {@link BundleChecker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private double maxLengthRatio = DEFAULT_MAX_LENGTH_RATIO;
        private final Map<String, TranslationRule> added = new LinkedHashMap<>();
        private RuleConfig config = RuleConfig.defaults();

        private Builder() {}

        /**
         * A translation more than {@code ratio} times as long as its source is reported ({@code text.length};
         * sources under 20 characters are not checked; shorter is always fine). Default 2.5.
         */
        public Builder maxLengthRatio(double ratio) {
            if (!(ratio > 1)) throw new IllegalArgumentException("the length ratio must be above 1, was " + ratio);
            maxLengthRatio = ratio;
            return this;
        }

        /**
         * Adds a rule of your own (a house glossary, banned words, ...), run on each translation after the
         * built-in rules.
         *
         * @throws IllegalArgumentException when a rule with its id exists, or the id is not {@code group.name}
         */
        public Builder rule(TranslationRule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = Validate.ruleId(rule.id(), "rule id");
            if (added.containsKey(id) || BUILT_IN.stream().anyMatch(r -> r.id().equals(id))) {
                throw new IllegalArgumentException("there is already a rule " + id);
            }
            Objects.requireNonNull(rule.defaultSeverity(), "default severity of " + id);
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

        /**
         * Builds the checker.
         *
         * @throws ProblemException when the rule configuration names a rule that does not exist (located where
         *     it is named, with the nearest rule id)
         */
        public BundleChecker build() {
            return new BundleChecker(this);
        }
    }
}
