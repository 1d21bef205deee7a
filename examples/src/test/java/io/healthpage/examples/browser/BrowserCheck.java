package io.healthpage.examples.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test utility that runs the real-browser page check ({@code tools/browser-check/check.mjs}: axe-core in
 * headless Chromium plus the W3C Nu Html Checker) over rendered HTML files and returns what it found.
 *
 * <p>Typical use in a test:
 * <pre>{@code
 * BrowserCheck.Result r = BrowserCheck.run(List.of(page1, page2), tempDir);
 * assertTrue(r.ok(), r::summary);
 * }</pre>
 *
 * <p>When Chromium ({@code /usr/bin/chromium}) or {@code tools/browser-check/node_modules} is missing, the
 * calling test is skipped through JUnit {@link Assumptions}, unless the environment variable
 * {@code HEALTHPAGE_REQUIRE_BROWSER=1} is set (as {@code .ci/run} does), in which case it fails. Either
 * way the message says to run {@code .ci/setup-browser}. See {@code docs/browser-checks.md}.
 *
 * <p>Stateless; the static methods are thread-safe, but each run starts its own browser, so running many
 * at once on the 2-core CI machine is slow: check all pages of a test in one call.
 */
public final class BrowserCheck {

    /** Environment variable that turns "tools missing → skip" into "tools missing → fail". */
    static final String REQUIRE_ENV = "HEALTHPAGE_REQUIRE_BROWSER";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String TOOL_DIR = "tools/browser-check";
    static final String REPORT_NAME = "browser-check-report.json";
    static final String LOG_NAME = "browser-check.log";
    static final long TIMEOUT_MINUTES = 3;

    private BrowserCheck() {
    }

    /**
     * One vnu (Nu Html Checker) error.
     *
     * @param line    1-based line in the checked file (0 when vnu gave none)
     * @param column  1-based column (0 when vnu gave none)
     * @param message vnu's message, e.g. {@code Duplicate ID “x”.}
     */
    public record VnuError(int line, int column, String message) {
        /** Checks the message is present. */
        public VnuError {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    /**
     * One axe-core rule violation on a page.
     *
     * @param id      the axe rule id, e.g. {@code image-alt}
     * @param impact  {@code minor}, {@code moderate}, {@code serious}, {@code critical} or empty if axe gave none
     * @param help    axe's one-line description of the rule
     * @param targets CSS selectors of the offending elements (at least the first is useful for a message)
     */
    public record AxeViolation(String id, String impact, String help, List<String> targets) {
        /** Copies the target list; all components must be non-null. */
        public AxeViolation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(help, "help");
            targets = List.copyOf(targets);
        }

        @Override
        public String toString() {
            return id + " [" + impact + "] " + (targets.isEmpty() ? "(page)" : targets.get(0)) + ": " + help;
        }
    }

    /**
     * What the check found on one file. Immutable.
     *
     * @param file          the checked file, absolute
     * @param axeViolations axe-core violations, in the tool's order
     * @param vnuErrors     vnu errors (warnings are only counted), sorted by line and column
     * @param vnuWarnings   number of vnu warnings (not failures)
     */
    public record PageResult(Path file, List<AxeViolation> axeViolations, List<VnuError> vnuErrors, int vnuWarnings) {
        /** Copies the lists. */
        public PageResult {
            Objects.requireNonNull(file, "file");
            axeViolations = List.copyOf(axeViolations);
            vnuErrors = List.copyOf(vnuErrors);
        }

        /** The axe rule ids that were violated, e.g. {@code [image-alt, html-has-lang]}. */
        public List<String> axeViolationIds() {
            return axeViolations.stream().map(AxeViolation::id).toList();
        }

        /** The vnu error messages without their positions. */
        public List<String> vnuErrorMessages() {
            return vnuErrors.stream().map(VnuError::message).toList();
        }

        /** True when the page has neither an axe violation nor a vnu error. */
        public boolean ok() {
            return axeViolations.isEmpty() && vnuErrors.isEmpty();
        }
    }

    /**
     * Result of one run over several files. Immutable.
     *
     * @param exitCode {@code 0} when every page is clean, {@code 1} when some are not
     * @param report   the REPORT.json the tool wrote
     * @param pages    one entry per checked file, in the order given
     * @param output   the tool's printed summary (stdout and stderr), handy as an assertion message
     */
    public record Result(int exitCode, Path report, List<PageResult> pages, String output) {
        /** Copies the page list. */
        public Result {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(output, "output");
            pages = List.copyOf(pages);
        }

        /** True when no page has an axe violation or a vnu error. */
        public boolean ok() {
            return pages.stream().allMatch(PageResult::ok);
        }

        /**
         * The result for a file, matched by absolute normalized path.
         *
         * @throws IllegalArgumentException if the file was not part of the run
         */
        public PageResult page(Path file) {
            Path want = file.toAbsolutePath().normalize();
            return pages.stream().filter(p -> p.file().equals(want)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException(want + " was not checked in this run; checked: "
                            + pages.stream().map(PageResult::file).toList()));
        }

        /** A multi-line summary naming each page's violations and errors, and where the report is. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            for (PageResult p : pages) {
                sb.append(p.file()).append(": ").append(p.axeViolations().size()).append(" axe violation(s), ")
                        .append(p.vnuErrors().size()).append(" vnu error(s)\n");
                p.axeViolations().forEach(v -> sb.append("  axe ").append(v).append('\n'));
                p.vnuErrors().forEach(e -> sb.append("  vnu ").append(e).append('\n'));
            }
            return sb.append("full report: ").append(report).toString();
        }
    }

    /** Same as {@link #run(List, Path, boolean)} without screenshots. */
    public static Result run(List<Path> htmlFiles, Path outDir) {
        return run(htmlFiles, outDir, false);
    }

    /**
     * Runs {@code node tools/browser-check/check.mjs} over the files, waiting at most 3 minutes.
     *
     * @param htmlFiles   the rendered pages; at least one
     * @param outDir      where {@value #REPORT_NAME}, {@value #LOG_NAME} and (optionally) {@code screenshots/}
     *                    go; created if missing
     * @param screenshots whether to save a full-page PNG of each file in {@code outDir/screenshots}
     * @return what the check found; a page with problems is a result, not an exception
     * @throws org.opentest4j.TestAbortedException if the browser tools are missing and not required
     * @throws org.opentest4j.AssertionFailedError if they are missing and {@code HEALTHPAGE_REQUIRE_BROWSER=1}
     * @throws IllegalStateException if the tool could not run (exit 2, timeout, unreadable report)
     */
    public static Result run(List<Path> htmlFiles, Path outDir, boolean screenshots) {
        if (htmlFiles.isEmpty()) {
            throw new IllegalArgumentException("give at least one HTML file to check");
        }
        Path root = repoRoot(Path.of("").toAbsolutePath());
        requireTools(root, CHROMIUM, System.getenv());
        try {
            Files.createDirectories(outDir);
            Path report = outDir.resolve(REPORT_NAME).toAbsolutePath();
            Path log = outDir.resolve(LOG_NAME).toAbsolutePath();
            Files.deleteIfExists(report);
            List<String> cmd = new ArrayList<>(List.of("node", root.resolve(TOOL_DIR).resolve("check.mjs").toString(),
                    "--out", report.toString()));
            if (screenshots) {
                cmd.add("--screenshots");
                cmd.add(outDir.resolve("screenshots").toAbsolutePath().toString());
            }
            for (Path f : htmlFiles) {
                cmd.add(f.toAbsolutePath().normalize().toString());
            }
            Process process = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("browser check did not finish within " + TIMEOUT_MINUTES
                        + " minutes; its output so far is in " + log + ":\n" + readQuietly(log));
            }
            int exit = process.exitValue();
            String output = readQuietly(log);
            if (exit != 0 && exit != 1) {
                throw new IllegalStateException("browser check could not run (exit " + exit + "); command "
                        + String.join(" ", cmd) + "\n" + output
                        + "\nIf tools are missing, run .ci/setup-browser as root (see docs/browser-checks.md).");
            }
            try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
                return parse(in, report, exit, output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("browser check failed to run node (is Node 20 on PATH?) or to read its "
                    + "report in " + outDir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the browser check", e);
        }
    }

    /**
     * Finds the repository root: the nearest folder, from {@code start} upwards, containing
     * {@code tools/browser-check/check.mjs}.
     */
    static Path repoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(TOOL_DIR).resolve("check.mjs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder containing " + TOOL_DIR + "/check.mjs above " + start
                + "; run the tests from inside the healthpage checkout");
    }

    /** The reason the tools cannot run, or empty when Chromium and node_modules are both there. */
    static Optional<String> missingTools(Path root, Path chromium) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium.toString());
        }
        Path modules = root.resolve(TOOL_DIR).resolve("node_modules");
        if (!Files.isDirectory(modules)) {
            missing.add(modules.toString());
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("browser check tools missing: " + String.join(" and ", missing)
                + "; run .ci/setup-browser (as root) to install Chromium and the npm packages");
    }

    /** Skips (or, with {@code HEALTHPAGE_REQUIRE_BROWSER=1} in {@code env}, fails) when tools are missing. */
    static void requireTools(Path root, Path chromium, Map<String, String> env) {
        Optional<String> missing = missingTools(root, chromium);
        if (missing.isEmpty()) {
            return;
        }
        if ("1".equals(env.get(REQUIRE_ENV))) {
            Assertions.fail(missing.get() + " (" + REQUIRE_ENV + "=1 makes this a failure, not a skip)");
        }
        Assumptions.abort(missing.get() + " (set " + REQUIRE_ENV + "=1 to fail instead of skipping)");
    }

    /** Reads a REPORT.json written by check.mjs. */
    static Result parse(Reader in, Path report, int exitCode, String output) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            List<PageResult> pages = new ArrayList<>();
            for (JsonObject f : root.getJsonArray("files").getValuesAs(JsonObject.class)) {
                JsonObject axe = f.getJsonObject("axe");
                List<AxeViolation> violations = new ArrayList<>();
                for (JsonObject v : axe.getJsonArray("violations").getValuesAs(JsonObject.class)) {
                    JsonValue impact = v.get("impact");
                    violations.add(new AxeViolation(v.getString("id"),
                            impact instanceof JsonString s ? s.getString() : "",
                            v.getString("help", ""), strings(v.getJsonArray("nodes"))));
                }
                JsonObject vnu = f.getJsonObject("vnu");
                List<VnuError> errors = new ArrayList<>();
                for (JsonObject e : vnu.getJsonArray("errors").getValuesAs(JsonObject.class)) {
                    errors.add(new VnuError(e.getInt("line", 0), e.getInt("column", 0), e.getString("message")));
                }
                pages.add(new PageResult(Path.of(f.getString("file")).toAbsolutePath().normalize(), violations,
                        errors, vnu.getInt("warnings", 0)));
            }
            return new Result(exitCode, report, pages, output);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException(report + ": not a browser-check report as check.mjs writes it ("
                    + e.getMessage() + "); see docs/browser-checks.md for the format", e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
