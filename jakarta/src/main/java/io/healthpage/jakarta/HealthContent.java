package io.healthpage.jakarta;

import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.LanguageNegotiator;
import io.healthpage.i18n.Languages;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.JsonLdRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.text.Labels;
import io.healthpage.text.MessageFormatter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The health content of one application, ready to serve: the articles and their translation bundles,
 * one localizer per article with the dose check on ({@code BundleChecker.asTranslationCheck}: a
 * translation whose dose, number or link differs from the source is never shown), one language negotiator
 * per article, the language switcher's entries, and a bounded cache of rendered bodies (page, fragment,
 * JSON-LD, JSON) with strong entity tags.
 *
 * <pre>{@code
 * HealthContent content = HealthContent.load(ContentSource.classpath("healthpage"));
 * content.problems().forEach(p -> log.warning(p.toString()));        // located: file:line:col, key, what to do
 * Locale locale = content.article("ketamine-pain-relief").orElseThrow().negotiate("es-MX,es;q=0.9"); // es
 * Rendered page = content.render(Rendered.Kind.PAGE, "ketamine-pain-relief", locale).orElseThrow();
 * }</pre>
 *
 * <p><b>Languages.</b> A body is only ever rendered for a locale the article is available in (its source
 * or a bundle): {@link #render} first negotiates whatever locale it is given, so the cache is keyed by
 * the negotiated locale and never by raw request input, and {@link Rendered#language()} is the language
 * actually served — a locale whose bundle contributes no usable unit is served as the source language.
 *
 * <p><b>Cache.</b> Keyed by kind, article id, the article's content and bundle versions (a hash of its
 * files) and the negotiated locale; at most {@link Builder#cacheSize} bodies ({@value #DEFAULT_CACHE_SIZE} by
 * default). Once warm, a request renders nothing. {@link #cacheStats()} tells hits and misses.
 *
 * <p><b>Thread safety.</b> Immutable apart from the cache, which is safe for concurrent use; build one per
 * application and share it. Loading problems never throw: an article that cannot be loaded is left out
 * and reported by {@link #problems()}, a broken bundle entry falls back to the source and is reported.
 */
public final class HealthContent {
    /** The default bound of the render cache, in bodies. */
    public static final int DEFAULT_CACHE_SIZE = 1024;

    /**
     * How the cache is doing. Immutable.
     *
     * @param hits     bodies served from the cache
     * @param misses   bodies rendered (each once per key while it stays cached)
     * @param size     bodies cached now
     * @param capacity the bound
     */
    public record CacheStats(long hits, long misses, int size, int capacity) {}


    /**
     * One article with what it takes to serve it. Immutable and thread-safe.
     */
    public static final class Entry {
        private final Article article;
        private final BundleSet bundles;
        private final String location;
        private final String version;
        private final List<Locale> locales;
        /** Built on first use: ICU's locale matcher loads its data when built. */
        private volatile LanguageNegotiator negotiator;
        private final MessageFormatter formatter;
        private final boolean doseCheck;
        /** Built on first use: a tool that only reads the content (the CLI) needs neither. */
        private volatile Localizer localizer;
        /** Built on first use: the switcher's names and order take CLDR display names and collation data. */
        private volatile List<Alternate> alternates;

        Entry(ContentLoader.Loaded loaded, MessageFormatter formatter, boolean doseCheck) {
            article = loaded.article();
            bundles = loaded.bundles();
            location = loaded.location();
            version = loaded.version();
            locales = HealthContent.locales(article, bundles);
            this.formatter = formatter;
            this.doseCheck = doseCheck;
        }

        /** The negotiator over this article's languages (built once; a race builds an equal one). */
        private LanguageNegotiator negotiator() {
            LanguageNegotiator n = negotiator;
            if (n == null) negotiator = n = LanguageNegotiator.of(article.sourceLocale(), locales);
            return n;
        }

        /** The localizer with this content's dose check (built once; a race builds an equal one). */
        private Localizer localizer() {
            Localizer l = localizer;
            if (l == null) {
                localizer = l = HealthContent.localizer(article, bundles, formatter, doseCheck);
            }
            return l;
        }

        /** The article's id. */
        public String id() {
            return article.id();
        }

        /** The source article. */
        public Article article() {
            return article;
        }

        /** Its translation bundles. */
        public BundleSet bundles() {
            return bundles;
        }

        /** Where its {@code article.json} was read, as problems name it. */
        public String location() {
            return location;
        }

        /** A short hash of the article's and its bundles' bytes: changes whenever a file changes. */
        public String version() {
            return version;
        }

        /** The languages it can be shown in: the source first, then every bundle by tag. */
        public List<Locale> locales() {
            return locales;
        }

        /**
         * The best of {@link #locales()} for an {@code Accept-Language} header (CLDR language matching:
         * {@code es-MX} → {@code es}, {@code zh-CN} → {@code zh-Hans}); the source when nothing fits.
         * Malformed ranges are skipped; never throws on reader input.
         */
        public Locale negotiate(String acceptLanguage) {
            return negotiator().negotiate(acceptLanguage);
        }

        /** The best of {@link #locales()} for preferences in decreasing order; the source when nothing fits. */
        public Locale negotiate(List<Locale> preferences) {
            return negotiator().negotiate(preferences);
        }

        /**
         * The language switcher: every language by its own name, linked as {@code ?lang=tag} (relative to
         * the page's own URL, so it works at any path).
         */
        public List<Alternate> alternates() {
            List<Alternate> a = alternates;
            if (a == null) { // built once; a race builds an equal list
                List<Alternate> alts = new ArrayList<>();
                for (Languages.SwitcherEntry e : Languages.switcherEntries(locales)) {
                    alts.add(new Alternate(e.locale(), "?lang=" + e.tag(), e.nativeName()));
                }
                alternates = a = List.copyOf(alts);
            }
            return a;
        }

        /** The article localized into {@code locale} (negotiated first), with the dose check of this content. */
        public Localization localize(Locale locale) {
            return localizer().localize(article, negotiate(List.of(Objects.requireNonNull(locale, "locale"))));
        }

        @Override
        public String toString() {
            return id() + " " + locales + " (" + location + ")";
        }
    }

    /** The languages an article can be shown in: its source first, then every bundle's locale by tag. */
    static List<Locale> locales(Article article, BundleSet bundles) {
        List<Locale> ls = new ArrayList<>();
        ls.add(article.sourceLocale());
        TreeSet<String> tags = new TreeSet<>();
        for (Locale l : bundles.locales()) tags.add(l.toLanguageTag());
        tags.remove(article.sourceLocale().toLanguageTag());
        for (String t : tags) ls.add(Locale.forLanguageTag(t));
        return List.copyOf(ls);
    }

    /** The localizer of one article: its bundles, the shared formatter and, when on, the dose check. */
    static Localizer localizer(Article article, BundleSet bundles, MessageFormatter formatter, boolean doseCheck) {
        Localizer.Builder b = Localizer.builder().bundles(bundles).formatter(formatter);
        if (doseCheck) b.translationCheck(BundleChecker.create().asTranslationCheck(article));
        return b.build();
    }

    final MessageFormatter formatter;
    private final Map<String, Entry> articles;
    private final List<Problem> problems;
    private final HtmlRenderer page;
    private final HtmlRenderer fragment;
    private final JsonLdRenderer jsonLd;
    private final ArticleJson articleJson = ArticleJson.reader();
    private final RenderCache cache;
    /** Page-chrome labels only (no article bundles): index and error pages. */
    private final Localizer chrome;
    private final Set<Locale> contentLocales;
    /** The versions of every article, joined: the index's content version (the articles never change). */
    private final String indexVersion;
    /** Built on first use (an error page or the index): it asks the labels of every ISO language. */
    private volatile LanguageNegotiator chromeNegotiator;
    private final String source;

    private HealthContent(Builder b) {
        formatter = b.formatter != null ? b.formatter : MessageFormatter.create();
        ContentLoader.Result loaded = ContentLoader.load(b.source);
        Map<String, Entry> m = new LinkedHashMap<>();
        Set<Locale> contentLocales = new LinkedHashSet<>();
        for (ContentLoader.Loaded l : loaded.articles().values()) {
            Entry e = new Entry(l, formatter, b.doseCheck);
            m.put(e.id(), e);
            contentLocales.addAll(e.locales());
        }
        articles = Collections.unmodifiableMap(m);
        problems = List.copyOf(loaded.problems());
        indexVersion = String.join(",", articles.values().stream().map(Entry::version).toList());
        page = HtmlRenderer.builder().mode(OutputMode.PAGE).formatter(formatter).build();
        fragment = HtmlRenderer.builder().mode(OutputMode.FRAGMENT).formatter(formatter).build();
        jsonLd = JsonLdRenderer.builder().formatter(formatter).build();
        cache = new RenderCache(b.cacheSize);
        chrome = Localizer.builder().formatter(formatter).build();
        this.contentLocales = Set.copyOf(contentLocales);
        source = b.source.toString();
    }

    /** Loads the content at {@code source} with the defaults (dose check on, cache of {@value #DEFAULT_CACHE_SIZE}). */
    public static HealthContent load(ContentSource source) {
        return builder(source).build();
    }

    /** A builder for the content at {@code source}. */
    public static Builder builder(ContentSource source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /** The article ids, in folder order. */
    public Set<String> ids() {
        return articles.keySet();
    }

    /** The article with this id. */
    public Optional<Entry> article(String id) {
        return Optional.ofNullable(articles.get(Objects.requireNonNull(id, "id")));
    }

    /** Every article, in folder order. */
    public List<Entry> entries() {
        return List.copyOf(articles.values());
    }

    /**
     * What went wrong while loading, each located (file, line:column, message key) with what to do:
     * articles left out, bundle files or entries not used. Empty when everything loaded.
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The body of article {@code id} of this kind in the available language closest to {@code locale}
     * (negotiated: {@code es-MX} → {@code es}, {@code ja} with no Japanese → the source), from the cache or
     * rendered once and cached.
     *
     * @return the body, or empty when there is no article {@code id}
     */
    public Optional<Rendered> render(Rendered.Kind kind, String id, Locale locale) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        Entry e = articles.get(Objects.requireNonNull(id, "id"));
        if (e == null) return Optional.empty();
        // callers usually pass a locale they negotiated already: an available locale is its own best match
        Locale negotiated = e.locales().contains(locale) ? locale : e.negotiate(List.of(locale));
        return Optional.of(cache.get(new RenderCache.Key(kind, e.id(), e.version(), negotiated), () -> renderNow(kind, e, negotiated)));
    }

    private Rendered renderNow(Rendered.Kind kind, Entry e, Locale locale) {
        Localization l = e.localizer().localize(e.article, locale);
        if (!locale.equals(e.article.sourceLocale()) && l.report().translated() == 0) {
            // nothing of this language is usable (all stale, broken or missing): the page is in the source language
            locale = e.article.sourceLocale();
            l = e.localizer().localize(e.article, locale);
        }
        String text;
        switch (kind) {
            // the page context carries this language's labels: the shared renderers need no copy per language
            case PAGE -> text = page.render(l.article(), l.pageContext(e.alternates())).html();
            case FRAGMENT -> text = fragment.render(l.article(), l.pageContext(e.alternates())).html();
            case JSON_LD -> text = jsonLd.render(l.article());
            case JSON -> text = articleJson.write(l.article());
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return new Rendered(kind, text, locale);
    }

    /**
     * The list of articles in page-chrome language {@code ui} (negotiated among the languages with
     * labels) with links under {@code basePath}; cached like the article bodies.
     */
    Rendered index(Locale ui, String basePath) {
        Locale chromeUi = chromeLanguage(null, ui);
        // " index" cannot be an article id (ids have no blanks); the content version is that of every article
        return cache.get(new RenderCache.Key(Rendered.Kind.PAGE, " index " + basePath, indexVersion, chromeUi),
                () -> new Rendered(Rendered.Kind.PAGE, Pages.index(this, chromeUi, basePath), chromeUi));
    }

    /** The cache's hits, misses, size and bound. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    /**
     * The CSP source that allows the stylesheet every page embeds ({@link HtmlRenderer#stylesheet()}):
     * {@code 'sha256-…'}, computed from the stylesheet itself.
     */
    public static String styleHashSource() {
        return STYLE_HASH;
    }

    private static final String STYLE_HASH = "'sha256-" + Base64.getEncoder().encodeToString(
            ContentLoader.sha256().digest(HtmlRenderer.stylesheet().getBytes(StandardCharsets.UTF_8))) + "'";
    private static final String CSP = "default-src 'none'; style-src " + STYLE_HASH
            + "; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The Content-Security-Policy for the pages: no scripts at all (the JSON-LD {@code <script>} is data,
     * which browsers never run), styles only by the hash of the embedded stylesheet:
     * {@code default-src 'none'; style-src 'sha256-…'; img-src 'self' https: data:; base-uri 'none';
     * form-action 'none'; frame-ancestors 'none'}.
     */
    public static String contentSecurityPolicy() {
        return CSP;
    }

    /** The page-chrome language for a request: {@code requested} when given, else from Accept-Language. */
    Locale chromeLanguage(String acceptLanguage, Locale requested) {
        LanguageNegotiator n = chromeNegotiator;
        if (n == null) chromeNegotiator = n = LanguageNegotiator.of(Locale.ENGLISH, labelLanguages(contentLocales)); // same result if raced
        return requested != null ? n.negotiate(List.of(requested)) : n.negotiate(acceptLanguage);
    }

    Labels labels(Locale l) {
        return chrome.labels(l);
    }

    /**
     * The languages the page chrome is translated into: every ISO language (and the content's own locales)
     * whose labels come back translated in that very language rather than as a fallback.
     */
    private List<Locale> labelLanguages(Set<Locale> contentLocales) {
        Set<Locale> candidates = new LinkedHashSet<>(contentLocales);
        for (String lang : Locale.getISOLanguages()) candidates.add(Locale.forLanguageTag(lang));
        candidates.add(Locale.forLanguageTag("zh-Hans"));
        candidates.add(Locale.forLanguageTag("zh-Hant"));
        List<Locale> out = new ArrayList<>();
        for (Locale l : candidates) {
            if (l.getLanguage().equals("en")) continue;
            // translated, and in this very language: Haitian Creole labels fall back to French, which is not Haitian
            Message m = chrome.labels(l).get("index.title");
            if (m.status() == TextStatus.TRANSLATED && m.locale().toLanguageTag().equals(l.toLanguageTag())) out.add(l);
        }
        return out;
    }

    @Override
    public String toString() {
        return "HealthContent " + source + ": " + articles.keySet() + ", " + problems.size() + " problems";
    }

    /** Options of a {@link HealthContent}. Not thread-safe; build once. */
    public static final class Builder {
        private final ContentSource source;
        private int cacheSize = DEFAULT_CACHE_SIZE;
        private boolean doseCheck = true;
        private MessageFormatter formatter;

        private Builder(ContentSource source) {
            this.source = source;
        }

        /** The most rendered bodies kept (default {@value HealthContent#DEFAULT_CACHE_SIZE}); at least 1. */
        public Builder cacheSize(int maxBodies) {
            if (maxBodies < 1) throw new IllegalArgumentException("the cache size must be at least 1, was " + maxBodies);
            cacheSize = maxBodies;
            return this;
        }

        /**
         * Whether translations are checked against the source before they are shown (default {@code true}):
         * a dose, number, unit or link target that differs from the source makes the unit fall back to the
         * source, reported. Turn it off only for content checked by {@code healthpage bundle check} in CI.
         */
        public Builder doseCheck(boolean on) {
            doseCheck = on;
            return this;
        }

        /** The message formatter to share (and its cache of compiled patterns); a new one by default. */
        public Builder formatter(MessageFormatter v) {
            formatter = Objects.requireNonNull(v, "formatter");
            return this;
        }

        /** Loads the content. Never throws because of content: see {@link HealthContent#problems()}. */
        public HealthContent build() {
            return new HealthContent(this);
        }
    }
}
