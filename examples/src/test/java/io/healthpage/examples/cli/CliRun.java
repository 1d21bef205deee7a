package io.healthpage.examples.cli;

import io.healthpage.i18n.SourceHash;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI through {@link Main#run} with captured streams; helpers to build test content. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        return runWithInput("", args);
    }

    static CliRun runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Everything, for assertion messages. */
    String all() {
        return "exit " + code + "\n--- stdout\n" + (out.length() > 2000 ? out.substring(0, 2000) + "…" : out)
                + "\n--- stderr\n" + err;
    }

    /** The built-in example article file, as in the source tree. */
    static Path exampleArticle() {
        return Path.of("content/ketamine-pain-relief/article.json");
    }

    /** Spanish title of the test bundle below (written by hand, not taken from the code under test). */
    static final String ES_TITLE = "¿Cuánto dura el alivio del dolor con ketamina? (prueba)";
    /** Arabic title of the test bundle below. */
    static final String AR_TITLE = "كم يدوم تخفيف الألم بالكيتامين؟ (اختبار)";

    /**
     * A copy of the example article in {@code dir/article.json} with bundles for es and ar in
     * {@code dir/i18n} that translate only the title (so every other text falls back to English).
     */
    static Path articleWithTitleBundles(Path dir) throws IOException {
        Path article = dir.resolve("article.json");
        Files.copy(exampleArticle(), article);
        Article a = ArticleJson.reader().read(article);
        String hash = SourceHash.of(a.title().pattern());
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        // the drug name is do-not-translate: each bundle says how its language writes it, or the title is refused
        String drug = SourceHash.of(a.term("ketamine").text().pattern());
        Files.writeString(i18n.resolve("es.json"), bundle("es", a.id(), hash, ES_TITLE, drug, "ketamina"));
        Files.writeString(i18n.resolve("ar.json"), bundle("ar", a.id(), hash, AR_TITLE, drug, "الكيتامين"));
        return article;
    }

    /** A copy of the example article in {@code dir} with a Spanish bundle whose title has an unclosed ICU brace. */
    static Path articleWithBrokenSpanishTitle(Path dir) throws IOException {
        Path article = dir.resolve("article.json");
        Files.copy(exampleArticle(), article);
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        String hash = SourceHash.of("How long does ketamine pain relief last?");
        Files.writeString(i18n.resolve("es.json"), """
                {"format": 1, "locale": "es", "kind": "article", "article": "ketamine-pain-relief", "sourceLocale": "en",
                 "messages": {"title": {"text": "¿Cuánto dura {el alivio?", "source": "%s"}}}
                """.formatted(hash));
        return article;
    }

    private static String bundle(String locale, String id, String hash, String title, String drugHash, String drug) {
        return """
                {"format": 1, "locale": "%s", "kind": "article", "article": "%s", "sourceLocale": "en",
                 "messages": {"title": {"text": "%s", "source": "%s"},
                              "term.ketamine.text": {"text": "%s", "source": "%s"}}}
                """.formatted(locale, id, title, hash, drug, drugHash);
    }
}
