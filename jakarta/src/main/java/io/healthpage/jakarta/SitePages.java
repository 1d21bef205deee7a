package io.healthpage.jakarta;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Languages;
import io.healthpage.model.Message;
import io.healthpage.safety.Html;
import io.healthpage.text.Labels;
import io.healthpage.text.MessageFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages of a static site that are not articles — the index of each language and the language chooser
 * at the root — and its {@code sitemap.xml}. Written as text with every value escaped, with the renderer's
 * stylesheet ({@link Pages.Page}), so they look like the article pages and pass the same accessibility
 * checks. Stateless.
 */
final class SitePages {
    /** The sitemaps.org namespace (sitemap protocol 0.9). */
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The XHTML namespace of the {@code xhtml:link} elements that name the translations in a sitemap. */
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private SitePages() {}

    /**
     * One article in the index of a language.
     *
     * @param id the article's id (its page is {@code <id>.html} next to the index)
     * @param title its title in that language, plain text
     * @param titleLanguage the language the title is really in (the source's when it fell back)
     */
    record Listed(String id, String title, Locale titleLanguage) {}

    /**
     * The index of one language, {@code <tag>/index.html}: its title and {@code <h1>} the label
     * {@code index.title}, a language switcher to the other indexes, and the articles that have a page in
     * this language, by their title in it, sorted with the ICU collator of the language (ties by id).
     *
     * @param languages every language of the site, as the switcher shows them
     * @param canonical the absolute URL of this index
     */
    static String languageIndex(MessageFormatter formatter, Labels labels, Locale language, List<Languages.SwitcherEntry> languages,
                                List<Listed> articles, String canonical) {
        Pages.Page p = new Pages.Page(formatter, labels, language);
        Message titleLabel = labels.get("index.title");
        StringBuilder head = new StringBuilder();
        head.append("<link rel=\"canonical\" href=\"").append(Html.escapeAttr(canonical)).append("\">\n");
        alternates(head, languages, "../", "../index.html");
        StringBuilder nav = new StringBuilder("<header class=\"hp-site\">\n");
        switcher(nav, p, labels.get("languages"), languages, language, "../");
        nav.append("</header>\n");
        p.head(p.plain(titleLabel, Map.of()), head.toString(), nav.toString());
        p.out.append("<h1>").append(p.text(titleLabel, Map.of())).append("</h1>\n<ul class=\"hp-index\">\n");
        for (Listed a : sorted(articles, language)) {
            p.out.append("<li><a href=\"").append(Html.escapeAttr(a.id() + ".html")).append("\"")
                    .append(Pages.Page.langAttrs(a.titleLanguage(), language)).append(">")
                    .append(Html.escapeText(a.title())).append("</a></li>\n");
        }
        p.out.append("</ul>\n");
        return p.end();
    }

    /**
     * The root {@code index.html}, the {@code x-default} of the indexes: in the site's main language, the
     * label {@code index.title} and every language by its own name, linked to its index.
     */
    static String root(MessageFormatter formatter, Labels labels, Locale language, List<Languages.SwitcherEntry> languages,
                       String canonical) {
        Pages.Page p = new Pages.Page(formatter, labels, language);
        Message titleLabel = labels.get("index.title");
        StringBuilder head = new StringBuilder();
        head.append("<link rel=\"canonical\" href=\"").append(Html.escapeAttr(canonical)).append("\">\n");
        alternates(head, languages, "", "index.html");
        p.head(p.plain(titleLabel, Map.of()), head.toString(), "");
        p.out.append("<h1>").append(p.text(titleLabel, Map.of())).append("</h1>\n");
        switcher(p.out, p, labels.get("languages"), languages, null, "");
        return p.end();
    }

    /** The articles sorted by title with the collator of {@code language}, then by id. */
    static List<Listed> sorted(List<Listed> articles, Locale language) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language));
        List<Listed> out = new ArrayList<>(articles);
        out.sort(Comparator.comparing(Listed::title, collator::compare).thenComparing(Listed::id));
        return out;
    }

    private static void alternates(StringBuilder head, List<Languages.SwitcherEntry> languages, String prefix, String xDefault) {
        for (Languages.SwitcherEntry e : languages) {
            head.append("<link rel=\"alternate\" hreflang=\"").append(Html.escapeAttr(e.tag())).append("\" href=\"")
                    .append(Html.escapeAttr(prefix + e.tag() + "/index.html")).append("\">\n");
        }
        head.append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(Html.escapeAttr(xDefault)).append("\">\n");
    }

    /** The language switcher as the article pages have it; {@code current} (may be null) is marked {@code aria-current}. */
    private static void switcher(StringBuilder out, Pages.Page p, Message label, List<Languages.SwitcherEntry> languages,
                                 Locale current, String prefix) {
        out.append("<nav class=\"hp-languages\" aria-label=\"").append(Html.escapeAttr(p.plain(label, Map.of()))).append("\"")
                .append(Pages.Page.langAttrs(label.locale(), p.locale)).append(">\n<ul>\n");
        for (Languages.SwitcherEntry e : languages) {
            out.append("<li><a href=\"").append(Html.escapeAttr(prefix + e.tag() + "/index.html")).append("\" hreflang=\"")
                    .append(Html.escapeAttr(e.tag())).append("\" lang=\"").append(Html.escapeAttr(e.tag()))
                    .append("\" dir=\"").append(e.rightToLeft() ? "rtl" : "ltr").append("\"");
            if (current != null && e.tag().equals(current.toLanguageTag())) out.append(" aria-current=\"page\"");
            out.append(">").append(Html.escapeText(e.nativeName())).append("</a></li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    /**
     * One URL of the sitemap and its translations.
     *
     * @param loc the absolute URL
     * @param alternates every language version (this one included) by language tag, in order
     * @param xDefault the URL for readers whose language is none of them
     */
    record SitemapUrl(String loc, List<Map.Entry<String, String>> alternates, String xDefault) {}

    /**
     * {@code sitemap.xml} (sitemaps.org protocol 0.9): one {@code <url>} per page, each with an
     * {@code <xhtml:link rel="alternate" hreflang>} for every language version including itself, and one
     * for {@code x-default}, as search engines read translations from a sitemap.
     */
    static String sitemap(List<SitemapUrl> urls) {
        StringBuilder sb = new StringBuilder(256 + urls.size() * 512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"").append(SITEMAP_NS)
                .append("\" xmlns:xhtml=\"").append(XHTML_NS).append("\">\n");
        for (SitemapUrl u : urls) {
            sb.append("<url>\n<loc>").append(Html.escapeText(u.loc())).append("</loc>\n");
            for (Map.Entry<String, String> a : u.alternates()) link(sb, a.getKey(), a.getValue());
            link(sb, "x-default", u.xDefault());
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    private static void link(StringBuilder sb, String hreflang, String href) {
        sb.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(Html.escapeAttr(hreflang)).append("\" href=\"")
                .append(Html.escapeAttr(href)).append("\"/>\n");
    }
}
