package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Code blocks of the project's Markdown files, compiled with the test class path (and run) so they cannot drift
 * from the API.
 */
final class DocExample {
    private DocExample() {}

    /** The repository root (the tests run in {@code examples/}). */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The first fenced block of {@code language} in {@code markdown}, after {@code <!-- example: name -->} when a name is given. */
    static String block(String markdown, String language, String name) {
        int from = 0;
        if (name != null) {
            from = markdown.indexOf("<!-- example: " + name + " -->");
            assertTrue(from >= 0, "no block marked <!-- example: " + name + " -->");
        }
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertTrue(m.find(from), "no ```" + language + " block" + (name == null ? "" : " after the marker " + name));
        return m.group(1);
    }

    /**
     * Compiles the classes (simple name → source, default package) into {@code dir} with -Werror and returns a
     * loader for them; the caller closes it.
     */
    static URLClassLoader compile(Path dir, Map<String, String> sources) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                "-Xlint:all", "-Werror"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".java");
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, args.toArray(String[]::new));
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, DocExample.class.getClassLoader());
    }

    /**
     * Compiles the first Java block of {@code doc} (at most {@code maxLines} lines) as {@code className} with
     * {@code -Xlint:all -Werror}, runs its {@code main} with the example article's folder, and returns what it printed.
     */
    static String run(String doc, String className, int maxLines, Path tmp) throws Exception {
        String source = block(Files.readString(root().resolve(doc)), "java", null);
        assertTrue(source.lines().count() <= maxLines, "keep the example in " + doc + " short");
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader cl = compile(tmp, Map.of(className, source))) {
            Method main = cl.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {root().resolve("examples/content/ketamine-pain-relief").toString()});
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
