package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.problem.Problem;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content read from every kind of source gives the same articles, and the same located
 * problems, each naming its file the way the source does.
 */
class ContentSourceTest {
    @TempDir
    Path tmp;

    @Test
    void aDirectory() throws Exception {
        Path dir = Fixture.broken(tmp.resolve("content"));
        assertLoadsWithLocatedProblems(ContentSource.directory(dir), dir.toString() + "/");
    }

    @Test
    void aFolderOnTheClasspath() throws Exception {
        Fixture.broken(tmp.resolve("classes/healthpage"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
            assertLoadsWithLocatedProblems(ContentSource.classpath(loader, "healthpage"), "classpath:healthpage/");
        }
    }

    @Test
    void aJarOnTheClasspath() throws Exception {
        Path jar = Fixture.jar(Fixture.broken(tmp.resolve("content")), "healthpage", tmp.resolve("content.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertLoadsWithLocatedProblems(ContentSource.classpath(loader, "healthpage"), "classpath:healthpage/");
        }
        Files.delete(jar); // the jar was closed after loading (it would stay locked on Windows otherwise)
    }

    @Test
    void aJarUrl() throws Exception {
        Path jar = Fixture.jar(Fixture.broken(tmp.resolve("content")), "healthpage", tmp.resolve("content.jar"));
        String root = "jar:" + jar.toUri() + "!/healthpage/";
        assertLoadsWithLocatedProblems(ContentSource.url(new URL(root)), root);
    }

    @Test
    void theContextClassLoaderIsTheDefault() throws Exception {
        Path jar = Fixture.jar(Fixture.content(tmp.resolve("content")), "site/health", tmp.resolve("content.jar"));
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            HealthContent c = HealthContent.load(ContentSource.classpath("site/health"));
            assertEquals(Set.of(Fixture.ID, Fixture.SECOND), c.ids());
            assertEquals("classpath:site/health/ketamine-pain-relief/article.json", c.article(Fixture.ID).orElseThrow().location());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void aMissingFolderIsOneProblemNotAnException() {
        HealthContent c = HealthContent.load(ContentSource.classpath(getClass().getClassLoader(), "no/such/folder"));
        assertTrue(c.ids().isEmpty());
        assertEquals(List.of("content.empty"), c.problems().stream().map(Problem::rule).toList());
        assertEquals("classpath:no/such/folder/", c.problems().get(0).file());

        HealthContent d = HealthContent.load(ContentSource.directory(tmp.resolve("nothing-here")));
        assertEquals(List.of("content.empty"), d.problems().stream().map(Problem::rule).toList());
    }

    @Test
    void aClasspathThatCannotBeListedIsALocatedProblem() throws Exception {
        // what WildFly's class loader does: resources under vfs: URLs, which have no listing
        java.net.URLStreamHandler none = new java.net.URLStreamHandler() {
            @Override
            protected java.net.URLConnection openConnection(URL u) throws java.io.IOException {
                throw new java.io.IOException("no connection in this test");
            }
        };
        ClassLoader vfs = new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                try {
                    return new URL("vfs", null, -1, "/content/" + name, none);
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        HealthContent c = HealthContent.load(ContentSource.classpath(vfs, "healthpage"));
        assertTrue(c.ids().isEmpty());
        Problem p = c.problems().get(0);
        assertEquals("content.io", p.rule());
        assertEquals("classpath:healthpage/", p.file());
        assertTrue(p.message().contains("vfs: URLs") && p.message().contains("/WEB-INF/healthpage"), p.message());
    }

    @Test
    void badArgumentsAreRejectedWithWhatIsExpected() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContentSource.classpath("/healthpage"));
        assertTrue(e.getMessage().contains("no leading /"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ContentSource.url(new URL("http://127.0.0.1/health/")));
        assertTrue(e.getMessage().contains("file: or jar:"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ContentSource.directory(null));
    }

    /** What every source must give for {@link Fixture#broken}; {@code root} is how problems name the root. */
    private static void assertLoadsWithLocatedProblems(ContentSource source, String root) {
        HealthContent c = HealthContent.load(source);
        // the good article and the second one load; the broken one and the duplicate id do not
        assertEquals(List.of(Fixture.ID, Fixture.SECOND), List.copyOf(c.ids()));
        HealthContent.Entry e = c.article(Fixture.ID).orElseThrow();
        assertEquals(root + Fixture.ID + "/article.json", e.location());
        assertEquals(List.of("en", "ar", "es", "ja", "zh-Hans"), e.locales().stream().map(Locale::toLanguageTag).toList(),
                "pt_BR.json (bad name) and fr.json (says es) are not used");

        Set<String> got = c.problems().stream().map(p -> p.rule() + " " + p.file()).collect(Collectors.toSet());
        Set<String> expected = Set.of(
                "json.unknown-field " + root + "a-broken/article.json",
                "content.duplicate-id " + root + "z-copy/article.json",
                "bundle.file-name " + root + Fixture.ID + "/i18n/pt_BR.json",
                "bundle.locale-mismatch " + root + Fixture.ID + "/i18n/fr.json");
        assertTrue(got.containsAll(expected), "expected " + expected + "\nin " + got);
        Problem unknownField = c.problems().stream().filter(p -> p.rule().equals("json.unknown-field")).findFirst().orElseThrow();
        assertEquals(4, unknownField.line(), "the broken article's problem has its line: " + unknownField);
    }
}
