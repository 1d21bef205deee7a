package io.healthpage.json;

import static io.healthpage.json.Docs.doc;
import static io.healthpage.json.Docs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits against hostile input: each one with a clear error, and configurable. */
class LimitsTest {

    @Test
    void defaults() {
        ArticleJson j = ArticleJson.reader();
        assertEquals(5L * 1024 * 1024, j.maxDocumentBytes());
        assertEquals(64, j.maxDepth());
        assertEquals(10_000, j.maxBlocks());
        assertEquals(20_000, j.maxMessageLength());
        assertEquals(100, j.maxProblems());
    }

    @Test
    void documentSizeCountsUtf8Bytes() {
        String text = doc(" \"description\": \"ééééé\"");
        int bytes = text.length() + 5; // each é is two bytes in UTF-8
        ArticleJson exact = ArticleJson.builder().maxDocumentBytes(bytes).build();
        assertEquals("a", exact.read("t.json", text).id());
        ArticleJson smaller = ArticleJson.builder().maxDocumentBytes(bytes - 1).build();
        assertEquals(List.of("t.json: the document is " + bytes + " bytes, more than the limit of " + (bytes - 1)
                        + " bytes (split the article, or raise ArticleJson.builder().maxDocumentBytes(...))"),
                problems(smaller, text));
    }

    @Test
    void documentSizeOfAFileIsCheckedBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, " ".repeat(200));
        ArticleJson json = ArticleJson.builder().maxDocumentBytes(100).build();
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> json.read(f));
        assertEquals("json.limit.size", e.problems().get(0).rule());
    }

    @Test
    void nestingDepth() {
        // depth: top-level object 1, "sections" array 2, section object 3, "blocks" array 4
        ArticleJson json = ArticleJson.builder().maxDepth(3).build();
        assertEquals(List.of("t.json:2:53 /sections/0/blocks: nesting is deeper than the limit of 3 levels "
                        + "(flatten the document, or raise ArticleJson.builder().maxDepth(...))"),
                problems(json, doc(" \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"blocks\": []}]")));
        ArticleJson enough = ArticleJson.builder().maxDepth(4).build();
        assertEquals("s", enough.read("t.json", doc(" \"sections\": [{\"id\": \"s\", \"heading\": \"H\", \"blocks\": []}]"))
                .sections().get(0).id());
    }

    @Test
    void deeplyNestedHostileInputStopsAtTheDefaultDepth() {
        String text = "{\"format\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<String> p = problems(ArticleJson.reader(), text);
        assertEquals(1, p.size());
        // the 64th nested array is depth 65 and starts at column 20 + 63
        assertEquals("t.json:1:83 /x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nesting is deeper than the limit of 64 levels "
                + "(flatten the document, or raise ArticleJson.builder().maxDepth(...))", p.get(0));
    }

    @Test
    void numberOfBlocksCountsNestedBlocksAndIsReportedOnce() {
        ArticleJson json = ArticleJson.builder().maxBlocks(2).build();
        String line = " \"lead\": [{\"type\": \"callout\", \"kind\": \"tip\", \"body\": [{\"type\": \"paragraph\", \"text\": \"a\"}]}, "
                + "{\"type\": \"paragraph\", \"text\": \"b\"}, {\"type\": \"paragraph\", \"text\": \"c\"}]";
        int column = line.indexOf("{\"type\": \"paragraph\", \"text\": \"b\"}") + 1;
        assertEquals(List.of("t.json:2:" + column + " /lead/1: more than 2 blocks in the article "
                        + "(split the article, or raise ArticleJson.builder().maxBlocks(...))"),
                problems(json, doc(line)));
    }

    @Test
    void messageLength() {
        ArticleJson json = ArticleJson.builder().maxMessageLength(5).build();
        assertEquals("12345", json.read("t.json", doc(" \"description\": \"12345\"")).description().pattern());
        assertEquals(List.of("t.json:2:17 /description: message is 6 characters long, more than the limit of 5 "
                        + "(split it, or raise ArticleJson.builder().maxMessageLength(...))",
                        "t.json:2:50 /takeaways/0/text: message is 6 characters long, more than the limit of 5 "
                        + "(split it, or raise ArticleJson.builder().maxMessageLength(...))"),
                problems(json, doc(" \"description\": \"123456\", \"takeaways\": [{\"text\": \"abcdef\"}]")));
    }

    @Test
    void absurdlyLongNumbersAreAnErrorNotACrash() {
        String line = " \"description\": {\"text\": \"{n}\", \"args\": {\"n\": {\"type\": \"number\", \"value\": 1"
                + "0".repeat(2000) + "}}}";
        List<String> p = problems(ArticleJson.reader(), doc(line));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.json:2:75 /description/args/n/value: number too long to read: "), p.get(0));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ArticleJson.builder().maxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> ArticleJson.builder().maxDocumentBytes(-1));
    }
}
