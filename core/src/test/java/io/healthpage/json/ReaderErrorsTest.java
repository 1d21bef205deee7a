package io.healthpage.json;

import static io.healthpage.json.Docs.doc;
import static io.healthpage.json.Docs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader error, with its exact line:column and JSON Pointer (columns counted in {@link Docs#HEAD} by hand). */
class ReaderErrorsTest {

    @Test
    void aMinimalDocumentReads() {
        var a = ArticleJson.reader().read("t.json", doc(" \"takeaways\": [\"x\"]"));
        assertEquals("a", a.id());
        assertEquals("takeaway.1", a.takeaways().get(0).key());
    }

    @Test
    void typeErrorNamesWhatWasExpectedAndFound() {
        assertEquals(List.of("t.json:2:38 /sections/0/heading: expected a message (string or object) but found an array"),
                problems(" \"sections\": [{\"id\": \"s\", \"heading\": [1]}]"));
    }

    @Test
    void theExampleFromTheFormatDocument() {
        assertEquals(List.of("t.json:2:95 /sections/0/blocks/0/items/0/title: "
                        + "expected a message (string or object) but found an array"),
                problems(" \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"blocks\": [{\"type\": \"numbered\", "
                        + "\"items\": [{\"title\": [\"x\"], \"body\": \"b\"}]}]}]"));
    }

    @Test
    void duplicateKeysAreErrorsEvenThoughJsonPWouldKeepOne() {
        assertEquals(List.of("t.json:2:2 /title: duplicate field \"title\" (first at line 1, column 71) "
                        + "(JSON readers would silently keep only one of them: remove or rename one)"),
                problems(" \"title\": \"U\""));
    }

    @Test
    void unknownFieldSuggestsTheNearestKnownOne() {
        assertEquals(List.of("t.json:2:2 /titel: unknown field \"titel\" (did you mean \"title\"?)"),
                problems(" \"titel\": \"x\""));
    }

    @Test
    void unknownFieldFarFromAnyKnownOneListsTheKnownFields() {
        List<String> p = problems(" \"zzzzzzzzzz\": 1");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("t.json:2:2 /zzzzzzzzzz: unknown field \"zzzzzzzzzz\" (expected one of: format, id, "),
                p.get(0));
    }

    @Test
    void unknownFieldInsideAMessageObjectAndTheMissingTextAreBothReported() {
        assertEquals(List.of(
                "t.json:2:17 /description: missing required field \"text\"",
                "t.json:2:18 /description/txt: unknown field \"txt\" (did you mean \"text\"?)"),
                problems(" \"description\": {\"txt\": \"x\"}"));
    }

    @Test
    void formatMustBeOne() {
        String text = "{\"format\": 2, \"id\": \"a\", \"sourceLocale\": \"en\", \"contentVersion\": \"1\", \"title\": \"T\"}";
        assertEquals(List.of("t.json:1:12 /format: unsupported format 2; this reader reads format 1 "
                        + "(write \"format\": 1, or use a newer version of healthpage)"),
                problems(ArticleJson.reader(), text));
    }

    @Test
    void formatIsRequired() {
        String text = "{\"id\": \"a\", \"sourceLocale\": \"en\", \"contentVersion\": \"1\", \"title\": \"T\"}";
        assertEquals(List.of("t.json:1:1: missing required field \"format\" (add \"format\": 1 as the first field)"),
                problems(ArticleJson.reader(), text));
    }

    @Test
    void enumsAreLowerCase() {
        assertEquals(List.of("t.json:2:27 /audiences/1: unknown value \"Patient\" (did you mean \"patient\"?)"),
                problems(" \"audiences\": [\"patient\", \"Patient\"]"));
    }

    @Test
    void datesAreIso() {
        assertEquals(List.of("t.json:2:25 /dates/published: \"2024-13-01\" is not an ISO date "
                        + "(write YYYY-MM-DD, e.g. \"2026-11-27\")"),
                problems(" \"dates\": {\"published\": \"2024-13-01\"}"));
    }

    @Test
    void languageTagsAreBcp47() {
        assertEquals(List.of("t.json:2:12 /locale: \"en_US\" is not a well-formed BCP 47 language tag "
                        + "(did you mean \"en-US\"?)"),
                problems(" \"locale\": \"en_US\""));
    }

    @Test
    void idsAreSlugs() {
        assertEquals(List.of("t.json:2:22 /sections/0/id: \"Intro\" is not a valid id "
                        + "(use lower-case letters, digits and inner hyphens, e.g. \"side-effects\")"),
                problems(" \"sections\": [{\"id\": \"Intro\", \"heading\": \"H\"}]"));
    }

    @Test
    void missingRequiredFieldIsReportedAtTheObject() {
        assertEquals(List.of("t.json:2:15 /sections/0: missing required field \"id\""),
                problems(" \"sections\": [{\"heading\": \"H\"}]"));
    }

    @Test
    void unknownBlockTypeSuggestsTheNearestType() {
        assertEquals(List.of("t.json:2:20 /lead/0/type: unknown block type \"paragrahp\" (did you mean \"paragraph\"?)"),
                problems(" \"lead\": [{\"type\": \"paragrahp\", \"text\": \"x\"}]"));
    }

    @Test
    void unknownArgumentType() {
        assertEquals(List.of("t.json:2:56 /description/args/n/type: unknown argument type \"numbr\" (did you mean \"number\"?)"),
                problems(" \"description\": {\"text\": \"{n}\", \"args\": {\"n\": {\"type\": \"numbr\", \"value\": 1}}}"));
    }

    @Test
    void argumentValueOfTheWrongType() {
        assertEquals(List.of("t.json:2:75 /description/args/n/value: expected a number but found a string"),
                problems(" \"description\": {\"text\": \"{n}\", \"args\": {\"n\": {\"type\": \"number\", \"value\": \"1\"}}}"));
    }

    @Test
    void figureWithoutAltTextThatIsNotDecorative() {
        assertEquals(List.of("t.json:2:11 /lead/0: figure a.png needs alt text, or \"decorative\": true if it adds no information"),
                problems(" \"lead\": [{\"type\": \"figure\", \"src\": \"a.png\"}]"));
    }

    @Test
    void invalidMessageKey() {
        assertEquals(List.of("t.json:2:25 /description/key: \"bad key\" is not a valid message key "
                        + "(use letters, digits, '.', '_' and '-', starting and ending with a letter or digit)"),
                problems(" \"description\": {\"key\": \"bad key\", \"text\": \"x\"}"));
    }

    @Test
    void objectExpected() {
        assertEquals(List.of("t.json:2:11 /dates: expected an object but found a string"), problems(" \"dates\": \"2024\""));
    }

    @Test
    void integerExpected() {
        assertEquals(List.of("t.json:2:51 /references/0/year: expected an integer from 1000 to 9999 but found 20.5"),
                problems(" \"references\": [{\"id\": \"r\", \"title\": \"T\", \"year\": 20.5}]"));
    }

    @Test
    void malformedJsonIsReportedWhereTheParserStopped() {
        List<String> p = problems(ArticleJson.reader(), "{\"format\": 1,\n  \"id\": ,\n}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("t.json:2:9: malformed JSON: Invalid token=COMMA"), p.get(0));
    }

    @Test
    void topLevelMustBeAnObject() {
        assertEquals(List.of("t.json:1:1: expected an object but found an array"), problems(ArticleJson.reader(), "[]"));
    }

    @Test
    void oneFileReportsAllItsErrorsInDocumentOrder() {
        List<String> p = problems(" \"titel\": \"x\", \"audiences\": [\"Patient\"], \"dates\": {\"updated\": \"yesterday\"}");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:2 /titel: unknown field"), p.get(0));
        assertTrue(p.get(1).startsWith("t.json:2:30 /audiences/0: unknown value \"Patient\""), p.get(1));
        assertTrue(p.get(2).startsWith("t.json:2:63 /dates/updated: \"yesterday\" is not an ISO date"), p.get(2));
    }

    @Test
    void problemsAreCappedAndTheCapIsSaid() {
        ArticleJson json = ArticleJson.builder().maxProblems(3).build();
        StringBuilder line = new StringBuilder(" \"x1\": 1");
        for (int i = 2; i <= 10; i++) line.append(", \"x").append(i).append("\": 1");
        ArticleFormatException e = Docs.failure(json, doc(line.toString()));
        assertEquals(3, e.problems().size());
        assertTrue(e.truncated());
        assertTrue(e.getMessage().startsWith("3 problems (stopped counting at the cap"), e.getMessage());
    }

    @Test
    void problemsCarryStructuredFields() {
        ArticleFormatException e = Docs.failure(ArticleJson.reader(), doc(" \"titel\": \"x\""));
        Problem p = e.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("json.unknown-field", p.rule());
        assertEquals("t.json", p.file());
        assertEquals(2, p.line());
        assertEquals(2, p.column());
        assertEquals("/titel", p.pointer());
        assertEquals("did you mean \"title\"?", p.suggestion());
    }

    @Test
    void aFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.write(f, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> ArticleJson.reader().read(f));
        assertEquals("json.encoding", e.problems().get(0).rule());
        assertEquals(f.toString(), e.problems().get(0).file());
    }

    @Test
    void readingAFileUsesItsPathInMessages(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("article.json");
        Files.writeString(f, doc(" \"titel\": \"x\""));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> ArticleJson.reader().read(f));
        assertEquals(List.of(f + ":2:2 /titel: unknown field \"titel\" (did you mean \"title\"?)"),
                e.problems().stream().map(Problem::toShortString).toList());
    }
}
