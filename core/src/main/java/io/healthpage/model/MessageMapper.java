package io.healthpage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The one traversal of every message of an article, in document order. One per call; not thread-safe. */
final class MessageMapper implements BlockVisitor<Block> {
    private final UnaryOperator<Message> f;

    private MessageMapper(UnaryOperator<Message> f) {
        this.f = f;
    }

    static Article map(Article a, UnaryOperator<Message> f) {
        MessageMapper m = new MessageMapper(f);
        Message title = m.msg(a.title());
        Message description = m.msg(a.description());
        List<Breadcrumb> crumbs = new ArrayList<>();
        for (Breadcrumb b : a.breadcrumbs()) crumbs.add(new Breadcrumb(m.msg(b.label()), b.href()));
        List<Person> authors = m.people(a.authors());
        List<Person> reviewers = m.people(a.reviewers());
        Message disclosure = m.msg(a.disclosure());
        Message disclaimer = m.msg(a.disclaimer());
        List<Topic> topics = new ArrayList<>();
        for (Topic t : a.topics()) topics.add(new Topic(t.id(), t.kind(), m.msg(t.name()), t.codes()));
        License license = a.license() == null ? null
                : new License(a.license().name(), a.license().url(), m.msg(a.license().attribution()));
        List<Message> takeaways = m.msgs(a.takeaways());
        List<Block> lead = m.blocks(a.lead());
        List<Section> sections = m.sections(a.sections());
        List<FaqItem> faq = new ArrayList<>();
        for (FaqItem q : a.faq()) faq.add(new FaqItem(q.id(), m.msg(q.question()), m.blocks(q.answer())));
        List<Term> glossary = new ArrayList<>();
        for (Term t : a.glossary()) {
            glossary.add(new Term(t.id(), t.kind(), m.msg(t.text()), m.msg(t.expansion()), m.msg(t.definition()),
                    t.doNotTranslate()));
        }
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
        List<Message> out = new ArrayList<>(ms.size());
        for (Message m : ms) out.add(msg(m));
        return out;
    }

    private List<Person> people(List<Person> ps) {
        List<Person> out = new ArrayList<>();
        for (Person p : ps) {
            out.add(new Person(p.id(), p.kind(), p.name(), msg(p.credentials()), msg(p.role()), p.url(), msg(p.bio())));
        }
        return out;
    }

    private List<Section> sections(List<Section> ss) {
        List<Section> out = new ArrayList<>();
        for (Section s : ss) {
            Message h = msg(s.heading());
            out.add(new Section(s.id(), h, blocks(s.blocks()), sections(s.subsections())));
        }
        return out;
    }

    private List<Block> blocks(List<Block> bs) {
        List<Block> out = new ArrayList<>(bs.size());
        for (Block b : bs) out.add(block(b));
        return out;
    }

    private Block block(Block b) {
        return b.accept(this);
    }

    @Override
    public Block visit(Paragraph p) {
        return new Paragraph(p.id(), msg(p.text()));
    }

    @Override
    public Block visit(BulletList l) {
        return new BulletList(l.id(), msgs(l.items()));
    }

    @Override
    public Block visit(NumberedList l) {
        List<ListItem> items = new ArrayList<>();
        for (ListItem i : l.items()) {
            Message t = msg(i.title());
            items.add(new ListItem(t, msg(i.body())));
        }
        return new NumberedList(l.id(), items);
    }

    @Override
    public Block visit(Callout c) {
        Message t = msg(c.title());
        return new Callout(c.id(), c.kind(), t, blocks(c.body()));
    }

    @Override
    public Block visit(Quote q) {
        Message t = msg(q.text());
        return new Quote(q.id(), t, msg(q.source()), q.referenceId());
    }

    @Override
    public Block visit(Figure fig) {
        Message alt = msg(fig.alt());
        Message cap = msg(fig.caption());
        return new Figure(fig.id(), fig.src(), alt, fig.decorative(), cap, msg(fig.credit()));
    }

    @Override
    public Block visit(Table t) {
        Message cap = msg(t.caption());
        List<Message> header = msgs(t.header());
        List<List<Message>> rows = new ArrayList<>();
        for (List<Message> row : t.rows()) rows.add(msgs(row));
        return new Table(t.id(), cap, header, rows, t.rowHeaders());
    }

    @Override
    public Block visit(RelatedLink r) {
        Message t = msg(r.title());
        return new RelatedLink(r.id(), r.kind(), r.href(), t, msg(r.description()));
    }
}
