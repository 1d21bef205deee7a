package io.healthpage.examples.rest;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.LanguageNegotiator;
import io.healthpage.i18n.Languages;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Message;
import io.healthpage.model.TextStatus;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.JsonLdRenderer;
import io.healthpage.text.Labels;
import io.healthpage.text.MessageFormatter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything the resources share: the content, one localizer and one negotiator per article, the
 * renderers, and a cache of rendered bodies. The content is immutable, so a body rendered once for
 * (kind, article, locale) is the body for every later request; the cache is bounded because its keys
 * come only from the content's own articles and locales and from the page-chrome languages.
 * Immutable apart from that cache; thread-safe.
 */
final class Site {
    /** The configuration property holding the site, for {@link ArticleResource}. */
    static final String PROPERTY = "io.healthpage.examples.rest.site";
    static final String HTML_UTF8 = "text/html; charset=utf-8";
    static final String JSON_UTF8 = "application/json; charset=utf-8";
    static final String JSON_LD = "application/ld+json";
    /** How long shared caches and browsers may reuse a response without asking again. */
    static final String CACHE_CONTROL = "public, max-age=300";

    /** One article with what it takes to serve it. */
    record Served(ContentLibrary.Entry entry, Localizer localizer, LanguageNegotiator negotiator) {
        String id() {
            return entry.article().id();
        }
    }

    /** A rendered body and its strong entity tag (without quotes). */
    record Body(byte[] bytes, String etag, Locale language) {}

    final MessageFormatter formatter = MessageFormatter.create();
    final LocalizedArticleWriter writer = new LocalizedArticleWriter(formatter);
    final JsonLdRenderer jsonLd = JsonLdRenderer.builder().formatter(formatter).build();
    final ArticleJson articleJson = ArticleJson.reader();
    /** Page-chrome labels only (no article bundles): index and error pages. */
    final Localizer chrome = Localizer.builder().formatter(formatter).build();
    /** Negotiates the language of the index and error pages among the languages that have labels. */
    final LanguageNegotiator chromeNegotiator;
    private final Map<String, Served> articles;
    private final ConcurrentHashMap<String, Body> cache = new ConcurrentHashMap<>();

    Site(ContentLibrary content) {
        Map<String, Served> m = new LinkedHashMap<>();
        Set<Locale> contentLocales = new LinkedHashSet<>();
        for (ContentLibrary.Entry e : content.entries()) {
            Localizer localizer = Localizer.builder().bundles(e.bundles()).formatter(formatter)
                    .translationCheck(BundleChecker.create().asTranslationCheck(e.article())) // a changed dose is never shown
                    .build();
            m.put(e.article().id(), new Served(e, localizer, LanguageNegotiator.of(e.article().sourceLocale(), e.locales())));
            contentLocales.addAll(e.locales());
        }
        articles = m;
        chromeNegotiator = LanguageNegotiator.of(Locale.ENGLISH, labelLanguages(contentLocales));
    }

    /**
     * The languages the page chrome is translated into: found through the public API by asking the
     * localizer for every ISO language (and the content's own locales) and keeping those whose labels
     * come back translated rather than English fallback.
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

    /** The articles in folder order. */
    List<Served> articles() {
        return List.copyOf(articles.values());
    }

    Optional<Served> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The page-chrome language for a request: {@code ?lang=} when given and usable, else Accept-Language. */
    Locale chromeLanguage(String acceptLanguage, Locale requested) {
        return requested != null ? chromeNegotiator.negotiate(List.of(requested)) : chromeNegotiator.negotiate(acceptLanguage);
    }

    Labels labels(Locale l) {
        return chrome.labels(l);
    }

    /**
     * The article language for a request: the closest available to {@code ?lang=} when given (the
     * source when nothing is close), else negotiated from Accept-Language.
     */
    static Locale articleLanguage(Served a, String acceptLanguage, Locale requested) {
        return requested != null ? a.negotiator().negotiate(List.of(requested)) : a.negotiator().negotiate(acceptLanguage);
    }

    Localization localize(Served a, Locale l) {
        return a.localizer().localize(a.entry().article(), l);
    }

    /** The language switcher: every available language, by native name, linked as {@code ?lang=tag}. */
    static List<Alternate> alternates(Served a) {
        List<Alternate> out = new ArrayList<>();
        for (Languages.SwitcherEntry e : Languages.switcherEntries(a.entry().locales())) {
            out.add(new Alternate(e.locale(), "?lang=" + e.tag(), e.nativeName()));
        }
        return out;
    }

    /** The HTML page of an article, rendered once per language. */
    Body page(Served a, Locale l) {
        return cached("page|" + a.id() + "|" + l.toLanguageTag(), l,
                () -> writer.html(new LocalizedArticle(localize(a, l), alternates(a))));
    }

    Body json(Served a, Locale l) {
        return cached("json|" + a.id() + "|" + l.toLanguageTag(), l, () -> articleJson.write(localize(a, l).article()));
    }

    Body jsonLd(Served a, Locale l) {
        return cached("jsonld|" + a.id() + "|" + l.toLanguageTag(), l, () -> jsonLd.render(localize(a, l).article()));
    }

    Body index(Locale ui, String basePath) {
        return cached("index|" + basePath + "|" + ui.toLanguageTag(), ui, () -> Pages.index(this, ui, basePath));
    }

    private Body cached(String key, Locale language, Supplier<String> render) {
        Body b = cache.get(key);
        if (b != null) return b;
        return cache.computeIfAbsent(key, k -> body(render.get(), language));
    }

    static Body body(String text, Locale language) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Body(bytes, etag(bytes), language);
    }

    /** base64url (no padding) of the SHA-256 of the body: a strong validator that changes with any byte. */
    static String etag(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** The CSP source for the page stylesheet exactly as {@link HtmlRenderer} embeds it. */
    static String styleHashSource() {
        return "'sha256-" + Base64.getEncoder().encodeToString(sha256(HtmlRenderer.stylesheet().getBytes(StandardCharsets.UTF_8))) + "'";
    }
}
