package io.healthpage.i18n;

import com.ibm.icu.text.MessagePattern;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import io.healthpage.text.Labels;
import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns an article into any language translators supplied: {@code Article × Locale → Article}.
 *
 * <p>Per text unit (not per file) it walks the CLDR fallback chain of the requested locale
 * ({@link FallbackChain}, e.g. es-MX → es-419 → es → source) and takes the first translation that is
 * present, current (its source hash matches the current source text) and not broken (it formats with
 * the source's arguments and has the same inline tags). Otherwise the unit keeps the source text and is
 * marked with the source language and the reason ({@code FALLBACK_MISSING}, {@code FALLBACK_STALE},
 * {@code FALLBACK_BROKEN}). It never throws because of one bad translation.
 *
 * <p>Page-chrome labels are localized the same way from the label bundles built into this module
 * ({@code io/healthpage/i18n/labels/<tag>.json}) or supplied in the {@link BundleSet}.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; share one instance. The built-in label bundles
 * are loaded once, lazily. Each instance keeps bounded caches, safe for concurrent use, of what never
 * changes for it: whether a given translation is usable for a given source message (checking means
 * formatting it, so this is decided once, not on every request), what each source message localizes to
 * per fallback chain (so localized articles share their {@link Message} instances) and the labels of each locale.
 */
public final class Localizer {
    private static final Map<String, Optional<Bundle>> BUILT_IN_LABELS = new ConcurrentHashMap<>();
    /** Bounds of the per-instance caches; past them results are computed and not kept. */
    private static final int MAX_CHECKS = 20_000;
    private static final int MAX_LABEL_LOCALES = 256;
    /** Bound of the localized units kept by all plans of an instance together. */
    private static final int MAX_UNITS = 50_000;

    private final BundleSet bundles;
    private final StalePolicy stalePolicy;
    private final TranslationCheck translationCheck;
    private final MessageFormatter formatter;
    /**
     * Whether a translation can be used for a source message depends only on immutable inputs (the
     * entry, its locale, the source key, pattern and arguments), so it is decided once: validating a
     * translation formats it, which otherwise doubled the formatting work of every localized render.
     */
    private final ConcurrentHashMap<CheckKey, Verdict> checks = new ConcurrentHashMap<>();
    /** The labels of a locale depend only on the locale and this instance's (immutable) bundles. */
    private final ConcurrentHashMap<String, LabelsResult> labelsByTag = new ConcurrentHashMap<>();
    /** Localized units kept by all plans of this instance (see {@link #MAX_UNITS}). */
    private final AtomicInteger unitsKept = new AtomicInteger();
    /** The fallback plan per "target|source" language tags. */
    private final ConcurrentHashMap<String, Plan> plans = new ConcurrentHashMap<>();

    private Localizer(Builder b) {
        bundles = b.bundles;
        stalePolicy = b.stalePolicy;
        translationCheck = b.translationCheck;
        formatter = b.formatter != null ? b.formatter : MessageFormatter.create();
    }

    /** A builder: no article bundles, {@link StalePolicy#FALL_BACK}, a new formatter. */
    public static Builder builder() {
        return new Builder();
    }

    /** The article bundles this localizer uses. */
    public BundleSet bundles() {
        return bundles;
    }

    /**
     * Localizes {@code source} (an article in its source language) into {@code target}.
     *
     * @param source the source article
     * @param target the requested locale (negotiate it first with {@link LanguageNegotiator})
     */
    public Localization localize(Article source, Locale target) {
        Objects.requireNonNull(source, "source article");
        Objects.requireNonNull(target, "target locale");
        Plan plan = plan(target, source.sourceLocale());
        List<Bundle> chainBundles = plan.chainBundles;
        List<UnitOutcome> outcomes = new ArrayList<>();
        Article localized = source.mapMessages(m -> {
            Unit u = plan.unit(m);
            outcomes.add(u.outcome);
            return u.message;
        }).toBuilder().locale(target).build();
        LabelsResult labels = resolveLabels(target);
        boolean reviewed = !chainBundles.isEmpty() && chainBundles.get(0).metadata().medicallyReviewed();
        return new Localization(localized, labels.labels, new LocalizationReport(target, outcomes),
                new LocalizationReport(target, labels.outcomes), reviewed);
    }

    /**
     * The bundles to try for a (target, source language) pair, in fallback order, and whether they are one
     * language; and what each source message resolved to with them. That depends only on the message (immutable)
     * and on what this instance never changes, so an article localized again looks each unit up once instead of
     * walking the chain, checking the translation and copying the message.
     */
    private final class Plan {
        final List<Bundle> chainBundles;
        final boolean sourceLanguage;
        private final ConcurrentHashMap<Message, Unit> units = new ConcurrentHashMap<>();

        Plan(List<Bundle> chainBundles, boolean sourceLanguage) {
            this.chainBundles = chainBundles;
            this.sourceLanguage = sourceLanguage;
        }

        Unit unit(Message m) {
            Unit u = units.get(m);
            if (u != null) return u;
            Resolved r = resolve(m, chainBundles, sourceLanguage);
            u = new Unit(r.message, new UnitOutcome(m.key(), r.message.status(), r.message.locale(), r.problem));
            if (unitsKept.get() < MAX_UNITS) {
                Unit prev = units.putIfAbsent(m, u);
                if (prev != null) return prev;
                unitsKept.incrementAndGet();
            }
            return u;
        }
    }

    /** A source message localized with a plan, and the outcome reported for it (both immutable). */
    private record Unit(Message message, UnitOutcome outcome) {}

    /** The plan depends only on the two locales and this instance's (immutable) bundles: worked out once per pair. */
    private Plan plan(Locale target, Locale sourceLocale) {
        String key = target.toLanguageTag() + '|' + sourceLocale.toLanguageTag();
        Plan cached = plans.get(key);
        if (cached != null) return cached;
        List<Bundle> chainBundles = new ArrayList<>();
        for (Locale l : FallbackChain.of(target, sourceLocale)) {
            if (sameTag(l, sourceLocale)) break;
            bundles.article(l).ifPresent(chainBundles::add);
        }
        Plan plan = new Plan(List.copyOf(chainBundles), sameLanguageAndScript(target, sourceLocale));
        if (plans.size() < MAX_LABEL_LOCALES) plans.putIfAbsent(key, plan);
        return plan;
    }

    /** The page-chrome labels for {@code target}, each falling back per label to its parents and to English. */
    public Labels labels(Locale target) {
        return resolveLabels(target).labels;
    }

    private LabelsResult resolveLabels(Locale target) {
        String tag = target.toLanguageTag();
        LabelsResult cached = labelsByTag.get(tag);
        if (cached != null) return cached;
        LabelsResult computed = computeLabels(target);
        if (labelsByTag.size() < MAX_LABEL_LOCALES) labelsByTag.putIfAbsent(tag, computed);
        return computed;
    }

    private LabelsResult computeLabels(Locale target) {
        Labels english = Labels.english();
        List<Locale> chain = FallbackChain.of(target, english.locale());
        List<Bundle> chainBundles = new ArrayList<>();
        for (Locale l : chain) {
            if (sameTag(l, Locale.ENGLISH)) break;
            Optional<Bundle> supplied = bundles.labels(l);
            if (supplied.isPresent()) chainBundles.add(supplied.get());
            else builtInLabels(l).ifPresent(chainBundles::add);
        }
        boolean sourceLanguage = sameLanguageAndScript(target, Locale.ENGLISH);
        Map<String, Message> out = new LinkedHashMap<>();
        List<UnitOutcome> outcomes = new ArrayList<>();
        for (String key : english.keys()) {
            Message src = english.get(key);
            Resolved r = resolve(src, key, chainBundles, sourceLanguage);
            out.put(key, r.message);
            outcomes.add(new UnitOutcome(src.key(), r.message.status(), r.message.locale(), r.problem));
        }
        return new LabelsResult(Labels.of(target, out), List.copyOf(outcomes));
    }

    private record LabelsResult(Labels labels, List<UnitOutcome> outcomes) {}

    /** What {@link #verdict} depends on; all parts immutable. */
    private record CheckKey(BundleEntry entry, Locale locale, String sourceKey, String sourcePattern, Map<String, Arg> args) {}

    /**
     * @param broken why the translation cannot be used, or {@code null}
     * @param current whether it was translated from the current source pattern
     */
    private record Verdict(String broken, boolean current) {}

    private Verdict verdict(Message source, BundleEntry entry, Bundle bundle) {
        Locale locale = bundle.locale();
        CheckKey k = new CheckKey(entry, locale, source.key(), source.pattern(), source.args());
        Verdict v = checks.get(k);
        if (v != null) return v;
        String broken = brokenReason(source, entry.text(), locale);
        if (broken == null && translationCheck != null) {
            broken = translationCheck.reject(source, bundle, entry).orElse(null);
        }
        v = new Verdict(broken, entry.isTranslationOf(source.pattern()));
        if (checks.size() < MAX_CHECKS) checks.putIfAbsent(k, v);
        return v;
    }

    private record Resolved(Message message, Problem problem) {}

    private Resolved resolve(Message m, List<Bundle> chain, boolean sourceLanguage) {
        return resolve(m, m.key(), chain, sourceLanguage);
    }

    private Resolved resolve(Message m, String bundleKey, List<Bundle> chain, boolean sourceLanguage) {
        TextStatus reason = null;
        Problem problem = null;
        for (Bundle b : chain) {
            Optional<BundleEntry> e = b.entry(bundleKey);
            if (e.isEmpty()) continue;
            BundleEntry entry = e.get();
            Verdict verdict = verdict(m, entry, b);
            String broken = verdict.broken();
            if (broken != null) {
                if (reason == null) {
                    reason = TextStatus.FALLBACK_BROKEN;
                    problem = fallback("localize.broken", b, entry, broken);
                }
                continue;
            }
            if (!verdict.current()) {
                if (stalePolicy == StalePolicy.SHOW_MARKED) {
                    return new Resolved(m.withText(entry.text(), b.locale(), TextStatus.STALE_SHOWN), fallback("localize.stale", b,
                            entry, "translated from an older source text (" + entry.sourceHash() + ")"));
                }
                if (reason == null) {
                    reason = TextStatus.FALLBACK_STALE;
                    problem = fallback("localize.stale", b, entry,
                            "translated from an older source text; update the translation and its \"source\" hash");
                }
                continue;
            }
            return new Resolved(m.withText(entry.text(), b.locale(), TextStatus.TRANSLATED), null);
        }
        if (reason == null) {
            if (sourceLanguage) return new Resolved(m, null); // en-GB reading an English source: no fallback
            reason = TextStatus.FALLBACK_MISSING;
        }
        return new Resolved(m.withText(m.pattern(), m.locale(), reason), problem);
    }

    /** Why a translation was not shown as current: a warning at its entry (the page is still whole). */
    private static Problem fallback(String rule, Bundle b, BundleEntry entry, String why) {
        return Problem.builder(rule, why).severity(Severity.WARNING).at(b.file(), entry.line(), entry.column()).key(entry.key())
                .build();
    }

    /** Why a translation cannot be used, or {@code null} when it can. */
    private String brokenReason(Message source, String translated, Locale locale) {
        try {
            formatter.format(source.key(), translated, argsForCheck(source), locale);
        } catch (MessageFormatException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "message '" + source.key() + "': " + e.getMessage();
        }
        List<String> want = tagNames(source.pattern());
        List<String> got = tagNames(translated);
        if (want != null && !want.equals(got)) {
            return "message '" + source.key() + "': inline tags " + got + " differ from the source's " + want
                    + "; keep exactly the source's tags";
        }
        return null;
    }

    /**
     * The source's arguments; for labels, whose values are supplied only at render time, sample values
     * of the right kind for each argument the English pattern uses (a number where it drives a plural).
     */
    private static Map<String, Arg> argsForCheck(Message source) {
        if (!source.args().isEmpty()) return source.args();
        Map<String, Arg> sample = new HashMap<>();
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            mp.parse(source.pattern());
        } catch (IllegalArgumentException e) {
            return source.args();
        }
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() != MessagePattern.Part.Type.ARG_START) continue;
            String name = mp.getSubstring(mp.getPart(i + 1));
            MessagePattern.ArgType t = p.getArgType();
            boolean numeric = t == MessagePattern.ArgType.PLURAL || t == MessagePattern.ArgType.SELECTORDINAL
                    || t == MessagePattern.ArgType.CHOICE;
            sample.put(name, numeric ? NumberArg.of(1) : new TextArg("x"));
        }
        return sample;
    }

    private static List<String> tagNames(String pattern) {
        try {
            List<String> names = new ArrayList<>();
            for (InlineMarkup.Tag t : InlineMarkup.scan(pattern)) {
                names.add((t.closing() ? "/" : "") + t.name() + (t.selfClosing() ? "/" : ""));
            }
            names.sort(null);
            return names;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Optional<Bundle> builtInLabels(Locale l) {
        return BUILT_IN_LABELS.computeIfAbsent(l.toLanguageTag(), tag -> {
            String name = "labels/" + tag + ".json";
            try (InputStream in = Localizer.class.getResourceAsStream(name)) {
                if (in == null) return Optional.empty();
                BundleLoader.LoadResult r = BundleLoader.create().load("io/healthpage/i18n/" + name,
                        new InputStreamReader(in, StandardCharsets.UTF_8));
                return r.bundle();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** en-GB and en are one language for readers; zh-Hant and zh-Hans are not. */
    private static boolean sameLanguageAndScript(Locale a, Locale b) {
        com.ibm.icu.util.ULocale x = com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLocale(a));
        com.ibm.icu.util.ULocale y = com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLocale(b));
        return x.getLanguage().equals(y.getLanguage()) && x.getScript().equals(y.getScript());
    }

    private static boolean sameTag(Locale a, Locale b) {
        return a.toLanguageTag().equals(b.toLanguageTag());
    }

    /** Builds a {@link Localizer}. Not thread-safe. */
    public static final class Builder {
        private BundleSet bundles = BundleSet.empty();
        private StalePolicy stalePolicy = StalePolicy.FALL_BACK;
        private MessageFormatter formatter;
        private TranslationCheck translationCheck;

        private Builder() {}

        /** The article (and optionally label) bundles. */
        public Builder bundles(BundleSet v) {
            bundles = Objects.requireNonNull(v, "bundles");
            return this;
        }

        /** What to do with stale translations (default {@link StalePolicy#FALL_BACK}). */
        public Builder stalePolicy(StalePolicy v) {
            stalePolicy = Objects.requireNonNull(v, "stale policy");
            return this;
        }

        /**
         * An extra test every translation must pass to be shown (default: none). Use
         * {@code BundleChecker.create().asTranslationCheck(article)} so changed doses never reach a page.
         */
        public Builder translationCheck(TranslationCheck v) {
            translationCheck = Objects.requireNonNull(v, "translation check");
            return this;
        }

        /** The formatter used to check translations (share the renderer's). */
        public Builder formatter(MessageFormatter v) {
            formatter = Objects.requireNonNull(v, "formatter");
            return this;
        }

        /** Builds the localizer. */
        public Localizer build() {
            return new Localizer(this);
        }
    }
}
