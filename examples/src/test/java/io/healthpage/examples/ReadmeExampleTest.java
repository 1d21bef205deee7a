package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example in README.md is compiled and run as written, so it cannot drift from the API. */
class ReadmeExampleTest {

    @Test
    void readmeJavaExampleCompilesAndRuns(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(DocExample.root().resolve("README.md"));
        List<String> lines = DocExample.run("README.md", "Example", 30, tmp).lines().toList();
        // the comment in the README promises this report line
        assertTrue(readme.contains("// " + lines.get(0)), "README's comment does not match the real output: " + lines.get(0));
        String html = String.join("\n", lines.subList(1, lines.size()));
        assertTrue(html.startsWith("<article"), html);
        assertTrue(html.contains("lang=\"es\""), html);
        assertTrue(html.contains("<h2 id=\"kp-title\""), html);
    }
}
