package io.healthpage.i18n.tools;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleProblem;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;
import io.healthpage.i18n.TranslationCheck;
import io.healthpage.i18n.tools.CheckResult.LocaleVerdicts;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.YearArg;
import io.healthpage.problem.EditDistance;
import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MarkupException;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks translated bundles against their source article — the lint a translator runs before
 * delivering. Besides ICU syntax, arguments, plural categories (from ICU's CLDR data) and inline tags,
 * it knows what matters in a health text: numbers and doses must stay as written, drug and brand names
 * marked do-not-translate must stay. The rules and how to fix each are listed in {@code TRANSLATING.md}.
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
    /** Default for {@link #withMaxLengthRatio}: a translation 2.5 times as long as its source is suspicious. */
    public static final double DEFAULT_MAX_LENGTH_RATIO = 2.5;
    /** Sources shorter than this many characters are not length-checked (short labels vary too much). */
    static final int MIN_LENGTH_FOR_RATIO = 20;

    private static final Map<String, Set<String>> KEYWORDS = new ConcurrentHashMap<>();
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|mailto:)[^\\s<>{}\"”»)\\]]+");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b[\\p{Lu}0-9][\\p{Lu}0-9./-]+\\b");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s.])\\p{L}\\.$");
    private static final Set<String> NUMERIC_KINDS = Set.of("none", "plural", "number");
    private static final MessageFormatter FORMATTER = MessageFormatter.withCacheSize(0);
    private static final LocaleVerdicts NONE = new LocaleVerdicts("", Locale.ROOT, "", false, Map.of());

    private final double maxLengthRatio;

    private BundleChecker(double maxLengthRatio) {
        this.maxLengthRatio = maxLengthRatio;
    }

    /** A checker with the default settings. */
    public static BundleChecker create() {
        return new BundleChecker(DEFAULT_MAX_LENGTH_RATIO);
    }

    /**
     * A checker that warns ({@code text.length}) when a translation is more than {@code ratio} times as
     * long as its source (sources under 20 characters are not checked; shorter is always fine).
     */
    public BundleChecker withMaxLengthRatio(double ratio) {
        if (!(ratio > 1)) throw new IllegalArgumentException("the length ratio must be above 1, was " + ratio);
        return new BundleChecker(ratio);
    }

    /**
     * This checker's error rules as a gate for the {@link io.healthpage.i18n.Localizer}: a translation
     * with an error finding (a changed number or dose, a dropped do-not-translate name, a missing plural
     * category, raw HTML, ...) is not shown; the unit falls back and the localization report gives the
     * rule and message. Staleness is left to the localizer's own stale policy. Thread-safe.
     *
     * @param article the source article the bundles translate
     */
    public TranslationCheck asTranslationCheck(Article article) {
        Objects.requireNonNull(article, "article");
        SourceIndex src = new SourceIndex(article);
        Map<String, Ctx> contexts = new ConcurrentHashMap<>();
        return (source, bundle, entry) -> {
            SourceIndex.Src s = src.byKey.get(entry.key());
            // not a unit of this article (a page label), or a source that changed since the index was built
            if (s == null || !s.message().pattern().equals(source.pattern())) return Optional.empty();
            Ctx ctx = contexts.computeIfAbsent(bundle.file() + "|" + bundle.locale().toLanguageTag(), k -> new Ctx(bundle, src));
            List<BundleFinding> out = new ArrayList<>();
            checkEntry(s, entry, ctx, out);
            for (BundleFinding f : out) {
                if (f.isError()) return Optional.of("[" + f.rule() + "] " + f.message());
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
        List<BundleFinding> out = new ArrayList<>();
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
        List<BundleFinding> out = new ArrayList<>();
        List<LocaleVerdicts> verdicts = new ArrayList<>();
        if (loaded.bundle().isEmpty()) {
            for (BundleProblem p : loaded.problems()) out.add(fromProblem(p));
            fileLocale(file.toString()).ifPresent(l -> verdicts.add(unusable(src, l, file.toString())));
            return new CheckResult(out, verdicts);
        }
        Bundle b = loaded.bundle().get();
        Optional<Locale> named = fileLocale(file.toString());
        if (named.isPresent() && !named.get().equals(b.locale())) {
            out.add(finding("bundle.locale-mismatch", b.file(), 0, 0, null, "the file says \"locale\": \""
                    + b.locale().toLanguageTag() + "\" but is named " + file.getFileName(), null));
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
        SourceIndex src = new SourceIndex(article);
        Map<String, List<BundleProblem>> problemsByFile = new LinkedHashMap<>();
        for (BundleProblem p : bundles.problems()) problemsByFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        List<BundleFinding> out = new ArrayList<>();
        List<LocaleVerdicts> verdicts = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>();
        Map<String, Locale> byTag = new HashMap<>();
        for (Locale l : bundles.locales()) {
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
        List<Map.Entry<List<BundleFinding>, LocaleVerdicts>> done = ordered.parallelStream().map(b -> {
            List<BundleFinding> fs = new ArrayList<>();
            LocaleVerdicts v = checkBundle(src, b, problemsByFile.getOrDefault(b.file(), List.of()), fs);
            return Map.entry(fs, v == null ? NONE : v);
        }).toList();
        for (Map.Entry<List<BundleFinding>, LocaleVerdicts> d : done) {
            out.addAll(d.getKey());
            if (d.getValue() != NONE) verdicts.add(d.getValue());
        }
        for (Map.Entry<String, List<BundleProblem>> e : problemsByFile.entrySet()) {
            if (used.contains(e.getKey())) continue;
            for (BundleProblem p : e.getValue()) out.add(fromProblem(p));
            if (e.getValue().stream().anyMatch(p -> p.isError() && p.line() == 0 || "bundle.json-syntax".equals(p.code()))) {
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

    private LocaleVerdicts checkBundle(SourceIndex src, Bundle b, List<BundleProblem> loaderProblems,
            List<BundleFinding> out) {
        String file = b.file();
        Map<String, List<BundleProblem>> byKey = new HashMap<>();
        for (BundleProblem p : loaderProblems) {
            if (p.key() == null) out.add(fromProblem(p));
            else byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        if (b.kind() != src.kind) {
            out.add(finding("bundle.wrong-kind", file, 0, 0, null, "this is a " + b.kind().fileName()
                    + " bundle, not the translation of " + (src.kind == Bundle.Kind.ARTICLE ? "an article" : "the page labels"),
                    "\"kind\": \"" + src.kind.fileName() + "\""));
            return null;
        }
        if (src.kind == Bundle.Kind.ARTICLE && !src.id.equals(b.articleId())) {
            out.add(finding("bundle.article-mismatch", file, 0, 0, null, "this bundle is for article \"" + b.articleId()
                    + "\", not \"" + src.id + "\"", null));
        }
        if (!b.metadata().sourceLocale().equals(src.sourceLocale)) {
            out.add(finding("bundle.source-locale", file, 0, 0, null, "\"sourceLocale\" is "
                    + b.metadata().sourceLocale().toLanguageTag() + " but the article is written in "
                    + src.sourceLocale.toLanguageTag(), "\"sourceLocale\": \"" + src.sourceLocale.toLanguageTag() + "\""));
        }
        Ctx ctx = new Ctx(b, src);
        Map<String, CheckResult.Verdict> verdicts = new LinkedHashMap<>();
        for (Map.Entry<String, SourceIndex.Src> e : src.byKey.entrySet()) {
            String key = e.getKey();
            List<BundleProblem> ps = byKey.getOrDefault(key, List.of());
            boolean loaderError = false;
            boolean hashReported = false;
            for (BundleProblem p : ps) {
                out.add(fromProblem(p));
                loaderError |= p.isError() && !p.code().equals("bundle.invalid-source-hash");
                hashReported |= p.code().equals("bundle.missing-source-hash") || p.code().equals("bundle.invalid-source-hash");
            }
            BundleEntry entry = b.entries().get(key);
            if (entry == null) {
                if (loaderError) {
                    verdicts.put(key, CheckResult.Verdict.BROKEN);
                } else {
                    out.add(finding("keys.missing", file, 0, 0, key, "not translated yet; readers see the source text",
                            "translate: " + shorten(e.getValue().message().pattern())));
                    verdicts.put(key, CheckResult.Verdict.MISSING);
                }
                continue;
            }
            boolean broken = checkEntry(e.getValue(), entry, ctx, out) || loaderError;
            boolean stale = !e.getValue().hash().equals(entry.sourceHash());
            if (stale && !hashReported) out.add(stale(e.getValue(), entry, file));
            verdicts.put(key, broken ? CheckResult.Verdict.BROKEN
                    : stale ? CheckResult.Verdict.STALE : CheckResult.Verdict.TRANSLATED);
        }
        for (Map.Entry<String, List<BundleProblem>> e : byKey.entrySet()) {
            if (src.byKey.containsKey(e.getKey())) continue;
            for (BundleProblem p : e.getValue()) out.add(fromProblem(p));
        }
        for (BundleEntry entry : b.entries().values()) {
            if (src.byKey.containsKey(entry.key()) || byKey.containsKey(entry.key())) continue;
            out.add(finding("keys.extra", file, entry.line(), entry.column(), entry.key(),
                    "the source has no message with this key (renamed or removed); it is never shown", "remove the entry"));
        }
        return new LocaleVerdicts(src.id, b.locale(), file, b.metadata().medicallyReviewed(), verdicts);
    }

    private static BundleFinding stale(SourceIndex.Src s, BundleEntry entry, String file) {
        String now = s.hash();
        String msg = entry.sourceHash() == null
                ? "the entry does not say which source text it translates, so it counts as out of date"
                : "the source text changed since this was translated (hash " + entry.sourceHash() + ", now " + now + ")";
        return finding("keys.stale", file, entry.line(), entry.column(), entry.key(), msg,
                "compare with the current source “" + shorten(s.message().pattern()) + "”, revise, then set \"source\": \""
                        + now + "\"");
    }

    /** Per-bundle facts shared by its entries. */
    private static final class Ctx {
        final Bundle bundle;
        final ULocale locale;
        final boolean sameLanguage;
        final boolean noFinalPunctuation;
        final Set<String> cardinal;
        final Set<String> ordinal;
        final Map<String, String> translatedTerms = new HashMap<>(); // term id -> folded translated text
        final boolean pseudo;

        Ctx(Bundle bundle, SourceIndex src) {
            this.bundle = bundle;
            this.locale = ULocale.forLocale(bundle.locale());
            String region = bundle.locale().getCountry();
            this.pseudo = region.equals("XA") || region.equals("XB");
            this.sameLanguage = bundle.locale().getLanguage().equals(src.sourceLocale.getLanguage());
            String lang = bundle.locale().getLanguage();
            this.noFinalPunctuation = lang.equals("th") || lang.equals("lo");
            this.cardinal = keywords(locale, PluralRules.PluralType.CARDINAL);
            this.ordinal = keywords(locale, PluralRules.PluralType.ORDINAL);
            for (SourceIndex.Dnt d : src.dnt) {
                BundleEntry e = bundle.entries().get("term." + d.id() + ".text");
                if (e != null && !e.text().isBlank()) {
                    translatedTerms.put(d.id(), SourceIndex.fold(PatternInfo.strip(e.text()).strip()));
                }
            }
        }
    }

    static Set<String> keywords(ULocale locale, PluralRules.PluralType type) {
        return KEYWORDS.computeIfAbsent(type + "|" + locale.toLanguageTag(),
                k -> Set.copyOf(PluralRules.forLocale(locale, type).getKeywords()));
    }

    /** Runs the entry rules; returns whether an error (other than staleness) was found. */
    private boolean checkEntry(SourceIndex.Src s, BundleEntry e, Ctx ctx, List<BundleFinding> out) {
        String file = ctx.bundle.file();
        String key = e.key();
        String text = e.text();
        int line = e.line();
        int col = e.column();
        int before = out.size();
        if (text.isBlank()) {
            out.add(finding("text.empty", file, line, col, key, "the translation is empty",
                    "translate: " + shorten(s.message().pattern())));
            return true;
        }
        PatternInfo t = PatternInfo.of(text);
        if (t.error != null) {
            if (t.error.noOther()) {
                out.add(finding("icu.no-other", file, line, col, key, "a plural, selectordinal or select has no 'other' "
                        + "case (near character " + (t.error.index() + 1) + ")", "add `other {…}`"));
            } else {
                out.add(finding("icu.syntax", file, line, col, key, "ICU message syntax: " + t.error.message()
                        + " (at character " + (t.error.index() + 1) + " of the text: “" + around(text, t.error.index()) + "”)",
                        null));
            }
            return true;
        }
        boolean apostrophe = apostrophe(s, t, ctx, out, file, line, col, key);
        if (!apostrophe) arguments(s, t, out, file, line, col, key);
        plurals(t, ctx, out, file, line, col, key);
        tags(s, t, ctx, out, file, line, col, key);
        characters(s, t, out, file, line, col, key);
        numbers(s, t, ctx, out, file, line, col, key);
        doNotTranslate(s, t, ctx, out, file, line, col, key);
        style(s, t, ctx, out, file, line, col, key);
        for (int i = before; i < out.size(); i++) if (out.get(i).isError()) return true;
        return false;
    }

    private static boolean apostrophe(SourceIndex.Src s, PatternInfo t, Ctx ctx, List<BundleFinding> out, String file,
            int line, int col, String key) {
        String text = t.pattern;
        boolean plural = !t.complex.isEmpty();
        StringBuilder fixed = null;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'') continue;
            if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                i++;
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (next == '{' || next == '}' || next == '|' || (plural && next == '#')) {
                if (s.message().pattern().contains("'" + next)) continue; // the source quotes on purpose
                if (fixed == null) fixed = new StringBuilder(text);
                fixed.setCharAt(i, '\u2019');
                if (first < 0) first = i;
            }
        }
        if (fixed == null) return false;
        out.add(finding("icu.apostrophe", file, line, col, key, "the straight apostrophe at character " + (first + 1)
                + " (“" + around(text, first) + "”) starts quoted text, so what follows is shown literally and the "
                + "placeholder is lost", "use ’: " + fixed));
        return true;
    }

    private static void arguments(SourceIndex.Src s, PatternInfo t, List<BundleFinding> out, String file, int line,
            int col, String key) {
        Map<String, Set<String>> src = s.info().args;
        for (String name : src.keySet()) {
            if (!t.args.containsKey(name)) {
                out.add(finding("args.missing", file, line, col, key, "the placeholder {" + name + "} of the source is "
                        + "missing", "put {" + name + "} back where it belongs in your sentence"));
            }
        }
        for (Map.Entry<String, Set<String>> a : t.args.entrySet()) {
            String name = a.getKey();
            Set<String> kinds = src.get(name);
            if (kinds == null) {
                String near = nearest(name, src.keySet());
                out.add(finding("args.unknown", file, line, col, key, "{" + name + "} is not a placeholder of the source"
                        + (src.isEmpty() ? " (the source has none)" : " (it has " + braces(src.keySet()) + ")"),
                        near != null ? "write {" + near + "} (placeholder names are never translated)" : "remove {" + name + "}"));
                continue;
            }
            Arg declared = s.message().args().get(name);
            boolean numeric = declared instanceof NumberArg || declared instanceof PercentArg || declared instanceof YearArg;
            for (String k : a.getValue()) {
                if (kinds.contains(k)) continue;
                if (numeric && NUMERIC_KINDS.contains(k) && kinds.stream().anyMatch(NUMERIC_KINDS::contains)) continue;
                out.add(finding("args.type", file, line, col, key, "{" + name + "} is used as " + kindName(k)
                        + " but the source uses it as " + String.join(" and ", kinds.stream().map(BundleChecker::kindName).toList()),
                        "use {" + name + "} the way the source does"));
            }
        }
    }

    private static String kindName(String k) {
        return switch (k) {
            case "none" -> "a plain placeholder";
            case "plural", "select", "selectordinal", "choice" -> "a " + k;
            default -> "'" + k + "'";
        };
    }

    private static void plurals(PatternInfo t, Ctx ctx, List<BundleFinding> out, String file, int line, int col, String key) {
        for (PatternInfo.Complex c : t.complex) {
            if (c.type() == MessagePattern.ArgType.SELECT) continue;
            boolean ordinal = c.type() == MessagePattern.ArgType.SELECTORDINAL;
            Set<String> needed = ordinal ? ctx.ordinal : ctx.cardinal;
            Set<String> written = new LinkedHashSet<>();
            for (String sel : c.selectors()) if (!sel.startsWith("=")) written.add(sel);
            String what = ordinal ? "selectordinal" : "plural";
            String lang = ctx.locale.getDisplayName(ULocale.ENGLISH);
            List<String> missing = new ArrayList<>();
            for (String k : order(needed)) if (!written.contains(k)) missing.add(k);
            if (!missing.isEmpty()) {
                out.add(finding("plural.missing-category", file, line, col, key, "the " + what + " {" + c.name()
                        + "} lacks the case" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + ": "
                        + lang + " needs " + String.join(", ", order(needed)),
                        "add " + String.join(" ", missing.stream().map(m -> m + " {…}").toList())));
            }
            List<String> unused = new ArrayList<>();
            for (String k : written) if (!needed.contains(k)) unused.add(k);
            if (!unused.isEmpty()) {
                out.add(finding("plural.unused-category", file, line, col, key, "the " + what + " {" + c.name()
                        + "} has the case" + (unused.size() > 1 ? "s " : " ") + String.join(", ", unused) + ", which "
                        + lang + " never uses (it uses " + String.join(", ", order(needed)) + ")", "remove "
                        + String.join(", ", unused)));
            }
        }
    }

    private static final List<String> CATEGORY_ORDER = List.of("zero", "one", "two", "few", "many", "other");

    static List<String> order(Set<String> keywords) {
        List<String> out = new ArrayList<>();
        for (String k : CATEGORY_ORDER) if (keywords.contains(k)) out.add(k);
        for (String k : new TreeSet<>(keywords)) if (!out.contains(k)) out.add(k);
        return out;
    }

    private static void tags(SourceIndex.Src s, PatternInfo t, Ctx ctx, List<BundleFinding> out, String file, int line,
            int col, String key) {
        if (t.markupError != null) {
            out.add(finding("text.raw-html", file, line, col, key, "HTML is not allowed: " + t.markupError.getMessage(),
                    "remove the tag; only the tags of the source may be used"));
            return;
        }
        Matcher ent = ENTITY.matcher(t.pattern);
        if (ent.find()) {
            out.add(finding("text.raw-html", file, line, col, key, "the HTML entity " + ent.group()
                    + " is shown literally, not as a character", "type the character itself"));
        }
        List<InlineMarkup.Tag> st = s.info().tags == null ? List.of() : s.info().tags;
        Map<String, Integer> want = multiset(st);
        Map<String, Integer> have = multiset(t.tags);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Integer> w : want.entrySet()) {
            int n = w.getValue() - have.getOrDefault(w.getKey(), 0);
            for (int i = 0; i < n; i++) missing.add(w.getKey());
        }
        for (Map.Entry<String, Integer> h : have.entrySet()) {
            int n = h.getValue() - want.getOrDefault(h.getKey(), 0);
            for (int i = 0; i < n; i++) extra.add(h.getKey());
        }
        if (!missing.isEmpty()) {
            out.add(finding("tags.missing", file, line, col, key, "the tag" + (missing.size() > 1 ? "s " : " ")
                    + String.join(" ", missing) + " of the source " + (missing.size() > 1 ? "are" : "is") + " missing",
                    "put them back around the matching words (you may move them)"));
        }
        if (!extra.isEmpty()) {
            out.add(finding("tags.extra", file, line, col, key, "the tag" + (extra.size() > 1 ? "s " : " ")
                    + String.join(" ", extra) + " " + (extra.size() > 1 ? "are" : "is") + " not in the source",
                    "remove " + String.join(" ", extra)));
        }
        String nesting = nesting(t.tags);
        if (nesting == null && !t.tags.isEmpty() && !t.complex.isEmpty()) {
            try {
                FORMATTER.format(key, t.pattern, s.message().args(), ctx.bundle.locale());
            } catch (MessageFormatException ex) {
                if (ex.getCause() instanceof MarkupException) nesting = ex.getCause().getMessage();
            }
        }
        if (nesting != null) {
            out.add(finding("tags.nesting", file, line, col, key, "tags are not properly nested: " + nesting,
                    "close tags in the reverse order you opened them, within one plural or select case"));
        }
    }

    private static Map<String, Integer> multiset(List<InlineMarkup.Tag> tags) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (InlineMarkup.Tag tag : tags) m.merge(show(tag), 1, Integer::sum);
        return m;
    }

    private static String show(InlineMarkup.Tag t) {
        return "<" + (t.closing() ? "/" : "") + t.name() + (t.selfClosing() ? "/" : "") + ">";
    }

    /** The first nesting error in a tag sequence, or null. */
    private static String nesting(List<InlineMarkup.Tag> tags) {
        List<InlineMarkup.Tag> open = new ArrayList<>();
        for (InlineMarkup.Tag t : tags) {
            if (t.selfClosing()) {
                if (t.closing() || !(t.name().startsWith("cite:") || t.name().startsWith("term:"))) {
                    return show(t) + " cannot be written this way";
                }
            } else if (!t.closing()) {
                if (t.name().startsWith("cite:")) return "<" + t.name() + "> must be written <" + t.name() + "/>";
                open.add(t);
            } else {
                if (open.isEmpty()) return show(t) + " closes a tag that was never opened";
                InlineMarkup.Tag top = open.remove(open.size() - 1);
                if (!top.name().equals(t.name())) return show(t) + " closes " + show(top) + " (expected </" + top.name() + ">)";
            }
        }
        return open.isEmpty() ? null : show(open.get(open.size() - 1)) + " is never closed";
    }

    private static void characters(SourceIndex.Src s, PatternInfo t, List<BundleFinding> out, String file, int line,
            int col, String key) {
        String text = t.pattern;
        String source = s.message().pattern();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String u = url.group().replaceAll("[.,;:!?]+$", "");
            if (!source.contains(u)) {
                out.add(finding("text.url", file, line, col, key, "the address " + u + " is not in the source",
                        "remove it; links come from the article"));
            }
        }
        // bidi controls: embeddings/overrides (U+202A–202E) pair with PDF, isolates (U+2066–2068) with PDI
        StringBuilder stack = new StringBuilder();
        String unpaired = null;
        int count = 0;
        int controlAt = -1;
        int zeroWidthAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                count++;
                if (c == '\u202C' || c == '\u2069') {
                    char want = c == '\u202C' ? 'E' : 'I';
                    if (stack.length() == 0 || stack.charAt(stack.length() - 1) != want) {
                        if (unpaired == null) unpaired = hex(c) + " at character " + (i + 1) + " closes nothing";
                    } else {
                        stack.setLength(stack.length() - 1);
                    }
                } else {
                    stack.append(c >= '\u2066' ? 'I' : 'E');
                }
            } else if ((c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u200C' || c == '\u200D')
                    && zeroWidthAt < 0 && insideWord(text, i, c)) {
                zeroWidthAt = i;
            } else if (controlAt < 0 && isControl(c) && source.indexOf(c) < 0) {
                controlAt = i;
            }
        }
        if (unpaired == null && stack.length() > 0) unpaired = stack.length() + " direction control(s) never closed";
        if (unpaired != null) {
            out.add(finding("text.bidi-unpaired", file, line, col, key, "invisible text-direction control: " + unpaired,
                    "remove the direction control characters (U+202A–202E, U+2066–2069)"));
        } else if (count > bidiCount(source)) {
            out.add(finding("text.bidi-unexpected", file, line, col, key, "the translation has invisible text-direction "
                    + "controls that the source does not have", "remove them; the page isolates text direction itself"));
        }
        if (zeroWidthAt >= 0) {
            out.add(finding("text.zero-width", file, line, col, key, "an invisible " + hex(text.charAt(zeroWidthAt))
                    + " sits inside the word “" + around(text, zeroWidthAt).replaceAll("[\u200B\u2060\uFEFF\u200C\u200D]", "")
                    + "” (it breaks search and copying)", "remove it"));
        }
        if (controlAt >= 0) {
            out.add(finding("text.control-char", file, line, col, key, "the invisible control character "
                    + hex(text.charAt(controlAt)) + " at character " + (controlAt + 1), "remove it"));
        }
    }

    private static boolean isControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE;
    }

    private static int bidiCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') n++;
        }
        return n;
    }

    /** A zero-width character between two letters/digits; ZWJ/ZWNJ only in scripts that never need them. */
    private static boolean insideWord(String text, int i, char c) {
        if (i == 0 || i + 1 >= text.length()) return false;
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i + 1);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after)) return false;
        if (c == '\u200C' || c == '\u200D') {
            return simpleScript(before) && simpleScript(after);
        }
        return true;
    }

    private static boolean simpleScript(int cp) {
        int sc = UScript.getScript(cp);
        return sc == UScript.LATIN || sc == UScript.CYRILLIC || sc == UScript.GREEK || sc == UScript.COMMON;
    }

    private static void numbers(SourceIndex.Src s, PatternInfo t, Ctx ctx, List<BundleFinding> out, String file,
            int line, int col, String key) {
        List<Numbers.Num> want = s.numbers();
        List<Numbers.Num> have = Numbers.find(t.literals, ctx.locale);
        if (want.isEmpty() && have.isEmpty()) return;
        List<Numbers.Num> missing = new ArrayList<>(want);
        List<Numbers.Num> extra = new ArrayList<>();
        List<String> unitChanges = new ArrayList<>();
        for (Numbers.Num h : have) {
            Numbers.Num match = null;
            for (Numbers.Num m : missing) {
                if (m.value().compareTo(h.value()) == 0) {
                    match = m;
                    break;
                }
            }
            if (match == null) {
                extra.add(h);
                continue;
            }
            missing.remove(match);
            if (match.unit() != null && h.unit() != null && !match.unit().equals(h.unit())) {
                unitChanges.add(match.show() + " became " + h.show());
            }
        }
        if (missing.isEmpty() && extra.isEmpty() && unitChanges.isEmpty()) return;
        StringBuilder msg = new StringBuilder();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            msg.append("numbers differ from the source: the source has ").append(list(want))
                    .append(", the translation has ").append(list(have));
            if (!missing.isEmpty()) msg.append(" (missing: ").append(list(missing)).append(')');
            if (!extra.isEmpty()) msg.append(" (not in the source: ").append(list(extra)).append(')');
        }
        if (!unitChanges.isEmpty()) {
            if (msg.length() > 0) msg.append("; ");
            msg.append("units changed: ").append(String.join(", ", unitChanges));
        }
        out.add(finding("facts.number-changed", file, line, col, key, msg.toString(),
                "write every number, dose and range exactly as the source: " + list(want)));
    }

    private static String list(List<Numbers.Num> nums) {
        if (nums.isEmpty()) return "no numbers";
        return String.join(", ", nums.stream().map(Numbers.Num::show).toList());
    }

    private static void doNotTranslate(SourceIndex.Src s, PatternInfo t, Ctx ctx, List<BundleFinding> out, String file,
            int line, int col, String key) {
        // pseudo-locales (en-XA, ar-XB) transform every letter on purpose, names included
        if (s.dnt().isEmpty() || ctx.pseudo) return;
        String folded = null;
        for (SourceIndex.Dnt d : s.dnt()) {
            if (t.pattern.contains("<term:" + d.id() + "/>")) continue;
            if (folded == null) folded = SourceIndex.fold(PatternInfo.strip(t.pattern));
            if (folded.contains(d.folded()) || folded.contains(d.stem())) continue;
            String local = ctx.translatedTerms.get(d.id());
            if (local != null && !local.isEmpty() && (folded.contains(local) || folded.contains(SourceIndex.stem(local))
                    || folded.contains(withoutArticle(local)))) {
                continue;
            }
            out.add(finding("facts.do-not-translate", file, line, col, key, "the name “" + d.text() + "” of the source "
                    + "is missing: drug and brand names must stay as written"
                    + (local != null ? " (or as this bundle's term." + d.id() + ".text gives it)" : ""),
                    "keep “" + d.text() + "”" + (local != null ? " or your term." + d.id() + ".text" : "")));
        }
    }

    /**
     * An Arabic term without its article ال, because prepositions fuse with it: "بالكيتامين" (with
     * ketamine) keeps it but "للكيتامين" (for ketamine) drops its alif.
     */
    static String withoutArticle(String term) {
        return term.startsWith("ال") && term.length() > 4 ? term.substring(2) : term;
    }

    private void style(SourceIndex.Src s, PatternInfo t, Ctx ctx, List<BundleFinding> out, String file, int line,
            int col, String key) {
        String source = s.message().pattern();
        String text = t.pattern;
        if (!ctx.sameLanguage && text.equals(source) && !key.startsWith("term.") && translatable(s)) {
            out.add(finding("text.identical", file, line, col, key, "the translation is the same as the source text",
                    "translate it (ignore this if the text is the same in your language)"));
        }
        boolean srcLead = !source.isEmpty() && Character.isWhitespace(source.charAt(0));
        boolean srcTrail = !source.isEmpty() && Character.isWhitespace(source.charAt(source.length() - 1));
        boolean lead = Character.isWhitespace(text.charAt(0));
        boolean trail = Character.isWhitespace(text.charAt(text.length() - 1));
        if (srcLead != lead || srcTrail != trail) {
            String where = (srcLead != lead ? "start" : "") + (srcLead != lead && srcTrail != trail ? " and " : "")
                    + (srcTrail != trail ? "end" : "");
            out.add(finding("text.whitespace", file, line, col, key, "spaces at the " + where + " differ from the source",
                    (lead || trail) && !(srcLead || srcTrail) ? "“" + text.strip() + "”" : "match the source's spacing"));
        }
        if (!ctx.noFinalPunctuation) {
            char sp = finalPunctuation(s.info().main);
            char tp = finalPunctuation(t.main);
            if (sp != tp) {
                out.add(finding("text.punctuation", file, line, col, key, "the source ends with " + describe(sp)
                        + ", the translation with " + describe(tp), sp == 0 ? "end without punctuation, like the source"
                        : "end with " + describe(sp) + " (in your script's form)"));
            }
        }
        int sl = visibleLength(s.info().main);
        if (sl >= MIN_LENGTH_FOR_RATIO) {
            int tl = visibleLength(t.main);
            if (tl > sl * maxLengthRatio) {
                out.add(finding("text.length", file, line, col, key, String.format(Locale.ROOT,
                        "the translation is %.1f times as long as the source (%d characters, source %d; limit %.1f)",
                        (double) tl / sl, tl, sl, maxLengthRatio), "check that nothing was added or repeated"));
            }
        }
    }

    /** Whether the source has words to translate (not only names, abbreviations, numbers or placeholders). */
    private static boolean translatable(SourceIndex.Src s) {
        String rest = s.info().main.replace(PatternInfo.ARG, ' ');
        rest = ABBREVIATION.matcher(rest).replaceAll(" ");
        String folded = SourceIndex.fold(rest);
        for (SourceIndex.Dnt d : s.dnt()) folded = folded.replace(d.folded(), " ");
        int letters = 0;
        for (int i = 0; i < folded.length(); i++) if (Character.isLetter(folded.charAt(i))) letters++;
        return letters >= 3;
    }

    /** The class of the last visible character: '.', '?', '!', ':', ';', ',', '…', or 0 for none. */
    static char finalPunctuation(String text) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'”’»)]）」』›\u200F\u200E".indexOf(c) >= 0) i--;
            else break;
        }
        if (i < 0) return 0;
        char c = text.charAt(i);
        if (c == '.' && i >= 2 && text.startsWith("...", i - 2)) return '…';
        if (c == '.' && ABBREVIATION_END.matcher(text.substring(0, i + 1)).find()) return 0; // "i.v.", "z. B.
        return switch (c) {
            case '.', '。', '۔', '．', '।', '॥', '።', '။', '｡' -> '.';
            case '?', '？', '؟', ';', '՞' -> c == ';' ? ';' : '?';
            case '!', '！', '߹' -> '!';
            case ':', '：' -> ':';
            case '；', '؛' -> ';';
            case ',', '，', '、', '،' -> ',';
            case '…' -> '…';
            default -> 0;
        };
    }

    private static String describe(char p) {
        return switch (p) {
            case '.' -> "a full stop";
            case '?' -> "a question mark";
            case '!' -> "an exclamation mark";
            case ':' -> "a colon";
            case ';' -> "a semicolon";
            case ',' -> "a comma";
            case '…' -> "an ellipsis";
            default -> "no punctuation";
        };
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != PatternInfo.ARG && !Character.isWhitespace(cp)) n++;
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------

    static BundleFinding finding(String rule, String file, int line, int col, String key, String message, String fix) {
        return new BundleFinding(rule, Rules.get(rule).severity(), file, line, col, key, message, fix);
    }

    /** A loader problem as a finding; entry problems the checker also has a rule for get that rule's id. */
    static BundleFinding fromProblem(BundleProblem p) {
        String rule = p.code();
        if (p.key() != null) {
            switch (p.code()) {
                case "bundle.duplicate-key" -> rule = "keys.duplicate";
                case "bundle.unknown-key" -> rule = "keys.extra";
                case "bundle.icu-syntax" -> rule = p.message().contains("'other'") ? "icu.no-other" : "icu.syntax";
                case "bundle.empty-text" -> rule = "text.empty";
                default -> { }
            }
        }
        return new BundleFinding(rule, p.severity(), p.file(), p.line(), p.column(), p.key(), p.message(), p.hint());
    }

    private static String nearest(String name, Set<String> names) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String n : names) {
            int d = EditDistance.between(name.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) ? best : null;
    }


    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static String around(String text, int index) {
        int from = Math.max(0, index - 12);
        int to = Math.min(text.length(), index + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

}
