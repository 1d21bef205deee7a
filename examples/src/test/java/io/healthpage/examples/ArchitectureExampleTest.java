package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer-extension example in docs/architecture.md is compiled and run as written. */
class ArchitectureExampleTest {

    @Test
    void rendererExtensionExampleCompilesAndRuns(@TempDir Path tmp) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String doc = Files.readString(root.resolve("docs/architecture.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/architecture.md has no ```java block");
        String source = m.group(1);
        assertTrue(source.lines().count() <= 35, "keep the example short");
        Path file = tmp.resolve("CalloutCards.java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", tmp.toString(), "-cp", System.getProperty("java.class.path"),
                "-Xlint:all", "-Werror", file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = cl.loadClass("CalloutCards").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {root.resolve("examples/content/ketamine-pain-relief").toString()});
        } finally {
            System.setOut(saved);
        }
        String html = out.toString(StandardCharsets.UTF_8);
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
