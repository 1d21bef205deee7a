package io.healthpage.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real shaded jar, {@code target/healthpage.jar}, with {@code java -jar}, as a user would.
 * Runs under failsafe ({@code mvn verify}), after {@code package} has built the jar.
 */
class CliJarIT {
    private static final Path JAR = Path.of("target/healthpage.jar");

    private record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Run java(Path dir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C"); // an ASCII terminal locale: output must still be UTF-8
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "java -jar did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRendersPublishesAndSanitizes(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is built by `mvn package`");

        Run version = java(dir, "", "--version");
        assertEquals(0, version.code(), version::all);
        assertTrue(version.out().matches("(?s)healthpage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n.*"), version::all);

        Run ar = java(dir, "", "render", "--locale", "ar", "--format", "fragment");
        assertEquals(0, ar.code(), ar::all);
        assertTrue(ar.out().startsWith("<article ") && ar.out().contains(" lang=\"ar\" dir=\"rtl\""), ar::all);
        assertTrue(ar.out().contains("\u0627"), "Arabic letters come out as UTF-8, not '?': " + ar.all()); // ا alef

        // the packaged content is read from inside the jar, the bundles too; Parsson is found through META-INF/services
        Path site = dir.resolve("site");
        Run s = java(dir, "", "site", "--out", site.toString());
        assertEquals(0, s.code(), s::all);
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains(">español</a>"), index);
        assertTrue(Files.isRegularFile(site.resolve("es.html")));

        Run clean = java(dir, "<a href=\"javascript:alert(1)\" onclick=\"x()\">hi</a><script>alert(2)</script>", "sanitize");
        assertEquals(0, clean.code(), clean::all);
        assertEquals("<a>hi</a>\n", clean.out(), clean::all);

        Run usage = java(dir, "", "render", "--locale", "pt_BR");
        assertEquals(2, usage.code(), usage::all);
        assertTrue(usage.err().startsWith("healthpage render: Invalid value for option '--locale'"), usage::all);
        assertFalse(usage.err().contains("\tat "), usage::all);
    }
}
