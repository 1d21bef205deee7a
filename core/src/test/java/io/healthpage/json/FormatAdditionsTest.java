package io.healthpage.json;

import static io.healthpage.json.Docs.doc;
import static io.healthpage.json.Docs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What issue 14 added to the format: a reviewer given by role only, a reference with an "updated" year, a
 * numbered-list item with a title and no body. Read, written back, and refused where incomplete, with
 * line:column and pointer (columns counted by hand in the line after {@link Docs#HEAD}).
 */
class FormatAdditionsTest {
    private static final String ROLE_ONLY = " \"reviewers\": [{\"id\": \"pharmacist\", \"kind\": \"person\", \"role\": \"Pharmacist\"}]";
    private static final String UPDATED = " \"lead\": [{\"type\": \"paragraph\", \"text\": \"A fact.<cite:r/>\"}], "
            + "\"references\": [{\"id\": \"r\", \"title\": \"A guideline\", \"year\": 2019, \"updated\": 2023}]";
    private static final String TITLE_ONLY = " \"lead\": [{\"type\": \"numbered\", \"id\": \"risks\", \"items\": "
            + "[{\"title\": \"Nausea\"}, {\"title\": \"Dissociation\", \"body\": \"Feeling detached.\"}]}]";

    @Test
    void aReviewerMayBeGivenByRoleOnly() {
        Article a = ArticleJson.reader().read("t.json", doc(ROLE_ONLY));
        Person p = a.reviewers().get(0);
        assertNull(p.name());
        assertTrue(p.roleOnly());
        assertEquals("person.pharmacist.role", p.role().key());
        assertEquals("Pharmacist", p.role().pattern());
        assertTrue(a.messages().stream().anyMatch(m -> m.key().equals("person.pharmacist.role")), "the role is a text unit");
    }

    @Test
    void aReferenceMayHaveAnUpdatedYear() {
        Reference r = ArticleJson.reader().read("t.json", doc(UPDATED)).reference("r");
        assertEquals(2019, r.year());
        assertEquals(2023, r.updated());
    }

    @Test
    void aNumberedItemMayBeATitleAlone() {
        NumberedList l = (NumberedList) ArticleJson.reader().read("t.json", doc(TITLE_ONLY)).lead().get(0);
        ListItem nausea = l.items().get(0);
        assertEquals("lead.risks.item.1.title", nausea.title().key());
        assertNull(nausea.body());
        assertEquals("lead.risks.item.2.body", l.items().get(1).body().key());
    }

    @Test
    void eachIsWrittenBackAsItWasRead() {
        for (String line : List.of(ROLE_ONLY, UPDATED, TITLE_ONLY)) {
            Article a = ArticleJson.reader().read("t.json", doc(line));
            String written = ArticleJson.reader().write(a);
            assertEquals(a, ArticleJson.reader().read("w.json", written), written);
            assertEquals(written, ArticleJson.reader().write(ArticleJson.reader().read("w.json", written)));
        }
        String written = ArticleJson.reader().write(ArticleJson.reader().read("t.json", doc(ROLE_ONLY + ", " + UPDATED.substring(1)
                + ", \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"blocks\": [{\"type\": \"numbered\", \"items\": "
                + "[{\"title\": \"Nausea\"}]}]}]")));
        assertTrue(written.contains("\"role\": \"Pharmacist\""), written);
        assertFalse(written.contains("\"name\""), "no name is made up: " + written);
        assertTrue(written.contains("\"year\": 2019,\n      \"updated\": 2023"), written);
        assertTrue(written.contains("{\n              \"title\": \"Nausea\"\n            }"), written);
    }

    @Test
    void aPersonWithNeitherNameNorRoleIsALocatedError() {
        assertEquals(List.of("t.json:2:16 /reviewers/0: missing required field \"name\" (Give the name, or the role "
                        + "(\"role\": \"Pharmacist\") until the name is known.)"),
                problems(" \"reviewers\": [{\"id\": \"x\", \"kind\": \"person\"}]"));
    }

    @Test
    void anUpdatedYearWithoutAPublicationYearIsALocatedError() {
        assertEquals(List.of("t.json:2:54 /references/0/updated: an updated year needs the publication year "
                        + "(Add \"year\": the year the work was first published.)"),
                problems(" \"references\": [{\"id\": \"r\", \"title\": \"T\", \"updated\": 2023}]"));
    }

    @Test
    void anUpdatedYearBeforeThePublicationYearIsAValidationError() {
        assertEquals(List.of("t.json:2:68 /references/0/updated: updated year 2018 is before the publication year 2019 "
                        + "(a work is updated after it is published: check both years)"),
                problems(" \"references\": [{\"id\": \"r\", \"title\": \"T\", \"year\": 2019, \"updated\": 2018}]"));
        Article built = Article.builder("a", Locale.ENGLISH).title(Message.of("title", "T", Locale.ENGLISH))
                .reference(Reference.builder("r", "T").year(2019).updated(2018).build()).build();
        assertEquals("/references/0/updated", new ArticleValidator().validate(built).get(0).pointer());
    }

    @Test
    void aNumberedItemWithNeitherTitleNorBodyIsALocatedError() {
        assertEquals(List.of("t.json:2:42 /lead/0/items/0: missing required field \"body\" (An item needs a body, a title, or both.)"),
                problems(" \"lead\": [{\"type\": \"numbered\", \"items\": [{}]}]"));
    }

    @Test
    void theModelRefusesWhatTheFormatRefuses() {
        IllegalArgumentException person = assertThrows(IllegalArgumentException.class,
                () -> new Person("x", PersonKind.PERSON, null, null, null, null, null));
        assertEquals("person 'x' needs a name, or a role until the name is known", person.getMessage());
        assertThrows(NullPointerException.class, () -> Person.builder("x", PersonKind.PERSON, null));
        assertThrows(NullPointerException.class, () -> Person.byRole("x", PersonKind.PERSON, null));
        Person p = Person.byRole("x", PersonKind.PERSON, Message.of("person.x.role", "Pharmacist", Locale.ENGLISH)).build();
        assertTrue(p.roleOnly());
        assertThrows(IllegalArgumentException.class, () -> Reference.builder("r", "T").updated(2023).build());
        assertThrows(IllegalArgumentException.class, () -> Reference.builder("r", "T").year(2019).updated(23).build());
        assertThrows(IllegalArgumentException.class, () -> new ListItem(null, null));
    }
}
