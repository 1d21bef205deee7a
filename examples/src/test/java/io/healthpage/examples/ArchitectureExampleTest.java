package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer-extension example in docs/architecture.md is compiled and run as written. */
class ArchitectureExampleTest {

    @Test
    void rendererExtensionExampleCompilesAndRuns(@TempDir Path tmp) throws Exception {
        String html = DocExample.run("docs/architecture.md", "CalloutCards", 35, tmp);
        // the two callouts of the example article as cards, their bodies as the renderer writes them
        assertTrue(html.contains("<aside class=\"card card-warning\"><p class=\"card-title\">Only use ketamine under medical care</p>"), html);
        assertTrue(html.contains("<aside class=\"card card-important\"><p class=\"card-title\">Get help right away if you:</p><ul id=\"hp-get-help-list\">"), html);
        assertFalse(html.contains("hp-callout"), "the built-in callout markup is replaced: " + html);
        // links in the text, related-article and reference links carry the attribute, after the renderer's own;
        // the breadcrumb and the contents list are not "link" parts
        assertTrue(html.contains("<a href=\"https://www.ncbi.nlm.nih.gov/books/NBK539824/\" rel=\"noopener noreferrer\" "
                + "data-track=\"article-link\">"), html);
        assertTrue(html.contains("<a href=\"/articles/chronic-pain-options\" data-track=\"article-link\">"), html);
        assertTrue(html.contains("<a href=\"/\">"), html);
        assertTrue(html.contains("<a href=\"#hp-risks\">"), html);
    }
}
