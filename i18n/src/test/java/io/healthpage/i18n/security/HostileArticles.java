package io.healthpage.i18n.security;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.License;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.render.Alternate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A small article with one benign value in every field an attacker could fill, and the entry points:
 * which field a payload goes into and where in the rendered HTML a reader finds it again.
 */
final class HostileArticles {
    static final Locale EN = Locale.ENGLISH;

    private HostileArticles() {}

    /** How a field is used: as an ICU message, as plain text, or as a URL. */
    enum Kind { MESSAGE, PLAIN, URL }

    /** Every field of the article a payload is put into. */
    enum Entry {
        // ---- messages (also translatable)
        PARAGRAPH(Kind.MESSAGE, "section.s.p", "Relief lasts a short time.", true, false, d -> text(d, "section#hp-s")),
        TITLE(Kind.MESSAGE, "title", "How long does relief last?", true, false, d -> text(d, "h1")),
        DESCRIPTION(Kind.MESSAGE, "description", "A short answer.", true, false, d -> text(d, "p.hp-description")),
        SECTION_HEADING(Kind.MESSAGE, "section.s.heading", "What is it?", true, false, d -> text(d, "#hp-s-h")),
        ALT_TEXT(Kind.MESSAGE, "section.s.fig.alt", "A diagram of a receptor", false, false, d -> attr(d, "img", "alt")),
        GLOSSARY_DEFINITION(Kind.MESSAGE, "term.x.definition", "A receptor in the brain.", true, false, d -> text(d, "section.hp-glossary dl")),
        GLOSSARY_EXPANSION(Kind.MESSAGE, "term.ab.expansion", "Antibody", false, false, d -> attr(d, "abbr", "title")),
        BREADCRUMB_LABEL(Kind.MESSAGE, "breadcrumb.2", "This article", true, false, d -> text(d, "nav.hp-breadcrumb")),
        FAQ_QUESTION(Kind.MESSAGE, "faq.q1.question", "Is it safe?", true, false, d -> text(d, "section.hp-faq summary")),
        // ---- plain text, never parsed as a message
        REFERENCE_TITLE(Kind.PLAIN, null, "Ketamine in pain management", false, false, d -> text(d, "#hp-ref-ref1 cite")),
        REFERENCE_PUBLISHER(Kind.PLAIN, null, "NCBI Bookshelf", false, false, d -> text(d, "#hp-ref-ref1") + " " + attr(d, "sup.hp-cite a", "aria-label")),
        PERSON_NAME(Kind.PLAIN, null, "Example Health Editorial Team", false, false, d -> text(d, "p.hp-byline")),
        TEXT_ARGUMENT(Kind.PLAIN, null, "ketamine", false, false, d -> text(d, "section#hp-s")),
        ALTERNATE_NAME(Kind.PLAIN, null, "español", false, true, d -> text(d, "nav.hp-languages")),
        // ---- URLs
        BREADCRUMB_HREF(Kind.URL, "breadcrumb.2", "/articles/a", false, false, d -> d.select("nav.hp-breadcrumb li:last-child a[href]")),
        REFERENCE_URL(Kind.URL, "reference.ref1", "https://www.ncbi.nlm.nih.gov/books/NBK539824/", false, false,
                d -> d.select("#hp-ref-ref1 > a[href]:not(.hp-backlink)")),
        LINK_HREF(Kind.URL, "section.s.link", "https://www.nih.gov/", false, false, d -> d.select("section#hp-s a[href]:containsOwn(the site)")),
        FIGURE_SRC(Kind.URL, "fig", "/img/a.png", false, false, d -> d.select("img[src]")),
        RELATED_HREF(Kind.URL, "section.s.rel.title", "/articles/other", false, false, d -> d.select("p.hp-related a[href]")),
        PERSON_URL(Kind.URL, "person.team", "https://example.org/team", false, false, d -> d.select("p.hp-byline a[href]")),
        LICENSE_URL(Kind.URL, "license.url", "https://creativecommons.org/licenses/by/4.0/", false, false, d -> d.select("footer.hp-license a[href]")),
        CANONICAL_URL(Kind.URL, "canonicalUrl", "https://example.org/articles/a", false, true, d -> d.select("link[rel=canonical][href]")),
        ALTERNATE_HREF(Kind.URL, "alternate", "/es/articles/a", false, true, d -> d.select("link[rel=alternate][hreflang=es][href], nav.hp-languages a[hreflang=es][href]"));

        final Kind kind;
        /** The message key (messages), or the key a dropped URL is reported under (URLs). */
        final String key;
        final String benign;
        /** Whether the message is written with its inline nodes (so link and citation problems are reported). */
        final boolean inline;
        final boolean pageOnly;
        final Function<Document, Object> locate;

        Entry(Kind kind, String key, String benign, boolean inline, boolean pageOnly, Function<Document, Object> locate) {
            this.kind = kind;
            this.key = key;
            this.benign = benign;
            this.inline = inline;
            this.pageOnly = pageOnly;
            this.locate = locate;
        }

        /** Where a reader finds this field's text (messages and plain text). */
        String shownText(Document d) {
            return SafeHtml.normalize((String) locate.apply(d));
        }

        /** The elements carrying this field's URL (URLs). */
        Elements urlElements(Document d) {
            return (Elements) locate.apply(d);
        }
    }

    /** The page-chrome labels a translator can fill, with where they are shown. */
    enum LabelEntry {
        TAKEAWAYS("takeaways", false, d -> text(d, "#hp-takeaways")),
        BREADCRUMB("breadcrumb", false, d -> attr(d, "nav.hp-breadcrumb", "aria-label")),
        SKIP("skip", true, d -> text(d, "a.hp-skip"));

        final String key;
        final boolean pageOnly;
        final Function<Document, String> locate;

        LabelEntry(String key, boolean pageOnly, Function<Document, String> locate) {
            this.key = key;
            this.pageOnly = pageOnly;
            this.locate = locate;
        }
    }

    private static String text(Document d, String css) {
        Elements els = d.select(css);
        if (els.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Element e : els) sb.append(e.text()).append(' ');
        return sb.toString();
    }

    private static String attr(Document d, String css, String attr) {
        StringBuilder sb = new StringBuilder();
        for (Element e : d.select(css)) sb.append(e.attr(attr)).append(' ');
        return sb.toString();
    }

    static Message m(String key, String text) {
        return Message.of(key, text, EN);
    }

    /** The benign article: every field holds its entry's benign value. */
    static Article benign(boolean withEvilLink) {
        return article(new EnumMap<>(Entry.class), withEvilLink);
    }

    /** The article with {@code payload} in {@code entry}'s field, and the {@code evil} link that points to {@code javascript:}. */
    static Article with(Entry entry, String payload) {
        Map<Entry, String> v = new EnumMap<>(Entry.class);
        v.put(entry, payload);
        return article(v, true);
    }

    /** The alternates for page mode, with {@code payload} in the entry's field when it is an alternate's. */
    static List<Alternate> alternates(Entry entry, String payload) {
        String name = entry == Entry.ALTERNATE_NAME ? payload : Entry.ALTERNATE_NAME.benign;
        String href = entry == Entry.ALTERNATE_HREF ? payload : Entry.ALTERNATE_HREF.benign;
        return List.of(new Alternate(EN, "/en/articles/a", "English"), new Alternate(Locale.forLanguageTag("es"), href, name));
    }

    private static Article article(Map<Entry, String> v, boolean withEvilLink) {
        Function<Entry, String> val = e -> v.getOrDefault(e, e.benign);
        Article.Builder b = Article.builder("a", EN)
                .canonicalUrl(val.apply(Entry.CANONICAL_URL))
                .title(m("title", val.apply(Entry.TITLE)))
                .description(m("description", val.apply(Entry.DESCRIPTION)))
                .breadcrumb(new Breadcrumb(m("breadcrumb.1", "Home"), "/"))
                .breadcrumb(new Breadcrumb(m("breadcrumb.2", val.apply(Entry.BREADCRUMB_LABEL)), val.apply(Entry.BREADCRUMB_HREF)))
                .author(Person.builder("team", PersonKind.ORGANIZATION, val.apply(Entry.PERSON_NAME))
                        .url(val.apply(Entry.PERSON_URL)).build())
                .dates(new ArticleDates(LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 10, 1), null))
                .takeaway(m("takeaway.1", "Relief is short."))
                .lead(new Paragraph("intro", m("lead.intro", "An <term:ab>AB</term:ab> test.<cite:ref1/>")))
                .section(new Section("s", m("section.s.heading", val.apply(Entry.SECTION_HEADING)), List.of(
                        new Paragraph("p", m("section.s.p", val.apply(Entry.PARAGRAPH))),
                        new Paragraph("arg", Message.builder("section.s.arg", "Take {drug} daily.", EN)
                                .arg("drug", new TextArg(val.apply(Entry.TEXT_ARGUMENT))).build()),
                        new Paragraph("link", m("section.s.link", "Read <link:site>the site</link:site>.")),
                        Figure.builder(val.apply(Entry.FIGURE_SRC))
                                .id("fig").alt(m("section.s.fig.alt", val.apply(Entry.ALT_TEXT))).build(),
                        new RelatedLink("rel", RelatedKind.READ_MORE, val.apply(Entry.RELATED_HREF), m("section.s.rel.title", "Other treatments"), null)),
                        List.of()))
                .faq(new FaqItem("q1", m("faq.q1.question", val.apply(Entry.FAQ_QUESTION)), List.of(new Paragraph("a", m("faq.q1.answer.a", "Under care.")))))
                .reference(Reference.builder("ref1", val.apply(Entry.REFERENCE_TITLE))
                        .authors(List.of("A. Author")).publisher(val.apply(Entry.REFERENCE_PUBLISHER)).year(2022)
                        .url(val.apply(Entry.REFERENCE_URL)).build())
                .term(Term.builder("ab", TermKind.ABBREVIATION, m("term.ab.text", "AB"))
                        .expansion(m("term.ab.expansion", val.apply(Entry.GLOSSARY_EXPANSION))).build())
                .term(Term.builder("x", TermKind.TERM, m("term.x.text", "receptor"))
                        .definition(m("term.x.definition", val.apply(Entry.GLOSSARY_DEFINITION))).build())
                .link(new LinkTarget("site", val.apply(Entry.LINK_HREF)))
                .license(new License("CC BY 4.0", val.apply(Entry.LICENSE_URL), null));
        if (withEvilLink) b.link(new LinkTarget("evil", "javascript:alert(1)"));
        return b.build();
    }
}
