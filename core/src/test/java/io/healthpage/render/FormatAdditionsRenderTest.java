package io.healthpage.render;

import static io.healthpage.render.TestArticles.EN;
import static io.healthpage.render.TestArticles.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.ListItem;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import jakarta.json.JsonObject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What issue 14 added to the format, on the page and in the JSON-LD: a reviewer given by role only, a numbered
 * item that is a title alone, a reference with an updated year. Nothing is made up and nothing is left empty.
 */
class FormatAdditionsRenderTest {
    private static Article article() {
        return Article.builder("adds", EN).title(m("title", "Side effects"))
                .reviewer(Person.byRole("pharmacist", PersonKind.PERSON, m("person.pharmacist.role", "Pharmacist"))
                        .credentials(m("person.pharmacist.credentials", "Hospital pharmacy")).build())
                .reviewer(Person.byRole("board", PersonKind.ORGANIZATION, m("person.board.role", "Ethics board")).build())
                .lead(new NumberedList("risks", List.of(new ListItem(m("lead.risks.item.1.title", "Nausea"), null),
                        new ListItem(m("lead.risks.item.2.title", "Dissociation"), m("lead.risks.item.2.body", "Feeling detached.")))))
                .reference(Reference.builder("who", "Guideline").year(2019).updated(2023).build())
                .build();
    }

    @Test
    void aReviewerGivenByRoleOnlyShowsTheRoleWhereTheNameWillBe() {
        RenderResult out = HtmlRenderer.builder().build().render(article());
        assertEquals(List.of(), out.problems());
        Document d = Jsoup.parse(out.html());
        Element byline = d.selectFirst("p:contains(Medically reviewed by)");
        assertEquals("Medically reviewed by Pharmacist, Hospital pharmacy and Ethics board", byline.text().replace('\u00A0', ' '));
        // the role is a translated text, not a name: no translate="no", no bidi isolate for a name
        Element role = byline.selectFirst(".hp-person");
        assertEquals("span", role.tagName());
        assertFalse(role.hasAttr("translate"), role.outerHtml());
        assertTrue(d.select("bdi").isEmpty(), "no empty name isolate: " + byline.outerHtml());
    }

    @Test
    void aNumberedItemThatIsATitleAloneHasNoEmptyBody() {
        Element ol = Jsoup.parse(HtmlRenderer.builder().build().render(article()).html()).selectFirst("ol.hp-numbered");
        Element first = ol.child(0);
        assertEquals(1, first.children().size(), first.outerHtml());
        assertEquals("Nausea", first.text());
        assertEquals(2, ol.child(1).children().size(), ol.child(1).outerHtml());
        assertEquals("Dissociation Feeling detached.", ol.child(1).text());
    }

    @Test
    void theJsonLdMakesUpNoNameAndCarriesTheUpdatedYear() {
        JsonObject o = JsonLdRendererTest.parse(JsonLdRenderer.create().render(article()));
        JsonObject pharmacist = o.getJsonArray("reviewedBy").getJsonObject(0);
        assertEquals("Person", pharmacist.getString("@type"));
        assertFalse(pharmacist.containsKey("name"), pharmacist.toString());
        assertEquals("Pharmacist", pharmacist.getString("jobTitle"));
        assertEquals("Hospital pharmacy", pharmacist.getString("description"));
        JsonObject board = o.getJsonArray("reviewedBy").getJsonObject(1);
        assertFalse(board.containsKey("name"), board.toString());
        assertNull(board.get("jobTitle"), "jobTitle is a Person property");
        assertEquals("Ethics board", board.getString("description"));
        JsonObject citation = o.getJsonArray("citation").getJsonObject(0);
        assertEquals("2019", citation.getString("datePublished"));
        assertEquals("2023", citation.getString("dateModified"));
    }
}
