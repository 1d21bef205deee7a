package io.healthpage.render;

import io.healthpage.text.Labels;
import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.safety.UrlPolicy;
import io.healthpage.text.MessageFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders an {@link Article} (in its source language or as produced by the localizer) to accessible,
 * safe HTML: a fragment to embed, or a complete page.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *         .mode(OutputMode.FRAGMENT)
 *         .headingBase(2)          // the host page already has an h1
 *         .idPrefix("kp-")         // two articles on one page must not collide
 *         .build();
 * String html = renderer.render(article).html();
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; build once, share everywhere. Each call keeps
 * its state on the stack. Registered {@link BlockRenderer}s and {@link AttributeProvider}s are shared
 * by all calls, so they must be thread-safe too.
 *
 * <p><b>Extensions.</b> In the manner of commonmark-java, a host can render one block type its own
 * way ({@link Builder#blockRenderer}) and add classes, {@code data-*} and a few ARIA attributes to the
 * elements the renderer writes ({@link Builder#attributeProvider}). Both write through the renderer's
 * one tag writer, which keeps them inside the vocabulary below: elements, attributes and ids that are
 * not allowed are refused with {@link IllegalArgumentException} at render time, URLs pass the
 * {@link UrlPolicy} (or are dropped and reported), text is escaped. {@code docs/architecture.md}
 * has an example.
 *
 * <p><b>Safety.</b> Every element and attribute comes from this class; every text is escaped; message
 * text passes through the closed inline vocabulary of {@link MessageFormatter}; every URL passes the
 * {@link UrlPolicy} (others are dropped and reported). The output uses only what
 * {@code io.healthpage.safety.Sanitizer} allows, which the tests verify by cleaning outputs and
 * finding nothing to remove — so the page is not re-parsed on every render. The one exception is
 * {@code data-*} attributes that an extension adds: allowed here (the host wrote them), while the
 * sanitizer removes them from untrusted input.
 *
 * <p><b>Accessibility.</b> {@code lang}/{@code dir} on the root and on every part shown in another
 * language; headings strictly nested from {@link Builder#headingBase(int)}; landmarks and labelled
 * regions; {@code <time datetime>}; abbreviations expanded on first use; citations with accessible
 * names and back-links; descriptive related-article links.
 */
public final class HtmlRenderer {
    final OutputMode mode;
    final int headingBase;
    final String idPrefix;
    final String classPrefix;
    final boolean toc;
    final FaqStyle faqStyle;
    final boolean jsonLd;
    final boolean stylesheet;
    final Labels labels;
    final ExternalLinks externalLinks;
    final UrlPolicy urlPolicy;
    final MessageFormatter formatter;
    final JsonLdRenderer jsonLdRenderer;
    final AttributeProvider[] attributeProviders;
    final Map<Class<? extends Block>, BlockRenderer<?>> blockRenderers;
    /**
     * URLs the policy accepted, with their normalised form: an article's URLs come back on every render and
     * the policy is immutable. Bounded; refused URLs are judged each time (they are reported each time).
     */
    private final ConcurrentHashMap<String, Optional<String>> acceptedUrls = new ConcurrentHashMap<>();
    private static final int MAX_URLS = 4_096;
    private static final int MAX_CACHED_URL_LENGTH = 2_048;

    private HtmlRenderer(Builder b) {
        mode = b.mode;
        headingBase = b.headingBase;
        idPrefix = b.idPrefix;
        classPrefix = b.classPrefix;
        toc = b.toc;
        faqStyle = b.faqStyle;
        jsonLd = b.jsonLd;
        stylesheet = b.stylesheet;
        labels = b.labels;
        externalLinks = b.externalLinks;
        urlPolicy = b.urlPolicy;
        formatter = b.formatter;
        jsonLdRenderer = JsonLdRenderer.builder().formatter(formatter).build();
        attributeProviders = b.attributeProviders.toArray(new AttributeProvider[0]);
        blockRenderers = Map.copyOf(b.blockRenderers);
    }

    /** A builder with the defaults: fragment, heading base 1, id and class prefix {@code hp-}, English labels. */
    public static Builder builder() {
        return new Builder();
    }

    /** Renders with {@link PageContext#NONE}. */
    public RenderResult render(Article article) {
        return render(article, PageContext.NONE);
    }

    /** Renders the article with per-request context (language switcher, translation review status). */
    public RenderResult render(Article article, PageContext context) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(context, "page context");
        return new HtmlArticleWriter(this, article, context).write();
    }

    /** {@link UrlPolicy#check} of this renderer's policy, accepted URLs cached. */
    Optional<String> checkUrl(String url) {
        Optional<String> known = url == null ? null : acceptedUrls.get(url);
        if (known != null) return known;
        Optional<String> ok = urlPolicy.check(url);
        if (ok.isPresent() && url.length() <= MAX_CACHED_URL_LENGTH) {
            if (acceptedUrls.size() >= MAX_URLS) {
                var it = acceptedUrls.keySet().iterator();
                if (it.hasNext()) acceptedUrls.remove(it.next());
            }
            acceptedUrls.putIfAbsent(url, ok);
        }
        return ok;
    }

    /** The options as a builder, to derive a renderer that differs in one option. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.headingBase = headingBase;
        b.idPrefix = idPrefix;
        b.classPrefix = classPrefix;
        b.toc = toc;
        b.faqStyle = faqStyle;
        b.jsonLd = jsonLd;
        b.stylesheet = stylesheet;
        b.labels = labels;
        b.externalLinks = externalLinks;
        b.urlPolicy = urlPolicy;
        b.formatter = formatter;
        b.attributeProviders.addAll(List.of(attributeProviders));
        b.blockRenderers.putAll(blockRenderers);
        return b;
    }

    /** The stylesheet that page mode embeds (for hosts that want to serve it themselves). */
    public static String stylesheet() {
        return PageCss.CSS;
    }

    /** Builds an {@link HtmlRenderer}. Not thread-safe. */
    public static final class Builder {
        private OutputMode mode = OutputMode.FRAGMENT;
        private int headingBase = 1;
        private String idPrefix = "hp-";
        private String classPrefix = "hp-";
        private boolean toc = true;
        private FaqStyle faqStyle = FaqStyle.DETAILS;
        private boolean jsonLd = true;
        private boolean stylesheet = true;
        private Labels labels = Labels.english();
        private ExternalLinks externalLinks = ExternalLinks.SAME_TAB;
        private UrlPolicy urlPolicy = UrlPolicy.defaults();
        private MessageFormatter formatter;
        private final List<AttributeProvider> attributeProviders = new ArrayList<>();
        private final Map<Class<? extends Block>, BlockRenderer<?>> blockRenderers = new LinkedHashMap<>();

        private Builder() {}

        /** Fragment (default) or page. */
        public Builder mode(OutputMode v) { mode = Objects.requireNonNull(v, "mode"); return this; }

        /** The level of the article title, 1–5 (default 1); sections are one deeper. */
        public Builder headingBase(int v) {
            if (v < 1 || v > 5) throw new IllegalArgumentException("heading base must be 1..5 (sections need a level below it), was " + v);
            headingBase = v;
            return this;
        }

        /** Prefix of every id (default {@code hp-}); give each article on one page its own. */
        public Builder idPrefix(String v) {
            Objects.requireNonNull(v, "id prefix");
            if (!v.isEmpty() && !v.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("id prefix \"" + v + "\" must start with a letter and use letters, digits, '-' or '_'");
            }
            idPrefix = v;
            return this;
        }

        /** Prefix of every class (default {@code hp-}); {@code null} for no class attributes at all. */
        public Builder classPrefix(String v) {
            if (v != null && !v.isEmpty() && !v.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("class prefix \"" + v + "\" must start with a letter and use letters, digits, '-' or '_'");
            }
            classPrefix = v;
            return this;
        }

        /** Whether to render the "On this page" contents list (default true). */
        public Builder tableOfContents(boolean v) { toc = v; return this; }
        /** FAQ as expanders (default) or headings. */
        public Builder faqStyle(FaqStyle v) { faqStyle = Objects.requireNonNull(v, "FAQ style"); return this; }
        /** Whether page mode embeds schema.org JSON-LD (default true). */
        public Builder jsonLd(boolean v) { jsonLd = v; return this; }
        /** Whether page mode embeds the stylesheet (default true). */
        public Builder stylesheet(boolean v) { stylesheet = v; return this; }
        /** The page-chrome labels (default English). */
        public Builder labels(Labels v) { labels = Objects.requireNonNull(v, "labels"); return this; }
        /** Same tab (default) or new tab for links to other sites. */
        public Builder externalLinks(ExternalLinks v) { externalLinks = Objects.requireNonNull(v, "external links"); return this; }
        /** The URL policy (default: http, https, mailto and relative URLs). */
        public Builder urlPolicy(UrlPolicy v) { urlPolicy = Objects.requireNonNull(v, "URL policy"); return this; }
        /** The message formatter to share (default: a new one per renderer). */
        public Builder formatter(MessageFormatter v) { formatter = Objects.requireNonNull(v, "formatter"); return this; }

        /**
         * Renders blocks of one type with {@code renderer} instead of the built-in HTML (which it can
         * still call: {@link RenderContext#renderDefault}). A later registration for the same type
         * replaces an earlier one. The renderer writes through a {@link RenderContext}, which keeps
         * its output inside the safe vocabulary; it must be thread-safe (it serves every render).
         *
         * @param type a block type, e.g. {@code Callout.class}
         * @param renderer the renderer
         * @param <B> the block type
         * @return this builder
         * @throws IllegalArgumentException if {@code type} is {@code Block} itself rather than one of its types
         */
        public <B extends Block> Builder blockRenderer(Class<B> type, BlockRenderer<? super B> renderer) {
            Objects.requireNonNull(type, "block type");
            Objects.requireNonNull(renderer, "block renderer");
            if (type.isInterface()) {
                throw new IllegalArgumentException("name one block type such as Callout.class, not " + type.getSimpleName());
            }
            blockRenderers.put(type, renderer);
            return this;
        }

        /**
         * Adds attributes to the elements the renderer writes (see {@link RenderedElement} for the
         * elements offered and what may be added). Providers run in the order they were added; each
         * must be thread-safe (it serves every render).
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder attributeProvider(AttributeProvider provider) {
            attributeProviders.add(Objects.requireNonNull(provider, "attribute provider"));
            return this;
        }

        /** Builds the renderer. */
        public HtmlRenderer build() {
            if (formatter == null) formatter = MessageFormatter.create();
            return new HtmlRenderer(this);
        }
    }
}
