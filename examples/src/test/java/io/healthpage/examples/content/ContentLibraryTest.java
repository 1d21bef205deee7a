package io.healthpage.examples.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLibraryTest {

    @Test
    void builtInContentHoldsTheExampleArticle() {
        ContentLibrary lib = ContentLibrary.builtIn();
        ContentLibrary.Entry e = lib.article("ketamine-pain-relief").orElseThrow();
        assertEquals("en", e.locales().get(0).toLanguageTag());
        assertTrue(lib.problems().isEmpty(), lib.problems().toString());
    }

    @Test
    void aBrokenArticleIsLeftOutAndReportedWithItsLocation(@TempDir Path dir) throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("article.json"), "{\n  \"format\": 1,\n  \"id\": \"bad\",\n  \"titel\": \"x\"\n}\n");
        ContentLibrary lib = ContentLibrary.open(dir);
        assertTrue(lib.ids().isEmpty());
        assertTrue(lib.problems().stream().anyMatch(p -> p.contains("article.json:4:") && p.contains("titel")), lib.problems().toString());
    }
}
