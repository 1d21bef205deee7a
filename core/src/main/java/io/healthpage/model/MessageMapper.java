package io.healthpage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one traversal of every message of an article, in document order. One per call; not thread-safe.
 *
 * <p>{@link #visit(Article, Consumer)} walks the same way without building anything: listing the messages
 * (the renderer does on every render) should not rebuild and revalidate the whole article.
 */
final class MessageMapper implements BlockVisitor<Block> {
    private final UnaryOperator<Message> f;
    /** Only visiting: every method returns its input instead of a new part. */
    private final boolean visitOnly;

    private MessageMapper(UnaryOperator<Message> f, boolean visitOnly) {
        this.f = f;
        this.visitOnly = visitOnly;
    }

    static void visit(Article a, Consumer<Message> each) {
        walk(new MessageMapper(m -> {
            each.accept(m);
            return m;
        }, true), a);
    }

    static Article map(Article a, UnaryOperator<Message> f) {
        return walk(new MessageMapper(f, false), a);
    }

    private static Article walk(MessageMapper m, Article a) {
        Message title = m.msg(a.title());
        Message description = m.msg(a.description());
        List<Breadcrumb> crumbs = new ArrayList<>();
        for (Breadcrumb b : a.breadcrumbs()) {
            Message label = m.msg(b.label());
            if (!m.visitOnly) crumbs.add(new Breadcrumb(label, b.href()));
        }
        List<Person> authors = m.people(a.authors());
        List<Person> reviewers = m.people(a.reviewers());
        Message disclosure = m.msg(a.disclosure());
        Message disclaimer = m.msg(a.disclaimer());
        List<Topic> topics = new ArrayList<>();
        for (Topic t : a.topics()) {
            Message name = m.msg(t.name());
            if (!m.visitOnly) topics.add(new Topic(t.id(), t.kind(), name, t.codes()));
        }
        License license = a.license();
        if (license != null) {
            Message attribution = m.msg(license.attribution());
            if (!m.visitOnly) license = new License(license.name(), license.url(), attribution);
        }
        List<Message> takeaways = m.msgs(a.takeaways());
        List<Block> lead = m.blocks(a.lead());
        List<Section> sections = m.sections(a.sections());
        List<FaqItem> faq = new ArrayList<>();
        for (FaqItem q : a.faq()) {
            Message question = m.msg(q.question());
            List<Block> answer = m.blocks(q.answer());
            if (!m.visitOnly) faq.add(new FaqItem(q.id(), question, answer));
        }
        List<Term> glossary = new ArrayList<>();
        for (Term t : a.glossary()) {
            Message text = m.msg(t.text());
            Message expansion = m.msg(t.expansion());
            Message definition = m.msg(t.definition());
            if (!m.visitOnly) glossary.add(new Term(t.id(), t.kind(), text, expansion, definition, t.doNotTranslate()));
        }
        if (m.visitOnly) return a;
        return new Article(a.id(), a.canonicalUrl(), a.sourceLocale(), a.locale(), a.contentVersion(), title, description,
                crumbs, authors, reviewers, a.dates(), disclosure, disclaimer, a.audiences(), topics, license, takeaways,
                lead, sections, faq, a.references(), glossary, a.links());
    }

    private Message msg(Message m) {
        if (m == null) return null;
        Message r = f.apply(m);
        if (r == null) throw new IllegalStateException("message mapper returned null for '" + m.key() + "'");
        return r;
    }

    private List<Message> msgs(List<Message> ms) {
        if (visitOnly) {
            for (Message m : ms) msg(m);
            return ms;
        }
        List<Message> out = new ArrayList<>(ms.size());
        for (Message m : ms) out.add(msg(m));
        return out;
    }

    private List<Person> people(List<Person> ps) {
        List<Person> out = new ArrayList<>();
        for (Person p : ps) {
            Message credentials = msg(p.credentials());
            Message role = msg(p.role());
            Message bio = msg(p.bio());
            if (!visitOnly) out.add(new Person(p.id(), p.kind(), p.name(), credentials, role, p.url(), bio));
        }
        return out;
    }

    private List<Section> sections(List<Section> ss) {
        List<Section> out = new ArrayList<>();
        for (Section s : ss) {
            Message h = msg(s.heading());
            List<Block> blocks = blocks(s.blocks());
            List<Section> subsections = sections(s.subsections());
            if (!visitOnly) out.add(new Section(s.id(), h, blocks, subsections));
        }
        return out;
    }

    private List<Block> blocks(List<Block> bs) {
        if (visitOnly) {
            for (Block b : bs) block(b);
            return bs;
        }
        List<Block> out = new ArrayList<>(bs.size());
        for (Block b : bs) out.add(block(b));
        return out;
    }

    private Block block(Block b) {
        return b.accept(this);
    }

    @Override
    public Block visit(Paragraph p) {
        Message t = msg(p.text());
        return visitOnly ? p : new Paragraph(p.id(), t);
    }

    @Override
    public Block visit(BulletList l) {
        List<Message> items = msgs(l.items());
        return visitOnly ? l : new BulletList(l.id(), items);
    }

    @Override
    public Block visit(NumberedList l) {
        List<ListItem> items = new ArrayList<>();
        for (ListItem i : l.items()) {
            Message t = msg(i.title());
            Message body = msg(i.body());
            if (!visitOnly) items.add(new ListItem(t, body));
        }
        return visitOnly ? l : new NumberedList(l.id(), items);
    }

    @Override
    public Block visit(Callout c) {
        Message t = msg(c.title());
        List<Block> body = blocks(c.body());
        return visitOnly ? c : new Callout(c.id(), c.kind(), t, body);
    }

    @Override
    public Block visit(Quote q) {
        Message t = msg(q.text());
        Message source = msg(q.source());
        return visitOnly ? q : new Quote(q.id(), t, source, q.referenceId());
    }

    @Override
    public Block visit(Figure fig) {
        Message alt = msg(fig.alt());
        Message cap = msg(fig.caption());
        Message credit = msg(fig.credit());
        return visitOnly ? fig : new Figure(fig.id(), fig.src(), alt, fig.decorative(), cap, credit);
    }

    @Override
    public Block visit(Table t) {
        Message cap = msg(t.caption());
        List<Message> header = msgs(t.header());
        List<List<Message>> rows = new ArrayList<>();
        for (List<Message> row : t.rows()) rows.add(msgs(row));
        return visitOnly ? t : new Table(t.id(), cap, header, rows, t.rowHeaders());
    }

    @Override
    public Block visit(RelatedLink r) {
        Message t = msg(r.title());
        Message description = msg(r.description());
        return visitOnly ? r : new RelatedLink(r.id(), r.kind(), r.href(), t, description);
    }
}
