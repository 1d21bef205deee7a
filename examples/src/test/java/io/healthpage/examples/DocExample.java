package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Compiles and runs the first {@code ```java} block of a document as written, for tests that keep docs true. */
final class DocExample {
    private DocExample() {}

    /** The repository root (tests run in a module folder). */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /**
     * Compiles the first Java block of {@code doc} (at most {@code maxLines} lines) as {@code className} with
     * {@code -Xlint:all -Werror}, runs its {@code main} with the example article's folder, and returns what it printed.
     */
    static String run(String doc, String className, int maxLines, Path tmp) throws Exception {
        String text = Files.readString(root().resolve(doc));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), doc + " has no ```java block");
        String source = m.group(1);
        assertTrue(source.lines().count() <= maxLines, "keep the example in " + doc + " short");
        Path file = tmp.resolve(className + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", tmp.toString(), "-cp", System.getProperty("java.class.path"),
                "-Xlint:all", "-Werror", file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, DocExample.class.getClassLoader())) {
            Method main = cl.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {root().resolve("examples/content/ketamine-pain-relief").toString()});
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
