package io.healthpage.render;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A small article using every part of the model, built in code. */
final class TestArticles {
    static final Locale EN = Locale.ENGLISH;

    private TestArticles() {}

    static Message m(String key, String text) {
        return Message.of(key, text, EN);
    }

    static Article sample() {
        return Article.builder("sample", EN)
                .title(m("title", "How long does relief last?"))
                .description(m("description", "A short answer."))
                .breadcrumb(new Breadcrumb(m("breadcrumb.1", "Home"), "/"))
                .breadcrumb(new Breadcrumb(m("breadcrumb.2", "How long does relief last?"), "/articles/sample"))
                .author(Person.builder("team", PersonKind.ORGANIZATION, "Example Health Editorial Team")
                        .url("https://example.org/team").build())
                .reviewer(Person.builder("panel", PersonKind.ORGANIZATION, "Example Clinical Review Panel")
                        .credentials(m("person.panel.credentials", "Physicians and pharmacists")).build())
                .dates(new ArticleDates(LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1)))
                .disclosure(m("disclosure", "Drafted with AI help and checked by editors."))
                .disclaimer(m("disclaimer", "This is not medical advice."))
                .takeaway(m("takeaway.1", "Relief is short."))
                .lead(new Paragraph("intro", m("lead.intro", "<term:nmda>NMDA</term:nmda> receptors matter.<cite:ncbi/>")))
                .section(new Section("what", m("section.what.heading", "What is it?"), List.of(
                        new Paragraph("p1", m("section.what.p1", "It blocks <term:nmda>NMDA</term:nmda>. See <link:nih>the NIH page</link:nih>.<cite:ncbi/>")),
                        new BulletList("b1", List.of(m("section.what.b1.item.1", "One"), m("section.what.b1.item.2", "Two"))),
                        new NumberedList("risks", List.of(new ListItem(m("risk.1.title", "Dissociation"), m("risk.1.body", "Feeling detached.")))),
                        new Callout("warn", CalloutKind.WARNING, m("section.what.warn.title", "Only with a doctor"),
                                List.of(new Paragraph("wp", m("section.what.warn.body.wp", "Do not drive.")))),
                        Figure.builder("/img/a.png")
                                .id("fig").alt(m("section.what.fig.alt", "A diagram of a receptor"))
                                .caption(m("section.what.fig.caption", "A receptor")).build(),
                        new Table("tbl", m("section.what.tbl.caption", "Doses"), List.of(m("h1", "Form"), m("h2", "Time")),
                                List.of(List.of(m("r1c1", "Infusion"), m("r1c2", "Hours"))), true),
                        new RelatedLink("rel", RelatedKind.READ_MORE, "/articles/other", m("section.what.rel.title", "Other pain treatments"), null)),
                        List.of(new Section("sub", m("section.sub.heading", "A detail"), List.of(
                                new Callout("tip", CalloutKind.TIP, null, List.of(new Paragraph("tp", m("section.sub.tip.body.tp", "Ask.")))))
                                , List.of()))))
                .faq(new FaqItem("q1", m("faq.q1.question", "Is it safe?"), List.of(new Paragraph("a", m("faq.q1.answer.a", "Under care.")))))
                .reference(Reference.builder("ncbi", "Ketamine in Acute and Chronic Pain Management")
                        .container("StatPearls").publisher("NCBI Bookshelf").year(2022)
                        .url("https://www.ncbi.nlm.nih.gov/books/NBK539824/").accessed(LocalDate.of(2026, 11, 1)).build())
                .term(Term.builder("nmda", TermKind.ABBREVIATION, m("term.nmda.text", "NMDA"))
                        .expansion(m("term.nmda.expansion", "N-methyl-D-aspartate"))
                        .definition(m("term.nmda.definition", "A receptor in the brain.")).doNotTranslate(true).build())
                .link(new LinkTarget("nih", "https://www.nih.gov/"))
                .build();
    }
}
