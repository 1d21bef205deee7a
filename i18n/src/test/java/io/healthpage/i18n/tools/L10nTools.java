package io.healthpage.i18n.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real translators' tools the exchange tests run: GNU gettext ({@code msgfmt}, {@code msgcat},
 * {@code msgmerge}) and translate-toolkit ({@code po2xliff}, {@code xliff2po}, {@code pot2po},
 * {@code pofilter}), both from Debian's packages ({@code .ci/run} installs them). When one is missing the
 * calling test is skipped with a message naming the package, unless {@code HEALTHPAGE_REQUIRE_L10N_TOOLS=1}
 * is set (as {@code .ci/run} does): then it fails.
 */
final class L10nTools {
    /** Environment variable that turns "tools missing → skip" into "tools missing → fail". */
    static final String REQUIRE_ENV = "HEALTHPAGE_REQUIRE_L10N_TOOLS";
    static final List<String> GETTEXT = List.of("msgfmt", "msgcat", "msgmerge");
    static final List<String> TOOLKIT = List.of("po2xliff", "xliff2po", "pot2po", "pofilter");

    /** What a tool did. */
    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private L10nTools() {}

    /** Skips (or, with {@link #REQUIRE_ENV}=1, fails) unless every named program is on the PATH. */
    static void require(List<String> programs) {
        require(programs, System.getenv());
    }

    static void require(List<String> programs, Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String p : programs) if (find(p, env.get("PATH")) == null) missing.add(p);
        if (missing.isEmpty()) return;
        String msg = "not on the PATH: " + missing + " (Debian packages gettext and translate-toolkit: apt-get install gettext"
                + " translate-toolkit; .ci/run installs them)";
        if ("1".equals(env.get(REQUIRE_ENV))) Assertions.fail(msg + "; " + REQUIRE_ENV + "=1 requires them");
        Assumptions.abort(msg);
    }

    static Path find(String program, String path) {
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Runs a program in {@code dir} with a 120 s limit, in the C.UTF-8 locale so messages are in English. */
    static Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANGUAGE", "");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail(String.join(" ", command) + ": still running after 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The first line of {@code program --version}, for the record. */
    static String version(Path dir, String program) throws IOException, InterruptedException {
        Run r = run(dir, program, "--version");
        String all = r.both().strip();
        return all.isEmpty() ? program + ": no version" : all.lines().filter(l -> !l.contains("Levenshtein")).findFirst().orElse(all);
    }
}
