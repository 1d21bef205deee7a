package io.healthpage.render;

import static io.healthpage.render.JsonLdFixtures.EN;
import static io.healthpage.render.JsonLdFixtures.full;
import static io.healthpage.render.JsonLdFixtures.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.License;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.text.MessageFormatter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class JsonLdRendererTest {
    private final JsonLdRenderer renderer = JsonLdRenderer.create();

    static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    private JsonObject render(Article a) {
        return parse(renderer.render(a));
    }

    private static Article minimal(Message title) {
        return Article.builder("a", EN).title(title).build();
    }

    // ---- the page ----------------------------------------------------------------------------

    @Test
    void pageHasContextTypeLanguageTitleDescriptionAndUrl() {
        JsonObject o = render(full().build());
        assertEquals("https://schema.org", o.getString("@context"));
        assertEquals("MedicalWebPage", o.getString("@type"));
        assertEquals("en", o.getString("inLanguage"));
        // the <em> tag of the title pattern is gone: plain text only
        assertEquals("How long does ketamine pain relief last?", o.getString("headline"));
        assertEquals("How long does ketamine pain relief last?", o.getString("name"));
        assertEquals("What the studies say about how long relief lasts.", o.getString("description"));
        assertEquals("https://example.org/health/ketamine-pain-relief", o.getString("url"));
    }

    @Test
    void minimalArticleHasOnlyWhatItHas() {
        JsonObject o = render(minimal(msg("title", "Title")));
        assertEquals(List.of("@context", "@type", "inLanguage", "headline", "name"), List.copyOf(o.keySet()));
    }

    @Test
    void outputIsCompactAndKeepsNonAsciiAsUtf8Text() {
        Article a = Article.builder("a", Locale.forLanguageTag("ar"))
                .title(Message.of("title", "كم تدوم راحة الألم؟", Locale.forLanguageTag("ar"))).build();
        String json = renderer.render(a);
        assertFalse(json.contains("\n"), json);
        assertFalse(json.contains(": "), json);
        assertTrue(json.contains("\"headline\":\"كم تدوم راحة الألم؟\""), json);
        assertEquals("ar", parse(json).getString("inLanguage"));
    }

    @Test
    void localizedArticleGivesItsOwnLanguage() {
        Locale es = Locale.forLanguageTag("es");
        Article a = full().build().mapMessages(m -> m.withText("ES " + m.pattern(), es, TextStatus.TRANSLATED))
                .toBuilder().locale(es).build();
        JsonObject o = render(a);
        assertEquals("es", o.getString("inLanguage"));
        assertEquals("ES How long does ketamine pain relief last?", o.getString("headline"));
        JsonObject q = o.getJsonObject("hasPart").getJsonArray("mainEntity").getJsonObject(0);
        assertEquals("ES How long does relief last?", q.getString("name"));
        // the range argument is formatted for Spanish (CLDR: "1-3 semanas")
        assertTrue(q.getJsonObject("acceptedAnswer").getString("text").startsWith("ES Often 1-3 semanas"),
                q.toString());
    }

    @Test
    void scriptSubtagsSurviveInLanguage() {
        Locale zh = Locale.forLanguageTag("zh-Hans-CN");
        Article a = Article.builder("a", zh).title(Message.of("title", "标题", zh)).build();
        assertEquals("zh-Hans-CN", render(a).getString("inLanguage"));
    }

    // ---- people ------------------------------------------------------------------------------

    @Test
    void authorsAndReviewersArePeopleOrOrganizationsWithCredentialsAsText() {
        JsonObject o = render(full().build());
        JsonObject author = o.getJsonArray("author").getJsonObject(0);
        assertEquals("Organization", author.getString("@type"));
        assertEquals("Example Health Editorial Team", author.getString("name"));
        assertEquals("https://example.org/about/editorial-team", author.getString("url"));
        assertEquals("Health writers and editors", author.getString("description"));
        assertFalse(author.containsKey("jobTitle"), "jobTitle is a Person property, not an Organization one");

        JsonObject reviewer = o.getJsonArray("reviewedBy").getJsonObject(0);
        assertEquals("Person", reviewer.getString("@type"));
        assertEquals("Example Reviewer", reviewer.getString("name"));
        assertEquals("https://example.org/people/reviewer", reviewer.getString("url"));
        assertEquals("Medical reviewer", reviewer.getString("jobTitle"));
        assertEquals("MD, board-certified in internal medicine", reviewer.getString("description"));
        assertFalse(reviewer.toString().contains("Reviews articles on pain"), "the bio is not emitted");
    }

    // ---- dates -------------------------------------------------------------------------------

    @Test
    void datesAreIsoDates() {
        JsonObject o = render(full().build());
        assertEquals("2025-03-01", o.getString("datePublished"));
        assertEquals("2026-01-15", o.getString("dateModified"));
        assertEquals("2026-01-10", o.getString("lastReviewed"));
        assertFalse(o.toString().contains("2027-01-10"), "schema.org has no next-review property: not emitted");
    }

    @Test
    void missingDatesAreLeftOut() {
        Article a = full().dates(new ArticleDates(null, null, LocalDate.of(2024, 12, 31), null)).build();
        JsonObject o = render(a);
        assertFalse(o.containsKey("datePublished"));
        assertFalse(o.containsKey("dateModified"));
        assertEquals("2024-12-31", o.getString("lastReviewed"));
    }

    // ---- breadcrumb --------------------------------------------------------------------------

    @Test
    void breadcrumbIsListOfListItemsResolvedAgainstTheCanonicalUrl() {
        JsonObject bc = render(full().build()).getJsonObject("breadcrumb");
        assertEquals("BreadcrumbList", bc.getString("@type"));
        JsonArray items = bc.getJsonArray("itemListElement");
        assertEquals(3, items.size());
        String[][] expected = {
            {"Home", "https://example.org/"},
            {"Pain", "https://example.org/health/pain/"},
            {"Ketamine", "https://example.org/health/ketamine-pain-relief"},
        };
        for (int i = 0; i < 3; i++) {
            JsonObject item = items.getJsonObject(i);
            assertEquals("ListItem", item.getString("@type"));
            assertEquals(i + 1, item.getInt("position"));
            assertEquals(JsonValue.ValueType.NUMBER, item.get("position").getValueType());
            assertEquals(expected[i][0], item.getString("name"));
            assertEquals(expected[i][1], item.getString("item"));
        }
    }

    @Test
    void configuredBaseUrlWinsOverTheCanonicalUrl() {
        JsonLdRenderer r = JsonLdRenderer.builder().baseUrl("https://cdn.example.com/site/").build();
        JsonObject o = parse(r.render(full().canonicalUrl("ketamine").build()));
        assertEquals("https://cdn.example.com/site/ketamine", o.getString("url"));
        JsonArray items = o.getJsonObject("breadcrumb").getJsonArray("itemListElement");
        assertEquals("https://cdn.example.com/", items.getJsonObject(0).getString("item"));
        assertEquals("https://cdn.example.com/site/pain/", items.getJsonObject(1).getString("item"));
        assertEquals("https://cdn.example.com/about/editorial-team",
                o.getJsonArray("author").getJsonObject(0).getString("url"));
    }

    @Test
    void resolutionFollowsRfc3986() {
        // RFC 3986 section 5.4 examples, base "http://a/b/c/d;p?q"
        JsonLdRenderer r = JsonLdRenderer.builder().baseUrl("http://a/b/c/d;p?q").build();
        String[][] cases = {
            {"g", "http://a/b/c/g"}, {"./g", "http://a/b/c/g"}, {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},
            {"//g", "http://g"}, {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
            {"../g", "http://a/b/g"}, {"../..", "http://a/"}, {"https://other.org/x", "https://other.org/x"},
        };
        Article.Builder b = Article.builder("a", EN).title(msg("t", "T"));
        for (int i = 0; i < cases.length; i++) b.breadcrumb(new Breadcrumb(msg("b." + i, "B" + i), cases[i][0]));
        JsonArray items = parse(r.render(b.build())).getJsonObject("breadcrumb").getJsonArray("itemListElement");
        for (int i = 0; i < cases.length; i++) {
            assertEquals(cases[i][1], items.getJsonObject(i).getString("item"), "href " + cases[i][0]);
        }
    }

    @Test
    void hostOnlyBaseGetsARootPath() {
        // java.net.URI alone would resolve "pain" against "https://example.org" to "https://example.orgpain"
        JsonLdRenderer r = JsonLdRenderer.builder().baseUrl("https://example.org").build();
        Article a = Article.builder("a", EN).title(msg("t", "T")).breadcrumb(new Breadcrumb(msg("b", "B"), "pain")).build();
        assertEquals("https://example.org/pain", parse(r.render(a)).getJsonObject("breadcrumb")
                .getJsonArray("itemListElement").getJsonObject(0).getString("item"));
    }

    @Test
    void withoutAnyBaseRelativeHrefsStayRelative() {
        JsonObject o = render(full().canonicalUrl(null).build());
        assertFalse(o.containsKey("url"));
        JsonArray items = o.getJsonObject("breadcrumb").getJsonArray("itemListElement");
        assertEquals("/", items.getJsonObject(0).getString("item"));
        assertEquals("pain/", items.getJsonObject(1).getString("item"));
    }

    @Test
    void badBaseUrlIsRejectedWithAnExample() {
        for (String bad : new String[] {"example.org/health", "ftp://example.org/", "javascript:alert(1)", "https:///x", "http://a b/"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> JsonLdRenderer.builder().baseUrl(bad), bad);
            assertTrue(e.getMessage().contains(bad.strip()), e.getMessage());
        }
    }

    // ---- topics and codes --------------------------------------------------------------------

    @Test
    void aboutHasTypedTopicsWithMedicalCodes() {
        JsonArray about = render(full().build()).getJsonArray("about");
        assertEquals(3, about.size());
        JsonObject drug = about.getJsonObject(0);
        assertEquals("Drug", drug.getString("@type"));
        assertEquals("Ketamine", drug.getString("name"));
        JsonArray codes = drug.getJsonArray("code");
        assertEquals(2, codes.size());
        assertEquals("MedicalCode", codes.getJsonObject(0).getString("@type"));
        assertEquals("N01AX03", codes.getJsonObject(0).getString("codeValue"));
        assertEquals("ATC", codes.getJsonObject(0).getString("codingSystem"));
        assertEquals("6130", codes.getJsonObject(1).getString("codeValue"));
        assertEquals("RxNorm", codes.getJsonObject(1).getString("codingSystem"));

        JsonObject condition = about.getJsonObject(1);
        assertEquals("MedicalCondition", condition.getString("@type"));
        assertEquals("G89.2", condition.getJsonArray("code").getJsonObject(0).getString("codeValue"));
        assertEquals("ICD-10", condition.getJsonArray("code").getJsonObject(0).getString("codingSystem"));

        JsonObject procedure = about.getJsonObject(2);
        assertEquals("MedicalProcedure", procedure.getString("@type"));
        assertEquals("Ketamine infusion", procedure.getString("name"));
        assertFalse(procedure.containsKey("code"));
    }

    // ---- audience ----------------------------------------------------------------------------

    @Test
    void audiencesUseSchemaOrgTypes() {
        JsonArray aud = render(full().build()).getJsonArray("audience");
        assertEquals(3, aud.size());
        assertEquals(parse("{\"@type\":\"Patient\"}"), aud.getJsonObject(0));
        assertEquals(parse("{\"@type\":\"PeopleAudience\",\"audienceType\":\"caregiver\"}"), aud.getJsonObject(1));
        assertEquals(parse("{\"@type\":\"MedicalAudience\",\"audienceType\":\"Clinician\"}"), aud.getJsonObject(2));
    }

    // ---- citations ---------------------------------------------------------------------------

    @Test
    void citationWithPmidIsMedicalScholarlyArticleWithAllFields() {
        JsonObject c = render(full().build()).getJsonArray("citation").getJsonObject(0);
        assertEquals("MedicalScholarlyArticle", c.getString("@type"));
        assertEquals("Ketamine for chronic pain: a trial", c.getString("name"));
        assertEquals(List.of("Doe J", "Roe R"), c.getJsonArray("author").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("2019", c.getString("datePublished"));
        assertEquals("Pain Journal", c.getJsonObject("isPartOf").getString("name"));
        assertEquals("https://example.org/trial", c.getString("url"));
        // '#' is %23 and ' ' is %20: the DOI "10.1000/xyz#1 a" must not lose its suffix to a fragment
        assertEquals("https://doi.org/10.1000/xyz%231%20a", c.getString("sameAs"));
        JsonArray ids = c.getJsonArray("identifier");
        assertEquals(parse("{\"@type\":\"PropertyValue\",\"propertyID\":\"PMID\",\"value\":\"31234567\"}"), ids.getJsonObject(0));
        assertEquals(parse("{\"@type\":\"PropertyValue\",\"propertyID\":\"DOI\",\"value\":\"10.1000/xyz#1 a\"}"), ids.getJsonObject(1));
        assertFalse(c.containsKey("inLanguage"));
    }

    @Test
    void citationWithoutIdsIsCreativeWorkWithPublisher() {
        JsonObject c = render(full().build()).getJsonArray("citation").getJsonObject(1);
        assertEquals("CreativeWork", c.getString("@type"));
        assertEquals("Ketamine", c.getString("name"));
        assertEquals("NCBI Bookshelf", c.getJsonObject("publisher").getString("name"));
        assertEquals("Organization", c.getJsonObject("publisher").getString("@type"));
        assertEquals("2022", c.getString("datePublished"));
        assertEquals("https://www.ncbi.nlm.nih.gov/books/NBK470357/", c.getString("url"));
        assertFalse(c.containsKey("author"));
        assertFalse(c.containsKey("identifier"));
        assertFalse(c.containsKey("sameAs"));
    }

    @Test
    void citationWithOnlyDoiIsScholarlyArticleAndKeepsTheTitleLanguage() {
        JsonObject c = render(full().build()).getJsonArray("citation").getJsonObject(2);
        assertEquals("ScholarlyArticle", c.getString("@type"));
        assertEquals("https://doi.org/10.1000/abc", c.getString("sameAs"), "the doi: prefix is not doubled");
        assertEquals("de", c.getString("inLanguage"));
    }

    @Test
    void doiEncoding() {
        assertEquals("10.1000/%C3%A9t%C3%A9", JsonLdDocument.encodeDoi("10.1000/été"));
        assertEquals("10.1002/(SICI)1097-4571", JsonLdDocument.encodeDoi("10.1002/(SICI)1097-4571"));
        assertEquals("10.1000/a%3Cb%3E%22%25%3F", JsonLdDocument.encodeDoi("10.1000/a<b>\"%?"));
        assertEquals("10.1/x", JsonLdDocument.bareDoi(" https://doi.org/10.1/x "));
        assertEquals("10.1/x", JsonLdDocument.bareDoi("DOI:10.1/x"));
    }

    // ---- licence -----------------------------------------------------------------------------

    @Test
    void licenseIsTheUrlAndAttributionIsCreditText() {
        JsonObject o = render(full().build());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", o.getString("license"));
        assertEquals("Text by Example Health, CC BY 4.0", o.getString("creditText"));
    }

    @Test
    void licenseWithoutUrlIsNamedCreativeWork() {
        JsonObject o = render(full().license(new License("All rights reserved", null, null)).build());
        assertEquals(parse("{\"@type\":\"CreativeWork\",\"name\":\"All rights reserved\"}"), o.getJsonObject("license"));
        assertFalse(o.containsKey("creditText"));
    }

    // ---- FAQ ---------------------------------------------------------------------------------

    @Test
    void faqIsFaqPageWithQuestionsAndAcceptedAnswers() {
        JsonObject faq = render(full().build()).getJsonObject("hasPart");
        assertEquals("FAQPage", faq.getString("@type"));
        JsonArray qs = faq.getJsonArray("mainEntity");
        assertEquals(2, qs.size());
        JsonObject q1 = qs.getJsonObject(0);
        assertEquals("Question", q1.getString("@type"));
        assertEquals("How long does relief last?", q1.getString("name"));
        JsonObject a1 = q1.getJsonObject("acceptedAnswer");
        assertEquals("Answer", a1.getString("@type"));
        // paragraph, blank line, bullet items one per line; the range as CLDR English writes it (en dash)
        assertEquals("Often 1\u20133 weeks after an infusion.\n\n- It varies\n- Ask your doctor", a1.getString("text"));
        assertEquals("1. Dissociation: Feeling detached.\n2. Raised blood pressure.",
                qs.getJsonObject(1).getJsonObject("acceptedAnswer").getString("text"));
    }

    @Test
    void everyKindOfAnswerBlockBecomesPlainText() {
        List<io.healthpage.model.Block> answer = List.of(
                new io.healthpage.model.Callout(null, io.healthpage.model.CalloutKind.WARNING, msg("c.t", "Warning"),
                        List.of(new Paragraph(null, msg("c.b", "Do not drive.")))),
                new io.healthpage.model.Callout(null, io.healthpage.model.CalloutKind.NOTE, null,
                        List.of(new Paragraph(null, msg("c2.b", "Untitled note.")))),
                new io.healthpage.model.Quote(null, msg("q.t", "Relief can outlast the drug."), msg("q.s", "NIH"), null),
                new io.healthpage.model.Table(null, msg("t.c", "Doses"), List.of(msg("t.h1", "Route"), msg("t.h2", "Dose")),
                        List.of(List.of(msg("t.r1", "IV"), msg("t.r2", "0.5 mg/kg"))), true),
                Figure.builder("a.png").alt(msg("f.alt", "A chart")).caption(msg("f.cap", "Relief over time")).build(),
                Figure.builder("b.png").alt(msg("f2.alt", "Only alt")).build(),
                Figure.builder("c.png").decorative(true).build(),
                new io.healthpage.model.RelatedLink(null, io.healthpage.model.RelatedKind.READ_MORE, "/x",
                        msg("r.t", "Ketamine side effects"), null));
        Article a = Article.builder("a", EN).title(msg("t", "T"))
                .faq(new FaqItem("q", msg("q", "Q?"), answer)).build();
        String text = render(a).getJsonObject("hasPart").getJsonArray("mainEntity").getJsonObject(0)
                .getJsonObject("acceptedAnswer").getString("text");
        assertEquals("Warning\n\nDo not drive.\n\nUntitled note.\n\nRelief can outlast the drug. (NIH)\n\n"
                + "Doses\nRoute | Dose\nIV | 0.5 mg/kg\n\nRelief over time\n\nOnly alt\n\nKetamine side effects", text);
    }

    @Test
    void noFaqNoHasPart() {
        Article a = Article.builder("a", EN).title(msg("t", "T")).build();
        assertFalse(render(a).containsKey("hasPart"));
    }

    // ---- failures ----------------------------------------------------------------------------

    private static final String BROKEN = "{n, plural, one {# week}";

    @Test
    void brokenDescriptionIsLeftOutAndReported() {
        JsonLdRenderer.Result r = renderer.renderWithProblems(full().description(msg("description", BROKEN)).build());
        JsonObject o = parse(r.json());
        assertFalse(o.containsKey("description"));
        assertEquals("How long does ketamine pain relief last?", o.getString("headline"), "the rest is intact");
        assertEquals(1, r.problems().size(), r.problems().toString());
        String p = r.problems().get(0).message();
        assertTrue(p.startsWith("description: "), p);
        assertTrue(p.contains("'description'"), p);
        assertFalse(o.toString().contains("plural"), "the raw pattern is not used");
    }

    @Test
    void brokenTitleLeavesOutHeadlineAndName() {
        JsonLdRenderer.Result r = renderer.renderWithProblems(full().title(msg("title", "Bad <b>tag</b>")).build());
        JsonObject o = parse(r.json());
        assertFalse(o.containsKey("headline"));
        assertFalse(o.containsKey("name"));
        assertTrue(r.problems().get(0).message().startsWith("headline: "), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("<b>"), r.problems().toString());
    }

    @Test
    void missingArgumentIsReportedNotThrown() {
        Article a = full().description(Message.builder("description", "Lasts {d}.", EN).build()).build();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        assertFalse(parse(r.json()).containsKey("description"));
        assertTrue(r.problems().get(0).message().contains("{d}"), r.problems().toString());
    }

    @Test
    void brokenBreadcrumbLabelDropsTheWholeTrail() {
        Article a = full().breadcrumb(new Breadcrumb(msg("breadcrumb.4", BROKEN), "x")).build();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        assertFalse(parse(r.json()).containsKey("breadcrumb"));
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("breadcrumb.itemListElement[3].name")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("breadcrumb: left out")), r.problems().toString());
    }

    @Test
    void brokenQuestionDropsOnlyThatQuestion() {
        Article a = full().faq(new FaqItem("bad", msg("faq.bad.q", BROKEN), List.of(new Paragraph(null, msg("faq.bad.a", "A")))))
                .build();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        JsonArray qs = parse(r.json()).getJsonObject("hasPart").getJsonArray("mainEntity");
        assertEquals(2, qs.size());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("hasPart.mainEntity[2]: FAQ 'bad' left out")),
                r.problems().toString());
    }

    @Test
    void brokenAnswerBlockIsLeftOutOfTheAnswerText() {
        Article a = Article.builder("a", EN).title(msg("t", "T"))
                .faq(new FaqItem("q", msg("q", "Q?"), List.of(new Paragraph(null, msg("a1", BROKEN)),
                        new Paragraph(null, msg("a2", "Second.")))))
                .build();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        JsonObject ans = parse(r.json()).getJsonObject("hasPart").getJsonArray("mainEntity").getJsonObject(0)
                .getJsonObject("acceptedAnswer");
        assertEquals("Second.", ans.getString("text"));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("hasPart.mainEntity[0].acceptedAnswer.text"), r.problems().get(0).message());
    }

    @Test
    void cleanArticleHasNoProblems() {
        assertEquals(List.of(), renderer.renderWithProblems(full().build()).problems());
    }

    // ---- unsafe URLs -------------------------------------------------------------------------

    @Test
    void unsafeSchemesAreDroppedAndReportedEvenObfuscated() {
        String[] hostile = {
            "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
            "\u0001javascript:alert(1)", "javascript&#58;alert(1)", "javascript&colon;alert(1)",
            "&#106;avascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "file:///etc/passwd",
        };
        for (JsonLdRenderer r : new JsonLdRenderer[] {renderer, JsonLdRenderer.builder().baseUrl("https://example.org/").build()}) {
            Article.Builder b = Article.builder("a", EN).title(msg("t", "T"));
            for (int i = 0; i < hostile.length; i++) b.breadcrumb(new Breadcrumb(msg("b." + i, "B"), hostile[i]));
            b.author(Person.builder("p", PersonKind.PERSON, "P").url("javascript:alert(1)").build());
            b.reference(Reference.builder("r", "R").url("javascript:alert(1)").build());
            b.license(new License("L", "javascript:alert(1)", null));
            JsonLdRenderer.Result res = r.renderWithProblems(b.build());
            JsonObject o = parse(res.json());
            JsonArray items = o.getJsonObject("breadcrumb").getJsonArray("itemListElement");
            for (int i = 0; i < hostile.length; i++) {
                assertFalse(items.getJsonObject(i).containsKey("item"), "href " + hostile[i] + " -> " + items.getJsonObject(i));
            }
            assertFalse(o.getJsonArray("author").getJsonObject(0).containsKey("url"));
            assertFalse(o.getJsonArray("citation").getJsonObject(0).containsKey("url"));
            assertEquals("L", o.getJsonObject("license").getString("name"));
            assertEquals(hostile.length + 3, res.problems().size(), res.problems().toString());
            String lower = res.json().toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("script:") || lower.contains("data:") || lower.contains("file:"), res.json());
        }
    }

    @Test
    void safeSchemesPass() {
        Article a = Article.builder("a", EN).title(msg("t", "T"))
                .author(Person.builder("p", PersonKind.PERSON, "P").url("mailto:editor@example.org").build())
                .breadcrumb(new Breadcrumb(msg("b", "B"), "HTTPS://Example.org/x"))
                .build();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        JsonObject o = parse(r.json());
        assertEquals("mailto:editor@example.org", o.getJsonArray("author").getJsonObject(0).getString("url"));
        assertEquals("HTTPS://Example.org/x", o.getJsonObject("breadcrumb").getJsonArray("itemListElement")
                .getJsonObject(0).getString("item"));
        assertEquals(List.of(), r.problems());
    }

    // ---- script embedding --------------------------------------------------------------------

    private static final String BREAKOUT = "</script><script>alert(1)</script>";

    /** Hostile text through every way text reaches the document: message arguments, names, titles, codes. */
    private static Article hostile() {
        Message withArg = Message.builder("title", "Title {t}", EN).arg("t", new TextArg(BREAKOUT)).build();
        return full()
                .title(withArg)
                .description(msg("description", "Dose <5 mg & more > less \u2028 line \u2029 para"))
                .author(Person.builder("evil", PersonKind.PERSON, "<!--<script>").build())
                .reference(Reference.builder("evil", "<!-- </script")
                        .authors(List.of("</SCRIPT >")).publisher("A&B").doi("10.1/</script>").build())
                .build();
    }

    @Test
    void hostileTextReachesTheJsonUnescaped() {
        // proves the escaping test below is not vacuous: the hostile strings really are in the document
        String json = renderer.render(hostile());
        assertTrue(json.contains(BREAKOUT), json);
        assertTrue(json.contains("<!--"), json);
        assertTrue(json.contains("\u2028"), json);
        assertEquals("Title " + BREAKOUT, parse(json).getString("headline"));
    }

    @Test
    void forHtmlScriptCannotBreakOutOfTheScriptElement() {
        String safe = renderer.renderForHtmlScript(hostile());
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, safe.indexOf(c), "raw U+" + Integer.toHexString(c) + " in " + safe);
        }
        assertFalse(safe.toLowerCase(Locale.ROOT).contains("</script"), safe);
        assertFalse(safe.contains("<!--"), safe);
        assertTrue(safe.contains("Title \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), safe);
        assertTrue(safe.contains("Dose \\u003c5 mg \\u0026 more \\u003e less \\u2028 line \\u2029 para"), safe);
    }

    @Test
    void forHtmlScriptIsTheSameJsonValue() {
        Article a = hostile();
        JsonLdRenderer.Result r = renderer.renderWithProblems(a);
        assertNotEquals(r.json(), r.forHtmlScript());
        assertEquals(parse(r.json()), parse(r.forHtmlScript()));
        assertEquals(r.forHtmlScript(), renderer.renderForHtmlScript(a));
    }

    @Test
    void escapeLeavesOtherTextAlone() {
        String json = "{\"a\":\"é \\\"q\\\" / \\\\ 中\"}";
        assertEquals(json, JsonLdRenderer.escapeForScript(json));
        assertEquals("\\u003c\\u003e\\u0026\\u2028\\u2029x", JsonLdRenderer.escapeForScript("<>&\u2028\u2029x"));
    }

    // ---- sharing -----------------------------------------------------------------------------

    @Test
    void sharedFormatterAndConcurrentRendersGiveTheSameDocument() throws Exception {
        JsonLdRenderer r = JsonLdRenderer.builder().formatter(MessageFormatter.create()).build();
        Article a = full().build();
        String expected = r.render(a);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 40; i++) fs.add(pool.submit(() -> r.render(a)));
            for (Future<String> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullArticleIsRejected() {
        assertThrows(NullPointerException.class, () -> renderer.render(null));
    }
}
