package io.healthpage.examples.cli;

import static io.healthpage.examples.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.SourceHash;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bundle check --locale TAG} reports exactly what {@code bundle check} reports for that locale's file:
 * the same findings with the same severities, in the JSON report, and the same exit code — for the broken
 * files acceptance testing found ({@code --locale} used to exit 0 or 2 on them).
 */
class BundleCheckLocaleTest {
    private static final String TITLE_HASH = SourceHash.of("How long does ketamine pain relief last?");

    private static String bundle(String locale, String messages) {
        return """
                {"format": 1, "locale": "%s", "kind": "article", "article": "ketamine-pain-relief", "sourceLocale": "en",
                 "messages": {%s}}
                """.formatted(locale, messages);
    }

    private static String title(String text) {
        return "\"title\": {\"text\": \"" + text + "\", \"source\": \"" + TITLE_HASH + "\"}";
    }

    /** case, locale, file name, bytes of the file, a rule the report must contain as an error. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("ICU syntax error", "es", "es.json", utf8(bundle("es", title("¿Cuánto dura {el alivio?"))), "icu.syntax"),
                Arguments.of("plural without other", "es", "es.json",
                        utf8(bundle("es", title("{n, plural, one {Un alivio}}"))), "icu.no-other"),
                Arguments.of("duplicate key", "es", "es.json",
                        utf8(bundle("es", title("¿Cuánto dura el alivio?") + ", " + title("¿Y cuánto dura?"))), "keys.duplicate"),
                Arguments.of("empty text", "es", "es.json", utf8(bundle("es", title(""))), "text.empty"),
                Arguments.of("Latin-1 file", "pt-BR", "pt-BR.json",
                        bundle("pt-BR", title("Quanto tempo dura o alívio da cetamina? São horas.")).getBytes(StandardCharsets.ISO_8859_1),
                        "bundle.encoding"),
                Arguments.of("BOM", "pt-BR", "pt-BR.json", bom(bundle("pt-BR", title("Quanto tempo dura o alívio?"))), "bundle.bom"),
                Arguments.of("wrong locale", "pt-BR", "pt-BR.json", utf8(bundle("pt", title("Quanto tempo dura o alívio?"))),
                        "bundle.locale-mismatch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theLocaleReportIsTheFullReportOfThatFile(String name, String locale, String fileName, byte[] content, String rule,
            @TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir); // es.json and ar.json, each translating the title
        Path file = dir.resolve("i18n").resolve(fileName);
        Files.write(file, content);

        CliRun all = run("bundle", "check", "--article", article.toString(), "--format", "json");
        CliRun one = run("bundle", "check", "--article", article.toString(), "--locale", locale, "--format", "json");

        assertEquals(1, all.code(), all::all);
        assertEquals(all.code(), one.code(), one::all);
        JsonObject full = json(all.out());
        JsonObject only = json(one.out());
        JsonObject fileReport = fileReport(full, file);
        assertTrue(fileReport.getJsonArray("findings").stream().map(JsonObject.class::cast)
                .anyMatch(f -> f.getString("rule").equals(rule) && f.getString("severity").equals("error")),
                () -> rule + " expected as an error in " + fileReport);
        // the same findings, severities and counts: the locale's report is the file's part of the full report
        assertEquals(List.of(fileReport), only.getJsonArray("files"), one::all);
        assertEquals(fileReport.getInt("errors"), only.getInt("errors"));
        assertEquals(fileReport.getInt("warnings"), only.getInt("warnings"));
        assertTrue(full.getJsonArray("files").size() > 1, "the full report has the other locales too: " + full);
        // the report is the one place: no finding is only a line on stderr
        assertFalse(one.err().contains("error"), one::all);
    }

    @org.junit.jupiter.api.Test
    void aLocaleWithNoFileAtAllIsAUsageError(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir);
        CliRun r = run("bundle", "check", "--article", article.toString(), "--locale", "it", "--format", "json");
        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().contains("no bundle for it (bundles: [ar, es])"), r::all);
        CliRun es = run("bundle", "check", "--article", article.toString(), "--locale", "es");
        assertEquals(0, es.code(), es::all); // only missing translations: warnings
        assertTrue(es.out().contains("es.json") && !es.out().contains("ar.json"), es::all);
    }

    private static JsonObject fileReport(JsonObject report, Path file) {
        return report.getJsonArray("files").stream().map(JsonObject.class::cast)
                .filter(f -> Path.of(f.getString("file")).getFileName().equals(file.getFileName())).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + file.getFileName() + " in " + report));
    }

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String s) {
        byte[] body = utf8(s);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
