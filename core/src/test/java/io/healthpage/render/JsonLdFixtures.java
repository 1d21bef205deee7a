package io.healthpage.render;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Audience;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Code;
import io.healthpage.model.CodingSystem;
import io.healthpage.model.FaqItem;
import io.healthpage.model.License;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.Topic;
import io.healthpage.model.TopicKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Articles for the JSON-LD tests, built with the public model API. */
final class JsonLdFixtures {
    static final Locale EN = Locale.ENGLISH;

    private JsonLdFixtures() {}

    static Message msg(String key, String pattern) {
        return Message.of(key, pattern, EN);
    }

    /** A full article touching every property the renderer emits. */
    static Article.Builder full() {
        return Article.builder("ketamine-pain-relief", EN)
                .canonicalUrl("https://example.org/health/ketamine-pain-relief")
                .title(msg("title", "How long does <em>ketamine</em> pain relief last?"))
                .description(msg("description", "What the studies say about how long relief lasts."))
                .breadcrumb(new Breadcrumb(msg("breadcrumb.1", "Home"), "/"))
                .breadcrumb(new Breadcrumb(msg("breadcrumb.2", "Pain"), "pain/"))
                .breadcrumb(new Breadcrumb(msg("breadcrumb.3", "Ketamine"), "ketamine-pain-relief"))
                .author(Person.builder("editorial-team", PersonKind.ORGANIZATION, "Example Health Editorial Team")
                        .credentials(msg("author.editorial-team.credentials", "Health writers and editors"))
                        .role(msg("author.editorial-team.role", "Editorial team")).url("/about/editorial-team").build())
                .reviewer(Person.builder("reviewer", PersonKind.PERSON, "Example Reviewer")
                        .credentials(msg("reviewer.credentials",
                                "MD, board-certified in <strong>internal medicine</strong>"))
                        .role(msg("reviewer.role", "Medical reviewer")).url("https://example.org/people/reviewer")
                        .bio(msg("reviewer.bio", "Reviews articles on pain.")).build())
                .dates(new ArticleDates(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 1, 15),
                        LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10)))
                .audience(Audience.PATIENT)
                .audience(Audience.CAREGIVER)
                .audience(Audience.CLINICIAN)
                .topic(new Topic("ketamine", TopicKind.DRUG, msg("topic.ketamine", "Ketamine"),
                        List.of(new Code(CodingSystem.ATC, "N01AX03"), new Code(CodingSystem.RXNORM, "6130"))))
                .topic(new Topic("chronic-pain", TopicKind.CONDITION, msg("topic.chronic-pain", "Chronic pain"),
                        List.of(new Code(CodingSystem.ICD_10, "G89.2"))))
                .topic(new Topic("infusion", TopicKind.PROCEDURE, msg("topic.infusion", "Ketamine infusion"), List.of()))
                .reference(Reference.builder("trial", "Ketamine for chronic pain: a trial")
                        .authors(List.of("Doe J", "Roe R")).container("Pain Journal").year(2019)
                        .url("https://example.org/trial").doi("10.1000/xyz#1 a").pmid("31234567").build())
                .reference(Reference.builder("bookshelf", "Ketamine")
                        .publisher("NCBI Bookshelf").year(2022).url("https://www.ncbi.nlm.nih.gov/books/NBK470357/")
                        .accessed(LocalDate.of(2026, 1, 2)).build())
                .reference(Reference.builder("doi-only", "Ketamin bei Schmerzen")
                        .authors(List.of("Example Group")).doi("doi:10.1000/abc").language(Locale.GERMAN).build())
                .license(new License("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
                        msg("license.attribution", "Text by Example Health, CC BY 4.0")))
                .faq(new FaqItem("how-long", msg("faq.how-long.q", "How long does relief last?"),
                        List.of(new Paragraph(null, Message.builder("faq.how-long.a", "Often {d} after an infusion.", EN)
                                        .arg("d", new RangeArg(BigDecimal.valueOf(1), BigDecimal.valueOf(3), "week")).build()),
                                new BulletList(null, List.of(msg("faq.how-long.l1", "It varies"),
                                        msg("faq.how-long.l2", "Ask your doctor"))))))
                .faq(new FaqItem("risks", msg("faq.risks.q", "What are the risks?"),
                        List.of(new NumberedList(null, List.of(
                                new ListItem(msg("faq.risks.1.t", "Dissociation"), msg("faq.risks.1.b", "Feeling detached.")),
                                new ListItem(null, msg("faq.risks.2.b", "Raised blood pressure.")))))));
    }
}
