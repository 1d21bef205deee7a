package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example in README.md is compiled and run as written, so it cannot drift from the API. */
class ReadmeExampleTest {

    @Test
    void readmeJavaExampleCompilesAndRuns(@TempDir Path tmp) throws Exception {
        Path root = JavaSnippets.root();
        String readme = Files.readString(root.resolve("README.md"));
        String source = JavaSnippets.block(readme, "java", null);
        assertTrue(source.lines().count() <= 30, "keep the README example short");

        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader cl = JavaSnippets.compile(tmp, Map.of("Example", source))) {
            Method main = cl.loadClass("Example").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {root.resolve("examples/content/ketamine-pain-relief").toString()});
        } finally {
            System.setOut(saved);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // the comment in the README promises this report line
        assertTrue(readme.contains("// " + lines.get(0)), "README's comment does not match the real output: " + lines.get(0));
        String html = String.join("\n", lines.subList(1, lines.size()));
        assertTrue(html.startsWith("<article"), html);
        assertTrue(html.contains("lang=\"es\""), html);
        assertTrue(html.contains("<h2 id=\"kp-title\""), html);
    }
}
