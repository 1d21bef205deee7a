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
import io.healthpage.model.TextStatus;
import io.healthpage.model.Topic;
import io.healthpage.model.TopicKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
                .author(new Person("editorial-team", PersonKind.ORGANIZATION, "Example Health Editorial Team",
                        msg("author.editorial-team.credentials", "Health writers and editors"),
                        msg("author.editorial-team.role", "Editorial team"), "/about/editorial-team", null))
                .reviewer(new Person("reviewer", PersonKind.PERSON, "Example Reviewer",
                        msg("reviewer.credentials", "MD, board-certified in <strong>internal medicine</strong>"),
                        msg("reviewer.role", "Medical reviewer"), "https://example.org/people/reviewer",
                        msg("reviewer.bio", "Reviews articles on pain.")))
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
                .reference(new Reference("trial", List.of("Doe J", "Roe R"), "Ketamine for chronic pain: a trial",
                        "Pain Journal", null, 2019, "https://example.org/trial", "10.1000/xyz#1 a", "31234567", null, null))
                .reference(new Reference("bookshelf", List.of(), "Ketamine", null, "NCBI Bookshelf", 2022,
                        "https://www.ncbi.nlm.nih.gov/books/NBK470357/", null, null, LocalDate.of(2026, 1, 2), null))
                .reference(new Reference("doi-only", List.of("Example Group"), "Ketamin bei Schmerzen", null, null, null,
                        null, "doi:10.1000/abc", null, null, Locale.GERMAN))
                .license(new License("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
                        msg("license.attribution", "Text by Example Health, CC BY 4.0")))
                .faq(new FaqItem("how-long", msg("faq.how-long.q", "How long does relief last?"),
                        List.of(new Paragraph(null, new Message("faq.how-long.a", "Often {d} after an infusion.", null,
                                        Map.of("d", new RangeArg(BigDecimal.valueOf(1), BigDecimal.valueOf(3), "week")), EN,
                                        TextStatus.SOURCE)),
                                new BulletList(null, List.of(msg("faq.how-long.l1", "It varies"),
                                        msg("faq.how-long.l2", "Ask your doctor"))))))
                .faq(new FaqItem("risks", msg("faq.risks.q", "What are the risks?"),
                        List.of(new NumberedList(null, List.of(
                                new ListItem(msg("faq.risks.1.t", "Dissociation"), msg("faq.risks.1.b", "Feeling detached.")),
                                new ListItem(null, msg("faq.risks.2.b", "Raised blood pressure.")))))));
    }
}
