package io.healthpage.json;

import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.Code;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.Person;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.model.Topic;
import io.healthpage.model.YearArg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an article in the field order of {@code docs/article-format.md}, two-space indented.
 * Leaves out what reading restores by itself: empty lists, absent values, {@code false} flags,
 * a {@code locale} equal to {@code sourceLocale}, and for messages a {@code key} equal to the
 * derived key, a {@code lang} equal to the source locale and a {@code source} status. A message
 * with nothing else to say is written as a plain string. Stateless.
 */
final class ArticleWriter {
    private Locale source;

    String write(Article a) {
        source = a.sourceLocale();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", 1);
        o.put("id", a.id());
        put(o, "canonicalUrl", a.canonicalUrl());
        o.put("sourceLocale", a.sourceLocale().toLanguageTag());
        if (!a.locale().equals(a.sourceLocale())) o.put("locale", a.locale().toLanguageTag());
        o.put("contentVersion", a.contentVersion());
        o.put("title", msg(a.title(), Keys.TITLE));
        put(o, "description", msg(a.description(), Keys.DESCRIPTION));
        List<Object> crumbs = new ArrayList<>();
        for (int i = 0; i < a.breadcrumbs().size(); i++) {
            Breadcrumb b = a.breadcrumbs().get(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", msg(b.label(), Keys.breadcrumb(i + 1)));
            c.put("href", b.href());
            crumbs.add(c);
        }
        put(o, "breadcrumbs", crumbs);
        put(o, "authors", people(a.authors()));
        put(o, "reviewers", people(a.reviewers()));
        ArticleDates d = a.dates();
        Map<String, Object> dates = new LinkedHashMap<>();
        put(dates, "published", d.published());
        put(dates, "updated", d.updated());
        put(dates, "lastReviewed", d.lastReviewed());
        put(dates, "nextReviewDue", d.nextReviewDue());
        put(o, "dates", dates);
        put(o, "disclosure", msg(a.disclosure(), Keys.DISCLOSURE));
        put(o, "disclaimer", msg(a.disclaimer(), Keys.DISCLAIMER));
        List<Object> audiences = new ArrayList<>();
        for (Enum<?> e : a.audiences()) audiences.add(ArticleReader.enumName(e));
        put(o, "audiences", audiences);
        List<Object> topics = new ArrayList<>();
        for (Topic t : a.topics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("kind", ArticleReader.enumName(t.kind()));
            m.put("name", msg(t.name(), Keys.topic(t.id())));
            List<Object> codes = new ArrayList<>();
            for (Code c : t.codes()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("system", ArticleReader.enumName(c.system()));
                cm.put("value", c.value());
                codes.add(cm);
            }
            put(m, "codes", codes);
            topics.add(m);
        }
        put(o, "topics", topics);
        if (a.license() != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            put(l, "name", a.license().name());
            put(l, "url", a.license().url());
            put(l, "attribution", msg(a.license().attribution(), Keys.LICENSE_ATTRIBUTION));
            o.put("license", l);
        }
        List<Object> takeaways = new ArrayList<>();
        for (int i = 0; i < a.takeaways().size(); i++) takeaways.add(msg(a.takeaways().get(i), Keys.takeaway(i + 1)));
        put(o, "takeaways", takeaways);
        put(o, "lead", blocks(a.lead(), Keys.LEAD));
        put(o, "sections", sections(a.sections()));
        List<Object> faq = new ArrayList<>();
        for (FaqItem f : a.faq()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("question", msg(f.question(), Keys.faqQuestion(f.id())));
            m.put("answer", blocks(f.answer(), Keys.faqAnswer(f.id())));
            faq.add(m);
        }
        put(o, "faq", faq);
        List<Object> refs = new ArrayList<>();
        for (Reference r : a.references()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            put(m, "authors", new ArrayList<Object>(r.authors()));
            m.put("title", r.title());
            put(m, "container", r.container());
            put(m, "publisher", r.publisher());
            put(m, "year", r.year());
            put(m, "updated", r.updated());
            put(m, "url", r.url());
            put(m, "doi", r.doi());
            put(m, "pmid", r.pmid());
            put(m, "accessed", r.accessed());
            if (r.language() != null) m.put("language", r.language().toLanguageTag());
            refs.add(m);
        }
        put(o, "references", refs);
        List<Object> glossary = new ArrayList<>();
        for (Term t : a.glossary()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("kind", ArticleReader.enumName(t.kind()));
            m.put("text", msg(t.text(), Keys.term(t.id(), "text")));
            put(m, "expansion", msg(t.expansion(), Keys.term(t.id(), "expansion")));
            put(m, "definition", msg(t.definition(), Keys.term(t.id(), "definition")));
            if (t.doNotTranslate()) m.put("doNotTranslate", true);
            glossary.add(m);
        }
        put(o, "glossary", glossary);
        List<Object> links = new ArrayList<>();
        for (LinkTarget l : a.links()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("href", l.href());
            links.add(m);
        }
        put(o, "links", links);
        StringBuilder sb = new StringBuilder();
        JsonText.write(sb, o, 0);
        return sb.append('\n').toString();
    }

    private List<Object> people(List<Person> people) {
        List<Object> out = new ArrayList<>();
        for (Person p : people) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("kind", ArticleReader.enumName(p.kind()));
            put(m, "name", p.name());
            put(m, "credentials", msg(p.credentials(), Keys.person(p.id(), "credentials")));
            put(m, "role", msg(p.role(), Keys.person(p.id(), "role")));
            put(m, "url", p.url());
            put(m, "bio", msg(p.bio(), Keys.person(p.id(), "bio")));
            out.add(m);
        }
        return out;
    }

    private List<Object> sections(List<Section> sections) {
        List<Object> out = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("heading", msg(s.heading(), Keys.sectionHeading(s.id())));
            put(m, "blocks", blocks(s.blocks(), Keys.section(s.id())));
            put(m, "subsections", sections(s.subsections()));
            out.add(m);
        }
        return out;
    }

    private List<Object> blocks(List<Block> blocks, String prefix) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) out.add(block(blocks.get(i), Keys.block(prefix, blocks.get(i).id(), i + 1)));
        return out;
    }

    private Map<String, Object> block(Block b, String key) {
        return b.accept(new BlockJson(key));
    }

    /** One block as a JSON object whose derived message keys start with {@code key}. */
    private final class BlockJson implements BlockVisitor<Map<String, Object>> {
        private final String key;

        BlockJson(String key) {
            this.key = key;
        }

        private Map<String, Object> start(String type, Block b) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            put(m, "id", b.id());
            return m;
        }

        @Override
        public Map<String, Object> visit(Paragraph x) {
            Map<String, Object> m = start("paragraph", x);
            m.put("text", msg(x.text(), key));
            return m;
        }

        @Override
        public Map<String, Object> visit(BulletList x) {
            Map<String, Object> m = start("bullets", x);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < x.items().size(); i++) items.add(msg(x.items().get(i), key + ".item." + (i + 1)));
            m.put("items", items);
            return m;
        }

        @Override
        public Map<String, Object> visit(NumberedList x) {
            Map<String, Object> m = start("numbered", x);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < x.items().size(); i++) {
                ListItem it = x.items().get(i);
                Map<String, Object> im = new LinkedHashMap<>();
                put(im, "title", msg(it.title(), key + ".item." + (i + 1) + ".title"));
                put(im, "body", msg(it.body(), key + ".item." + (i + 1) + ".body"));
                items.add(im);
            }
            m.put("items", items);
            return m;
        }

        @Override
        public Map<String, Object> visit(Callout x) {
            Map<String, Object> m = start("callout", x);
            m.put("kind", ArticleReader.enumName(x.kind()));
            put(m, "title", msg(x.title(), key + ".title"));
            m.put("body", blocks(x.body(), key + ".body"));
            return m;
        }

        @Override
        public Map<String, Object> visit(Quote x) {
            Map<String, Object> m = start("quote", x);
            m.put("text", msg(x.text(), key + ".text"));
            put(m, "source", msg(x.source(), key + ".source"));
            put(m, "reference", x.referenceId());
            return m;
        }

        @Override
        public Map<String, Object> visit(Figure x) {
            Map<String, Object> m = start("figure", x);
            m.put("src", x.src());
            put(m, "alt", msg(x.alt(), key + ".alt"));
            if (x.decorative()) m.put("decorative", true);
            put(m, "caption", msg(x.caption(), key + ".caption"));
            put(m, "credit", msg(x.credit(), key + ".credit"));
            return m;
        }

        @Override
        public Map<String, Object> visit(Table x) {
            Map<String, Object> m = start("table", x);
            m.put("caption", msg(x.caption(), key + ".caption"));
            List<Object> header = new ArrayList<>();
            for (int i = 0; i < x.header().size(); i++) header.add(msg(x.header().get(i), key + ".header." + (i + 1)));
            put(m, "header", header);
            List<Object> rows = new ArrayList<>();
            for (int r = 0; r < x.rows().size(); r++) {
                List<Object> row = new ArrayList<>();
                List<Message> cells = x.rows().get(r);
                for (int c = 0; c < cells.size(); c++) row.add(msg(cells.get(c), key + ".row." + (r + 1) + ".cell." + (c + 1)));
                rows.add(row);
            }
            m.put("rows", rows);
            if (x.rowHeaders()) m.put("rowHeaders", true);
            return m;
        }

        @Override
        public Map<String, Object> visit(RelatedLink x) {
            Map<String, Object> m = start("related", x);
            m.put("kind", ArticleReader.enumName(x.kind()));
            m.put("href", x.href());
            m.put("title", msg(x.title(), key + ".title"));
            put(m, "description", msg(x.description(), key + ".description"));
            return m;
        }
    }

    private Object msg(Message m, String derivedKey) {
        if (m == null) return null;
        boolean keyDerived = m.key().equals(derivedKey);
        boolean sourceLang = m.locale().equals(source);
        boolean sourceStatus = m.status() == TextStatus.SOURCE;
        if (keyDerived && m.note() == null && m.args().isEmpty() && sourceLang && sourceStatus) return m.pattern();
        Map<String, Object> o = new LinkedHashMap<>();
        if (!keyDerived) o.put("key", m.key());
        o.put("text", m.pattern());
        put(o, "note", m.note());
        if (!m.args().isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            for (Map.Entry<String, Arg> e : m.args().entrySet()) args.put(e.getKey(), arg(e.getValue()));
            o.put("args", args);
        }
        if (!sourceLang) o.put("lang", m.locale().toLanguageTag());
        if (!sourceStatus) o.put("status", ArticleReader.enumName(m.status()));
        return o;
    }

    private static Map<String, Object> arg(Arg arg) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", arg.typeName());
        if (arg instanceof NumberArg x) {
            o.put("value", x.value());
        } else if (arg instanceof PercentArg x) {
            o.put("value", x.percent());
        } else if (arg instanceof QuantityArg x) {
            o.put("value", x.value());
            o.put("unit", x.unit());
        } else if (arg instanceof RangeArg x) {
            o.put("low", x.low());
            o.put("high", x.high());
            put(o, "unit", x.unit());
        } else if (arg instanceof DateArg x) {
            o.put("value", x.date());
            put(o, "skeleton", x.skeleton());
        } else if (arg instanceof YearArg x) {
            o.put("value", x.year());
        } else if (arg instanceof TextArg x) {
            o.put("value", x.text());
        }
        return o;
    }

    /** Puts a value unless it is null or an empty list or map. */
    private static void put(Map<String, Object> o, String name, Object value) {
        if (value == null) return;
        if (value instanceof List<?> l && l.isEmpty()) return;
        if (value instanceof Map<?, ?> m && m.isEmpty()) return;
        o.put(name, value);
    }
}
