package com.example.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/jakarta.md true: every code block marked {@code <!-- embedding: PATH -->} is the file PATH
 * of this sample WAR byte for byte (the WAR that PayaraMicroIT deploys), the user's code stays within
 * 25 lines, and the count the doc states is the count of the code.
 */
class EmbeddingDocTest {
    static final Path ROOT = Path.of("..", "..");
    static final Pattern BLOCK = Pattern.compile("<!-- embedding: (\\S+) -->\\n```[a-z]+\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocShowsTheSampleWarsCodeAndItsLineCount() throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/jakarta.md"), StandardCharsets.UTF_8);
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) blocks.put(m.group(1), m.group(2));
        assertEquals(List.of("examples/jakarta-war/src/main/java/com/example/health/HealthApp.java",
                "examples/jakarta-war/src/main/java/com/example/health/ArticleResource.java",
                "examples/jakarta-war/src/main/webapp/WEB-INF/web.xml"), List.copyOf(blocks.keySet()));
        for (Map.Entry<String, String> b : blocks.entrySet()) {
            assertEquals(Files.readString(ROOT.resolve(b.getKey()), StandardCharsets.UTF_8), b.getValue(),
                    "docs/jakarta.md shows " + b.getKey() + " as it is");
        }
        int java = 0;
        for (String path : List.copyOf(blocks.keySet()).subList(0, 2)) java += codeLines(blocks.get(path));
        int config = (int) blocks.get("examples/jakarta-war/src/main/webapp/WEB-INF/web.xml").lines()
                .filter(l -> l.contains("<context-param>")).count();
        assertEquals(1, config, "one line of configuration");
        int total = java + config;
        assertTrue(total <= 25, "the embedding must stay within 25 lines, is " + total);
        assertTrue(doc.contains("**" + total + " lines** of your own: " + java + " of Java"),
                "docs/jakarta.md states the count: " + total + " lines, " + java + " of Java");
    }

    /** Lines of code: not blank, not {@code package}, not {@code import}. */
    static int codeLines(String java) {
        return (int) java.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("package ") && !l.startsWith("import ")).count();
    }
}
