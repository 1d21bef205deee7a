package io.healthpage.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code target/healthpage} that {@code mvn package} writes next to the jar, with
 * its class-data archive {@code target/healthpage.jsa}: it must print what the tool prints, and keep doing
 * so when the archive is missing (a copy of the launcher and jar alone). Runs under failsafe
 * ({@code mvn verify}), after {@code package}; skipped where there is no POSIX shell.
 */
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    private record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Run launch(Path launcher, Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home")); // the JDK that built the archive
        pb.environment().remove("HEALTHPAGE_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), launcher + " did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The Spanish fragment of the built-in example, as the start-up figure renders it. */
    private static void assertSpanishFragment(Run r) {
        assertEquals(0, r.code(), r::all);
        assertEquals("", r.err(), r::all); // no JVM warning about the archive, no note: es is fully translated
        assertTrue(r.out().startsWith("<article class=\"hp-article\" id=\"hp-article\" lang=\"es\" dir=\"ltr\""), r::all);
        assertTrue(r.out().contains("aria-label=\"Ruta de navegación\""), r::all); // UTF-8, from the es bundle
        assertTrue(r.out().stripTrailing().endsWith("</article>"), r::all);
    }

    @Test
    void theLauncherRendersWithItsArchiveAndWithout(@TempDir Path dir) throws Exception {
        Path launcher = TARGET.resolve("healthpage");
        assumeTrue(Files.isExecutable(launcher), launcher + " is written by `mvn package` (not with -Dhealthpage.cds.skip)");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        assertTrue(Files.isRegularFile(TARGET.resolve("healthpage.jsa")), "mvn package builds the archive next to the launcher");

        Run withArchive = launch(launcher, dir, "render", "--locale", "es", "--format", "fragment");
        assertSpanishFragment(withArchive);

        // the launcher and the jar copied elsewhere, with no archive: the same output, no warning
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Files.copy(launcher, copy.resolve("healthpage"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("healthpage.jar"), copy.resolve("healthpage.jar"));
        Run without = launch(copy.resolve("healthpage"), dir, "render", "--locale", "es", "--format", "fragment");
        assertSpanishFragment(without);
        assertEquals(withArchive.out(), without.out());

        // arguments reach the tool unchanged: a usage error is the tool's own, exit 2
        Run usage = launch(launcher, dir, "render", "--locale", "pt_BR");
        assertEquals(2, usage.code(), usage::all);
        assertTrue(usage.err().startsWith("healthpage render: Invalid value for option '--locale'"), usage::all);
    }
}
