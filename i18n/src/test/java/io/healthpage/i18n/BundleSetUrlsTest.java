package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.problem.Problem;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BundleSet#loadUrls} gives what {@link BundleSet#loadDirectory} gives for the same files. */
class BundleSetUrlsTest {
    private final BundleLoader loader = BundleLoader.create().withArticleId("a");

    private static String bundle(String locale, String kind) {
        return "{\"format\": 1, \"locale\": \"" + locale + "\", \"kind\": \"" + kind + "\", "
                + (kind.equals("article") ? "\"article\": \"a\", " : "")
                + "\"sourceLocale\": \"en\", \"messages\": {\"title\": {\"text\": \"T\", \"source\": \"00000001\"}}}";
    }

    @Test
    void theSameChecksAsLoadDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("es.json"), bundle("es", "article"));
        Files.writeString(dir.resolve("fr.json"), bundle("de", "article"));      // locale differs from the name
        Files.writeString(dir.resolve("pt_PT.json"), bundle("pt-PT", "article")); // not a language tag
        Files.writeString(dir.resolve("ar.json"), bundle("ar", "article"));
        Files.writeString(dir.resolve("ar.properties"), "@format=1\n@locale=ar\n@kind=article\n@article=a\n"
                + "@sourceLocale=en\ntitle=ع\ntitle@source=00000001\n");             // two files for ar
        Files.writeString(dir.resolve("de.json"), "{\n  broken");
        Files.write(dir.resolve("it.json"), new byte[] {'{', '\n', (byte) 0xC3, (byte) 0x28, '}'}); // not UTF-8
        Files.writeString(dir.resolve("he.json"), bundle("he", "labels"));
        Files.writeString(dir.resolve("README.md"), "not a bundle");
        Files.writeString(dir.resolve(".hidden.json"), "ignored");

        Map<String, URL> files = new TreeMap<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) files.put(p.getFileName().toString(), p.toUri().toURL());
        }
        BundleSet fromDir = BundleSet.loadDirectory(dir, loader);
        BundleSet fromUrls = BundleSet.loadUrls(dir.toString(), files, loader);
        assertEquals(fromDir.locales(), fromUrls.locales());
        assertEquals(fromDir.labelLocales(), fromUrls.labelLocales());
        assertEquals(fromDir.problems(), fromUrls.problems(), "same problems, same files, same positions");
        assertEquals(List.of("bundle.duplicate-locale", "bundle.json-syntax", "bundle.locale-mismatch", "bundle.encoding",
                "bundle.file-name"), fromUrls.problems().stream().map(Problem::rule).toList());
        assertTrue(fromUrls.problems().get(3).line() > 0, "the bad byte is located: " + fromUrls.problems().get(3));
    }

    @Test
    void problemsNameTheFolderGivenAndUnreadableUrlsAreProblems(@TempDir Path dir) throws Exception {
        Path es = Files.writeString(dir.resolve("es.json"), bundle("es", "article"), StandardCharsets.UTF_8);
        Map<String, URL> files = Map.of("es.json", es.toUri().toURL(), "fr.json", dir.resolve("gone.json").toUri().toURL());
        BundleSet set = BundleSet.loadUrls("classpath:health/a/i18n", files, loader);
        assertEquals(1, set.locales().size());
        Problem p = set.problems().get(0);
        assertEquals("bundle.io", p.rule());
        assertEquals("classpath:health/a/i18n/fr.json", p.file());
        assertThrows(IllegalArgumentException.class, () -> BundleSet.loadUrls("x", Map.of("sub/es.json", es.toUri().toURL()), loader));
    }
}
