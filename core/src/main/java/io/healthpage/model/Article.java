package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A consumer health article: immutable and thread-safe, so one instance can be rendered by any
 * number of threads. Build one with {@link #builder(String, Locale)} or read it from JSON with
 * {@code io.healthpage.json.ArticleJson}.
 *
 * <p>Structural rules (non-null parts, ids, figure alt text) are enforced here; rules that
 * span the whole article (unique keys, references that resolve, date order, ICU syntax) are
 * checked by {@code io.healthpage.json.ArticleValidator}, which reports all problems at once.
 *
 * @param id the slug ("ketamine-pain-relief")
 * @param canonicalUrl the canonical URL, or {@code null}
 * @param sourceLocale the language the article is written in
 * @param locale the language this instance is localized for ({@code sourceLocale} unless a localizer made it)
 * @param contentVersion the content version ("3", "2026-11-27"), bumped by editors
 * @param title the title
 * @param description a short description for meta tags and cards
 * @param breadcrumbs the breadcrumb trail, the article itself last
 * @param authors authors (people or organisations)
 * @param reviewers medical reviewers
 * @param dates publication and review dates
 * @param disclosure editorial disclosure (e.g. AI assistance and human fact-checking), or {@code null}
 * @param disclaimer medical disclaimer, or {@code null}
 * @param audiences who the article is for
 * @param topics drugs and conditions the article is about
 * @param license licence and attribution, or {@code null}
 * @param takeaways key takeaways
 * @param lead the introduction
 * @param sections the sections
 * @param faq questions and answers
 * @param references cited sources
 * @param glossary abbreviations, terms, drug and brand names
 * @param links links used in text by id
 */
public record Article(String id, String canonicalUrl, Locale sourceLocale, Locale locale, String contentVersion,
                      Message title, Message description, List<Breadcrumb> breadcrumbs,
                      List<Person> authors, List<Person> reviewers, ArticleDates dates,
                      Message disclosure, Message disclaimer, List<Audience> audiences, List<Topic> topics,
                      License license, List<Message> takeaways, List<Block> lead, List<Section> sections,
                      List<FaqItem> faq, List<Reference> references, List<Term> glossary, List<LinkTarget> links) {

    /** Validates and copies. */
    public Article {
        Validate.id(id, "article id");
        Objects.requireNonNull(sourceLocale, "source locale");
        if (locale == null) locale = sourceLocale;
        Validate.notBlank(contentVersion, "content version");
        Objects.requireNonNull(title, "title");
        breadcrumbs = Validate.list(breadcrumbs, "breadcrumbs");
        authors = Validate.list(authors, "authors");
        reviewers = Validate.list(reviewers, "reviewers");
        if (dates == null) dates = ArticleDates.NONE;
        audiences = Validate.list(audiences, "audiences");
        topics = Validate.list(topics, "topics");
        takeaways = Validate.list(takeaways, "takeaways");
        lead = Validate.list(lead, "lead");
        sections = Validate.list(sections, "sections");
        faq = Validate.list(faq, "faq");
        references = Validate.list(references, "references");
        glossary = Validate.list(glossary, "glossary");
        links = Validate.list(links, "links");
    }

    /** A builder for an article with the given id and source locale. */
    public static Builder builder(String id, Locale sourceLocale) {
        return new Builder(id, sourceLocale);
    }

    /** A builder initialised with this article's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every message of the article in document order (title first, then the parts as they appear). */
    public List<Message> messages() {
        List<Message> out = new ArrayList<>();
        MessageMapper.visit(this, out::add);
        return Collections.unmodifiableList(out);
    }

    /**
     * The same article with every message replaced by {@code f(message)}, in the order of
     * {@link #messages()}. This is how a localizer produces the article in another language.
     */
    public Article mapMessages(UnaryOperator<Message> f) {
        return MessageMapper.map(this, f);
    }

    /** The reference with this id, or {@code null}. */
    public Reference reference(String refId) {
        for (Reference r : references) if (r.id().equals(refId)) return r;
        return null;
    }

    /** The glossary term with this id, or {@code null}. */
    public Term term(String termId) {
        for (Term t : glossary) if (t.id().equals(termId)) return t;
        return null;
    }

    /** The link with this id, or {@code null}. */
    public LinkTarget link(String linkId) {
        for (LinkTarget l : links) if (l.id().equals(linkId)) return l;
        return null;
    }

    /**
     * Builds an {@link Article}. Not thread-safe; the built article is.
     */
    public static final class Builder {
        private String id;
        private String canonicalUrl;
        private Locale sourceLocale;
        private Locale locale;
        private String contentVersion = "1";
        private Message title;
        private Message description;
        private List<Breadcrumb> breadcrumbs = new ArrayList<>();
        private List<Person> authors = new ArrayList<>();
        private List<Person> reviewers = new ArrayList<>();
        private ArticleDates dates = ArticleDates.NONE;
        private Message disclosure;
        private Message disclaimer;
        private List<Audience> audiences = new ArrayList<>();
        private List<Topic> topics = new ArrayList<>();
        private License license;
        private List<Message> takeaways = new ArrayList<>();
        private List<Block> lead = new ArrayList<>();
        private List<Section> sections = new ArrayList<>();
        private List<FaqItem> faq = new ArrayList<>();
        private List<Reference> references = new ArrayList<>();
        private List<Term> glossary = new ArrayList<>();
        private List<LinkTarget> links = new ArrayList<>();

        private Builder(String id, Locale sourceLocale) {
            this.id = id;
            this.sourceLocale = sourceLocale;
        }

        private Builder(Article a) {
            id = a.id;
            canonicalUrl = a.canonicalUrl;
            sourceLocale = a.sourceLocale;
            locale = a.locale;
            contentVersion = a.contentVersion;
            title = a.title;
            description = a.description;
            breadcrumbs = new ArrayList<>(a.breadcrumbs);
            authors = new ArrayList<>(a.authors);
            reviewers = new ArrayList<>(a.reviewers);
            dates = a.dates;
            disclosure = a.disclosure;
            disclaimer = a.disclaimer;
            audiences = new ArrayList<>(a.audiences);
            topics = new ArrayList<>(a.topics);
            license = a.license;
            takeaways = new ArrayList<>(a.takeaways);
            lead = new ArrayList<>(a.lead);
            sections = new ArrayList<>(a.sections);
            faq = new ArrayList<>(a.faq);
            references = new ArrayList<>(a.references);
            glossary = new ArrayList<>(a.glossary);
            links = new ArrayList<>(a.links);
        }

        /** Sets the canonical URL. */
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        /** Sets the locale this instance is localized for. */
        public Builder locale(Locale v) { locale = v; return this; }
        /** Sets the content version. */
        public Builder contentVersion(String v) { contentVersion = v; return this; }
        /** Sets the title. */
        public Builder title(Message v) { title = v; return this; }
        /** Sets the short description. */
        public Builder description(Message v) { description = v; return this; }
        /** Adds a breadcrumb step. */
        public Builder breadcrumb(Breadcrumb v) { breadcrumbs.add(v); return this; }
        /** Adds an author. */
        public Builder author(Person v) { authors.add(v); return this; }
        /** Adds a medical reviewer. */
        public Builder reviewer(Person v) { reviewers.add(v); return this; }
        /** Sets the dates. */
        public Builder dates(ArticleDates v) { dates = v; return this; }
        /** Sets the editorial disclosure. */
        public Builder disclosure(Message v) { disclosure = v; return this; }
        /** Sets the medical disclaimer. */
        public Builder disclaimer(Message v) { disclaimer = v; return this; }
        /** Adds an audience. */
        public Builder audience(Audience v) { audiences.add(v); return this; }
        /** Adds a topic. */
        public Builder topic(Topic v) { topics.add(v); return this; }
        /** Sets the licence. */
        public Builder license(License v) { license = v; return this; }
        /** Adds a key takeaway. */
        public Builder takeaway(Message v) { takeaways.add(v); return this; }
        /** Adds a lead block. */
        public Builder lead(Block v) { lead.add(v); return this; }
        /** Adds a section. */
        public Builder section(Section v) { sections.add(v); return this; }
        /** Adds an FAQ item. */
        public Builder faq(FaqItem v) { faq.add(v); return this; }
        /** Adds a reference. */
        public Builder reference(Reference v) { references.add(v); return this; }
        /** Adds a glossary term. */
        public Builder term(Term v) { glossary.add(v); return this; }
        /** Adds a link target. */
        public Builder link(LinkTarget v) { links.add(v); return this; }
        /** Replaces the sections. */
        public Builder sections(List<Section> v) { sections = new ArrayList<>(v); return this; }

        /**
         * Builds the article.
         *
         * @return the article
         * @throws NullPointerException if the id, the source locale, the content version or the title is
         *         null, or a list holds a null
         * @throws IllegalArgumentException naming the first structural problem of a non-null value (an
         *         id that is not valid, a blank content version)
         */
        public Article build() {
            return new Article(id, canonicalUrl, sourceLocale, locale, contentVersion, title, description, breadcrumbs,
                    authors, reviewers, dates, disclosure, disclaimer, audiences, topics, license, takeaways, lead,
                    sections, faq, references, glossary, links);
        }
    }
}
