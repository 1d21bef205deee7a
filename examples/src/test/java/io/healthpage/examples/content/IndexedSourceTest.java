package io.healthpage.examples.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.jakarta.ContentSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the build writes lists the built-in content exactly as scanning the classpath does. */
class IndexedSourceTest {
    private static final ClassLoader LOADER = IndexedSourceTest.class.getClassLoader();

    @Test
    void listsWhatScanningTheClasspathLists() throws Exception {
        ContentSource indexed = IndexedSource.of(LOADER, ContentLibrary.RESOURCE_ROOT)
                .orElseThrow(() -> new AssertionError("the build writes healthpage-content.index (examples/pom.xml)"));
        ContentSource scanned = ContentSource.classpath(LOADER, ContentLibrary.RESOURCE_ROOT);
        assertEquals(List.of("ketamine-pain-relief/"), indexed.list(""));
        for (String folder : List.of("", "ketamine-pain-relief/", "ketamine-pain-relief", "ketamine-pain-relief/i18n/", "nothing/")) {
            assertEquals(scanned.list(folder), indexed.list(folder), folder);
        }
        assertTrue(indexed.list("ketamine-pain-relief/i18n/").containsAll(List.of("es.json", "zh-Hans.json")));
        String article = "ketamine-pain-relief/article.json";
        assertEquals(scanned.file(article), indexed.file(article));
        assertEquals(scanned.location(article), indexed.location(article));
        assertFalse(indexed.file("ketamine-pain-relief/i18n/xx.json").isPresent());
    }

    @Test
    void noIndexMeansNoIndexedSource() {
        assertTrue(IndexedSource.of(LOADER, "no-such-root").isEmpty());
    }
}
