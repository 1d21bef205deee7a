package io.healthpage.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the class-data archive of the {@code healthpage} launcher: runs the usual
 * commands on the built-in example in one JVM, so that {@code -XX:ArchiveClassesAtExit} records every
 * class they load. {@code mvn package} runs it on the shaded jar ({@code examples/pom.xml}); to rebuild the
 * archive by hand (e.g. for another JDK), with the jar's absolute path exactly as the launcher names it:
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=$PWD/examples/target/healthpage.jsa \
 *      -cp $PWD/examples/target/healthpage.jar io.healthpage.examples.cli.CdsTraining
 * </pre>
 *
 * <p>Output is discarded; a command that fails makes the run fail (exit 1), so a broken jar never gets an
 * archive that hides it. Not a command of the tool: {@code Main} does not list it.
 */
final class CdsTraining {
    /** The command lines run, in order (the first is what issue 13 measures). */
    static final List<List<String>> COMMANDS = List.of(
            List.of("render", "--locale", "es", "--format", "fragment"),
            List.of("render", "--locale", "ar", "--format", "page"),
            List.of("render", "--locale", "de", "--format", "jsonld"),
            List.of("render", "--locale", "zh-Hans", "--format", "json"),
            List.of("check", "--all-locales"),
            List.of("bundle", "check"),
            List.of("bundle", "coverage"),
            List.of("sanitize"),
            List.of("--version"),
            List.of("--help"));

    private CdsTraining() {}

    /** Runs {@link #COMMANDS}; exit 1 with the failing command on stderr if one does not exit 0. */
    public static void main(String[] args) throws IOException {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (List<String> command : COMMANDS) {
            byte[] stdin = "<p>Hello <a href=\"https://example.org/\">world</a><script>x()</script></p>"
                    .getBytes(StandardCharsets.UTF_8);
            int code = Main.run(command.toArray(String[]::new), new ByteArrayInputStream(stdin), discard, discard);
            if (code != Main.OK) {
                System.err.println("CdsTraining: 'healthpage " + String.join(" ", command) + "' exited " + code);
                System.exit(1);
            }
        }
        Path site = Files.createTempDirectory("healthpage-cds");
        try {
            int code = Main.run(new String[] {"site", "--out", site.toString()}, discard, discard);
            if (code != Main.OK) {
                System.err.println("CdsTraining: 'healthpage site' exited " + code);
                System.exit(1);
            }
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
