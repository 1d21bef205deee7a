package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.Quote;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks an article in document order and records every message, block and section with its JSON
 * Pointer in the article format ({@code docs/article-format.md}), its section and its role. Pointers
 * use array indices, which is what the reader reports too.
 */
final class ArticleWalker {
    /** What a message is on the page. */
    enum Role {
        TITLE, DESCRIPTION, HEADING, CALLOUT_TITLE, QUESTION, TAKEAWAY, PARAGRAPH, LIST_ITEM, QUOTE,
        ALT, CAPTION, TABLE, LINK_TITLE, NOTICE, META;

        /** Running prose, the text the readability formulas and sentence rules read. */
        boolean isProse() {
            return this == TAKEAWAY || this == PARAGRAPH || this == LIST_ITEM || this == QUOTE;
        }
    }

    record Unit(Message message, String pointer, String sectionId, Role role) {}

    record BlockAt(Block block, String pointer, String sectionId, int level) {}

    record SectionAt(Section section, String pointer, int level) {}

    final List<Unit> units = new ArrayList<>();
    final List<BlockAt> blocks = new ArrayList<>();
    final List<SectionAt> sections = new ArrayList<>();

    ArticleWalker(Article a) {
        unit(a.title(), "/title", null, Role.TITLE);
        unit(a.description(), "/description", null, Role.DESCRIPTION);
        for (int i = 0; i < a.breadcrumbs().size(); i++) unit(a.breadcrumbs().get(i).label(), "/breadcrumbs/" + i + "/label", null, Role.META);
        people(a.authors(), "/authors");
        people(a.reviewers(), "/reviewers");
        unit(a.disclosure(), "/disclosure", null, Role.NOTICE);
        unit(a.disclaimer(), "/disclaimer", null, Role.NOTICE);
        for (int i = 0; i < a.topics().size(); i++) unit(a.topics().get(i).name(), "/topics/" + i + "/name", null, Role.META);
        if (a.license() != null) unit(a.license().attribution(), "/license/attribution", null, Role.META);
        for (int i = 0; i < a.takeaways().size(); i++) unit(a.takeaways().get(i), "/takeaways/" + i, null, Role.TAKEAWAY);
        blocks(a.lead(), "/lead", null, 1);
        for (int i = 0; i < a.sections().size(); i++) section(a.sections().get(i), "/sections/" + i, 2);
        for (int i = 0; i < a.faq().size(); i++) {
            FaqItem q = a.faq().get(i);
            unit(q.question(), "/faq/" + i + "/question", null, Role.QUESTION);
            blocks(q.answer(), "/faq/" + i + "/answer", null, 3);
        }
        for (int i = 0; i < a.glossary().size(); i++) {
            Term t = a.glossary().get(i);
            String p = "/glossary/" + i;
            unit(t.text(), p + "/text", null, Role.META);
            unit(t.expansion(), p + "/expansion", null, Role.META);
            unit(t.definition(), p + "/definition", null, Role.META);
        }
    }

    private void people(List<Person> ps, String base) {
        for (int i = 0; i < ps.size(); i++) {
            Person p = ps.get(i);
            unit(p.credentials(), base + "/" + i + "/credentials", null, Role.META);
            unit(p.role(), base + "/" + i + "/role", null, Role.META);
            unit(p.bio(), base + "/" + i + "/bio", null, Role.META);
        }
    }

    private void section(Section s, String p, int level) {
        sections.add(new SectionAt(s, p, level));
        unit(s.heading(), p + "/heading", s.id(), Role.HEADING);
        blocks(s.blocks(), p + "/blocks", s.id(), level);
        for (int i = 0; i < s.subsections().size(); i++) section(s.subsections().get(i), p + "/subsections/" + i, level + 1);
    }

    /** {@code level} is the heading level of the container; a callout title is one deeper. */
    private void blocks(List<Block> bs, String base, String sectionId, int level) {
        for (int i = 0; i < bs.size(); i++) {
            Block b = bs.get(i);
            String p = base + "/" + i;
            blocks.add(new BlockAt(b, p, sectionId, level));
            b.accept(new BlockUnits(p, sectionId, level));
        }
    }

    /** Records the messages of one block at pointer {@code p}. */
    private final class BlockUnits implements BlockVisitor<Void> {
        private final String p;
        private final String sectionId;
        private final int level;

        BlockUnits(String p, String sectionId, int level) {
            this.p = p;
            this.sectionId = sectionId;
            this.level = level;
        }

        @Override
        public Void visit(Paragraph para) {
            unit(para.text(), p + "/text", sectionId, Role.PARAGRAPH);
            return null;
        }

        @Override
        public Void visit(BulletList l) {
            for (int j = 0; j < l.items().size(); j++) unit(l.items().get(j), p + "/items/" + j, sectionId, Role.LIST_ITEM);
            return null;
        }

        @Override
        public Void visit(NumberedList l) {
            for (int j = 0; j < l.items().size(); j++) {
                ListItem it = l.items().get(j);
                unit(it.title(), p + "/items/" + j + "/title", sectionId, Role.LIST_ITEM);
                unit(it.body(), p + "/items/" + j + "/body", sectionId, Role.LIST_ITEM);
            }
            return null;
        }

        @Override
        public Void visit(Callout c) {
            unit(c.title(), p + "/title", sectionId, Role.CALLOUT_TITLE);
            blocks(c.body(), p + "/body", sectionId, level + 1);
            return null;
        }

        @Override
        public Void visit(Quote q) {
            unit(q.text(), p + "/text", sectionId, Role.QUOTE);
            unit(q.source(), p + "/source", sectionId, Role.META);
            return null;
        }

        @Override
        public Void visit(Figure f) {
            unit(f.alt(), p + "/alt", sectionId, Role.ALT);
            unit(f.caption(), p + "/caption", sectionId, Role.CAPTION);
            unit(f.credit(), p + "/credit", sectionId, Role.META);
            return null;
        }

        @Override
        public Void visit(Table t) {
            unit(t.caption(), p + "/caption", sectionId, Role.CAPTION);
            for (int j = 0; j < t.header().size(); j++) unit(t.header().get(j), p + "/header/" + j, sectionId, Role.TABLE);
            for (int r = 0; r < t.rows().size(); r++) {
                List<Message> row = t.rows().get(r);
                for (int c = 0; c < row.size(); c++) unit(row.get(c), p + "/rows/" + r + "/" + c, sectionId, Role.TABLE);
            }
            return null;
        }

        @Override
        public Void visit(RelatedLink r) {
            unit(r.title(), p + "/title", sectionId, Role.LINK_TITLE);
            unit(r.description(), p + "/description", sectionId, Role.META);
            return null;
        }
    }

    private void unit(Message m, String pointer, String sectionId, Role role) {
        if (m != null) units.add(new Unit(m, pointer, sectionId, role));
    }
}
