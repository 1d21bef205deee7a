package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * healthpage on the module path, as a modular application uses it: a consumer module with only
 * {@code requires io.healthpage.i18n;} compiles and runs the README's example (core's API arrives through
 * {@code requires transitive}), and one with {@code requires io.healthpage.jakarta;} uses the content
 * facade. Compiled with the JDK's javac (ToolProvider) and run in a new JVM with {@code --module-path}
 * over the real module jars or folders of this build; nothing on the classpath.
 */
class ModulePathTest {
    @TempDir
    Path tmp;

    @Test
    void requiresI18nAloneIsEnoughForTheDocumentedApi() throws Exception {
        String main = """
                package consumer;

                import io.healthpage.i18n.*;
                import io.healthpage.i18n.tools.BundleChecker;
                import io.healthpage.json.ArticleJson;
                import io.healthpage.model.Article;
                import io.healthpage.render.HtmlRenderer;
                import java.nio.file.Path;
                import java.util.List;
                import java.util.Locale;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        Path dir = Path.of(args[0]);
                        Article article = ArticleJson.reader().read(dir.resolve("article.json"));
                        BundleSet bundles = BundleSet.loadDirectory(dir.resolve("i18n"), BundleLoader.create());
                        Localizer localizer = Localizer.builder().bundles(bundles)
                                .translationCheck(BundleChecker.create().asTranslationCheck(article)).build();
                        Locale locale = LanguageNegotiator.of(article.sourceLocale(), bundles.locales()).negotiate("es-MX,es;q=0.9");
                        Localization page = localizer.localize(article, locale);
                        String html = HtmlRenderer.builder().build().render(page.article(), page.pageContext(List.of())).html();
                        // the built-in Spanish page labels: resources inside the i18n module
                        System.out.println(locale.toLanguageTag() + " " + html.contains("lang=\\"es\\"") + " " + Main.class.getModule().getName()
                                + " " + page.labels().get("index.title").pattern());
                    }
                }
                """;
        String out = compileAndRun("module consumer { requires io.healthpage.i18n; }", main,
                Fixture.content(tmp.resolve("content")).resolve(Fixture.ID).toString());
        assertEquals("es true consumer Artículos de salud", out.strip());
    }

    @Test
    void requiresJakartaGivesTheContentFacade() throws Exception {
        String main = """
                package consumer;

                import io.healthpage.jakarta.ContentSource;
                import io.healthpage.jakarta.HealthContent;
                import io.healthpage.jakarta.Rendered;
                import java.nio.file.Path;
                import java.util.Locale;

                public class Main {
                    public static void main(String[] args) {
                        HealthContent content = HealthContent.load(ContentSource.directory(Path.of(args[0])));
                        Locale l = content.article("ketamine-pain-relief").orElseThrow().negotiate("ar-EG");
                        Rendered page = content.render(Rendered.Kind.PAGE, "ketamine-pain-relief", l).orElseThrow();
                        System.out.println(page.language().toLanguageTag() + " " + page.text().contains("dir=\\"rtl\\"") + " " + content.problems().size());
                    }
                }
                """;
        String out = compileAndRun("module consumer { requires io.healthpage.jakarta; }", main,
                Fixture.content(tmp.resolve("content")).toString());
        assertEquals("ar true 0", out.strip());
    }

    private String compileAndRun(String moduleInfo, String main, String arg) throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), moduleInfo);
        Files.writeString(src.resolve("consumer/Main.java"), main);
        Path out = tmp.resolve("out");
        String modulePath = modulePath();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintStream(err, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--module-path", modulePath, "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString());
        assertEquals(0, rc, "javac on the module path:\n" + err.toString(StandardCharsets.UTF_8) + "\nmodule path: " + modulePath);

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.stdout.encoding=UTF-8", "--module-path", out + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main", arg));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ran in time");
        assertEquals(0, p.exitValue(), "java --module-path:\n" + output);
        return output;
    }

    /**
     * The healthpage modules of this build (jars, or class folders with their module-info) and their
     * dependencies, taken from the test classpath: exactly what a modular application would put on its
     * module path. JUnit, the test classes and Jersey (tests only) stay out.
     */
    private static String modulePath() {
        List<String> keep = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            String n = p.toString().replace('\\', '/');
            boolean ours = n.endsWith("/target/classes") && Files.exists(p.resolve("module-info.class"))
                    || p.getFileName().toString().matches("healthpage-(core|i18n|jakarta)-.*\\.jar");
            boolean dependency = p.getFileName().toString().matches(
                    "(icu4j|jsoup|jakarta\\.json-api|parsson|jakarta\\.ws\\.rs-api)-[0-9].*\\.jar");
            if (ours || dependency) keep.add(e);
        }
        return String.join(File.pathSeparator, keep);
    }
}
