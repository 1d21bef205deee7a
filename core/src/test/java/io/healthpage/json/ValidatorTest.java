package io.healthpage.json;

import static io.healthpage.json.Docs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Quote;
import io.healthpage.model.Section;
import io.healthpage.model.TextArg;
import io.healthpage.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ArticleValidator}: through the reader (with line:column, counted by hand
 * in the input) and on built articles (pointer only).
 */
class ValidatorTest {

    @Test
    void duplicateSectionIdAcrossSubsections() {
        // the same id also makes the derived heading keys collide: both are reported
        assertEquals(List.of("t.json:2:66 /sections/0/subsections/0/id: duplicate section id \"s\" (first at /sections/0/id) "
                        + "(ids must be unique in the article: rename one)",
                "t.json:2:82 /sections/0/subsections/0/heading/key: duplicate message key \"section.s.heading\" "
                        + "(first at /sections/0/heading) (give one of them another explicit \"key\")"),
                problems(" \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"subsections\": [{\"id\": \"s\", \"heading\": \"I\"}]}]"));
    }

    @Test
    void duplicateBlockIdAnywhereInTheArticle() {
        assertEquals(List.of("t.json:2:139 /sections/0/blocks/0/id: duplicate block id \"p\" (first at /lead/0/id) "
                        + "(ids must be unique in the article: rename one)"),
                problems(" \"lead\": [{\"type\": \"paragraph\", \"id\": \"p\", \"text\": \"x\"}], \"sections\": [{\"id\": \"s\", "
                        + "\"heading\": \"H\", \"blocks\": [{\"type\": \"paragraph\", \"id\": \"p\", \"text\": \"y\"}]}]"));
    }

    @Test
    void duplicateFaqId() {
        List<String> p = problems(" \"faq\": [{\"id\": \"q\", \"question\": \"Q\", \"answer\": [{\"type\": \"paragraph\", \"text\": \"A\"}]}, "
                + "{\"id\": \"q\", \"question\": \"R\", \"answer\": [{\"type\": \"paragraph\", \"text\": \"B\"}]}]");
        // the same id also makes the derived keys collide; both are reported
        assertEquals("t.json:2:95 /faq/1/id: duplicate FAQ item id \"q\" (first at /faq/0/id) "
                + "(ids must be unique in the article: rename one)", p.get(0));
        assertTrue(p.get(1).contains("duplicate message key \"faq.q.question\""), p.toString());
    }

    @Test
    void duplicateReferenceId() {
        assertEquals(List.of("t.json:2:51 /references/1/id: duplicate reference id \"r\" (first at /references/0/id) "
                        + "(ids must be unique in the article: rename one)"),
                problems(" \"references\": [{\"id\": \"r\", \"title\": \"A\"}, {\"id\": \"r\", \"title\": \"B\"}]"));
    }

    @Test
    void duplicateTermId() {
        List<String> p = problems(" \"glossary\": [{\"id\": \"t\", \"kind\": \"term\", \"text\": \"A\"}, "
                + "{\"id\": \"t\", \"kind\": \"drug\", \"text\": \"B\"}]");
        assertEquals("t.json:2:64 /glossary/1/id: duplicate glossary term id \"t\" (first at /glossary/0/id) "
                + "(ids must be unique in the article: rename one)", p.get(0));
    }

    @Test
    void duplicateLinkId() {
        assertEquals(List.of("t.json:2:46 /links/1/id: duplicate link id \"l\" (first at /links/0/id) "
                        + "(ids must be unique in the article: rename one)"),
                problems(" \"links\": [{\"id\": \"l\", \"href\": \"/a\"}, {\"id\": \"l\", \"href\": \"/b\"}]"));
    }

    @Test
    void duplicatePersonIdAcrossAuthorsAndReviewers() {
        assertEquals(List.of("t.json:2:86 /reviewers/0/id: duplicate person id \"p\" (first at /authors/0/id) "
                        + "(ids must be unique in the article: rename one)"),
                problems(" \"authors\": [{\"id\": \"p\", \"kind\": \"organization\", \"name\": \"A\"}], "
                        + "\"reviewers\": [{\"id\": \"p\", \"kind\": \"person\", \"name\": \"B\"}]"));
    }

    @Test
    void explicitKeyCollidingWithADerivedKey() {
        assertEquals(List.of("t.json:2:25 /description/key: duplicate message key \"title\" (first at /title) "
                        + "(give one of them another explicit \"key\")"),
                problems(" \"description\": {\"key\": \"title\", \"text\": \"D\"}"));
    }

    @Test
    void explicitKeyCollidingWithAnEarlierDerivedKeyInAList() {
        assertEquals(List.of("t.json:2:29 /takeaways/1/key: duplicate message key \"takeaway.1\" (first at /takeaways/0) "
                        + "(give one of them another explicit \"key\")"),
                problems(" \"takeaways\": [\"A\", {\"key\": \"takeaway.1\", \"text\": \"B\"}]"));
    }

    @Test
    void quoteReferenceThatDoesNotExist() {
        assertEquals(List.of("t.json:2:55 /lead/0/reference: quote refers to reference \"ncbi\", which does not exist "
                        + "(did you mean \"ncbi-2022\"?)"),
                problems(" \"lead\": [{\"type\": \"quote\", \"text\": \"Q\", \"reference\": \"ncbi\"}], "
                        + "\"references\": [{\"id\": \"ncbi-2022\", \"title\": \"T\"}]"));
    }

    @Test
    void emptyHeading() {
        assertEquals(List.of("t.json:2:38 /sections/0/heading: the heading of section \"s\" is empty "
                        + "(write a heading: it names the section for everyone)"),
                problems(" \"sections\": [{\"id\": \"s\", \"heading\": \" \"}]"));
    }

    @Test
    void updatedBeforePublished() {
        assertEquals(List.of("t.json:2:50 /dates/updated: updated date 2025-01-01 is before the published date 2025-02-01 "
                        + "(an article is updated after it is published)"),
                problems(" \"dates\": {\"published\": \"2025-02-01\", \"updated\": \"2025-01-01\"}"));
    }

    @Test
    void nextReviewNotAfterLastReview() {
        assertEquals(List.of("t.json:2:59 /dates/nextReviewDue: next review due 2025-01-01 is not after the last review "
                        + "2025-01-01 (set the next review to a date after the last review)"),
                problems(" \"dates\": {\"lastReviewed\": \"2025-01-01\", \"nextReviewDue\": \"2025-01-01\"}"));
    }

    @Test
    void icuSyntaxErrorInAPlainStringMessage() {
        List<String> p = problems(" \"description\": \"Hello {name\"");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:17 /description/text: ICU MessageFormat syntax error: "), p.get(0));
    }

    @Test
    void icuSyntaxErrorInAMessageObjectPointsAtItsText() {
        List<String> p = problems(" \"description\": {\"text\": \"Hello {name\", \"args\": {\"name\": {\"type\": \"text\", \"value\": \"x\"}}}");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:26 /description/text: ICU MessageFormat syntax error: "), p.get(0));
    }

    @Test
    void argumentUsedButNotDeclared() {
        assertEquals(List.of("t.json:2:84 /sections/0/blocks/0/text/text: argument \"n\" is used in the text but not declared "
                        + "(declare it in \"args\" or remove {n})"),
                problems(" \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"{n} items\"}]}]"));
    }

    @Test
    void argumentDeclaredButNotUsed() {
        assertEquals(List.of("t.json:2:51 /description/args/x: argument \"x\" is declared but not used in the text "
                        + "(use {x} in the text or remove it)"),
                problems(" \"description\": {\"text\": \"No args\", \"args\": {\"x\": {\"type\": \"number\", \"value\": 1}}}"));
    }

    @Test
    void pluralOnANonNumberArgument() {
        assertEquals(List.of("t.json:2:82 /description/args/q: argument \"q\" is a quantity but plural needs a number argument "
                        + "(declare it as {\"type\": \"number\", \"value\": ...})"),
                problems(" \"description\": {\"text\": \"{q, plural, one {# min} other {# min}}\", "
                        + "\"args\": {\"q\": {\"type\": \"quantity\", \"value\": 1, \"unit\": \"minute\"}}}"));
    }

    @Test
    void selectordinalOnANonNumberArgument() {
        assertEquals(List.of("t.json:2:75 /description/args/q: argument \"q\" is a year but selectordinal needs a number argument "
                        + "(declare it as {\"type\": \"number\", \"value\": ...})"),
                problems(" \"description\": {\"text\": \"{q, selectordinal, other {#th}}\", "
                        + "\"args\": {\"q\": {\"type\": \"year\", \"value\": 1962}}}"));
    }

    /** Each URL field, with an unsafe scheme; the column is where the URL string starts on line 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " \"canonicalUrl\": \"javascript:alert(1)\"                                                  | /canonicalUrl",
        " \"breadcrumbs\": [{\"label\": \"Home\", \"href\": \"javascript:alert(1)\"}]                 | /breadcrumbs/0/href",
        " \"authors\": [{\"id\": \"p\", \"kind\": \"person\", \"name\": \"A\", \"url\": \"javascript:alert(1)\"}] | /authors/0/url",
        " \"license\": {\"url\": \"javascript:alert(1)\"}                                          | /license/url",
        " \"lead\": [{\"type\": \"figure\", \"src\": \"javascript:alert(1)\", \"decorative\": true}]       | /lead/0/src",
        " \"lead\": [{\"type\": \"related\", \"kind\": \"related\", \"href\": \"javascript:alert(1)\", \"title\": \"T\"}] | /lead/0/href",
        " \"references\": [{\"id\": \"r\", \"title\": \"T\", \"url\": \"javascript:alert(1)\"}]            | /references/0/url",
        " \"links\": [{\"id\": \"l\", \"href\": \"javascript:alert(1)\"}]                               | /links/0/href",
    })
    void everyUrlFieldRejectsUnsafeSchemes(String line, String pointer) {
        String trimmed = line.stripTrailing();
        int column = trimmed.indexOf("\"javascript") + 1;
        assertEquals(List.of("t.json:2:" + column + " " + pointer + ": unsafe URL scheme \"javascript\" in \"javascript:alert(1)\" "
                        + "(use an http, https or mailto URL, or a relative one)"),
                problems(trimmed));
    }

    @Test
    void malformedUrl() {
        assertEquals(List.of("t.json:2:32 /links/0/href: malformed URL \"http://exa mple.org\": Illegal character in authority "
                        + "(use an http, https or mailto URL, or a relative one)"),
                problems(" \"links\": [{\"id\": \"l\", \"href\": \"http://exa mple.org\"}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://a.example/x?y=1#z", "http://a.example", "HTTPS://A.EXAMPLE/", "/relative", "../up",
        "page.html", "#anchor", "mailto:editors@a.example", "//cdn.example/x.png", "?q=1"})
    void acceptedUrls(String url) {
        assertNull(ArticleValidator.urlProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
        "file:///etc/passwd", "ftp://a.example/x"})
    void unsafeSchemes(String url) {
        assertTrue(ArticleValidator.urlProblem(url).startsWith("unsafe URL scheme"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa mple.org", "https:///path", "", " ", "http://a.example\\b", "mailto:",
        " javascript:alert(1)", "java\tscript:alert(1)"})
    void malformedUrls(String url) {
        String p = ArticleValidator.urlProblem(url);
        assertNotNull(p, url);
        assertTrue(p.startsWith("malformed URL") || p.equals("empty URL"), p);
    }

    // ---- built articles -------------------------------------------------------------------

    private static Message m(String key, String text) {
        return Message.of(key, text, Locale.ENGLISH);
    }

    @Test
    void aValidBuiltArticleHasNoProblems() {
        Article a = Article.builder("a", Locale.ENGLISH).title(m("title", "T"))
                .section(new Section("s", m("section.s.heading", "H"),
                        List.of(new Paragraph(null, Message.builder("p", "Made by {who}.", Locale.ENGLISH)
                                .arg("who", new TextArg("X")).build())), List.of()))
                .build();
        assertEquals(List.of(), new ArticleValidator().validate(a));
    }

    @Test
    void builtArticleProblemsCarryPointerAndKeyButNoFilePosition() {
        Article a = Article.builder("a", Locale.ENGLISH).title(m("title", "T"))
                .dates(new ArticleDates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null, null))
                .lead(new Quote(null, m("q", "Q {x}"), null, "missing"))
                .build();
        List<Problem> p = new ArticleValidator().validate(a);
        assertEquals(List.of(
                "/dates/updated: updated date 2025-01-01 is before the published date 2025-02-01 "
                        + "(an article is updated after it is published)",
                "/lead/0/text/text: argument \"x\" is used in the text but not declared (declare it in \"args\" or remove {x})",
                "/lead/0/reference: quote refers to reference \"missing\", which does not exist (add it to \"references\")"),
                p.stream().map(Problem::toShortString).toList());
        assertEquals("q", p.get(1).key());
        assertNull(p.get(1).file());
        assertEquals(0, p.get(1).line());
    }

    @Test
    void inlineTagsMustReferToThingsThatExist() {
        // line 2 is ` "description": "…"`: the value starts at column 17
        assertEquals(List.of("t.json:2:17 /description/text: <cite:nope/> refers to \"nope\", which is not in \"references\" "
                        + "(add an entry with id \"nope\" to \"references\" or fix the id)",
                "t.json:2:17 /description/text: <term:x> refers to \"x\", which is not in \"glossary\" "
                        + "(add an entry with id \"x\" to \"glossary\" or fix the id)",
                "t.json:2:17 /description/text: <link:y> refers to \"y\", which is not in \"links\" "
                        + "(add an entry with id \"y\" to \"links\" or fix the id)"),
                problems(" \"description\": \"See <cite:nope/> <term:x>X</term:x> <link:y>here</link:y>.\""));
    }

    @Test
    void rawHtmlAndUnknownTagsAreErrors() {
        List<String> p = problems(" \"description\": \"Hello <b>world</b>\"");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:17 /description/text: unknown tag <b> at offset 6"), p.get(0));
    }

    @Test
    void tagsMustNestProperly() {
        List<String> p = problems(" \"description\": \"<em><strong>x</em></strong>\"");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:17 /description/text: closing tag </em> at offset 13 does not match"), p.get(0));
    }

    @Test
    void unknownArgumentTypeIsASyntaxError() {
        List<String> p = problems(" \"description\": {\"text\": \"{n, pural, one {x} other {y}}\", \"args\": {\"n\": {\"type\": \"number\", \"value\": 1}}}");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:26 /description/text: message 'description': ICU syntax error"), p.get(0));
    }

    @Test
    void urlsTheRendererWouldDropAreErrorsAtLoadTime() {
        // line 2 is ` "canonicalUrl": "…"`: the value starts at column 18
        for (String url : new String[] {"&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)", "https://bank.example@evil.example/"}) {
            List<String> p = problems(" \"canonicalUrl\": \"" + url + "\"");
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).startsWith("t.json:2:18 /canonicalUrl: URL \"" + url + "\" would be dropped when rendering: "), p.get(0));
        }
    }
}
