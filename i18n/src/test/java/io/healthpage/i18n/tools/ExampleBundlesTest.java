package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checker on the real example bundles: no finding at all; prints its report and the time it took. */
class ExampleBundlesTest {
    private static final Path DIR = Path.of("../examples/content/ketamine-pain-relief");

    @Test
    void exampleBundlesHaveNoErrors() throws Exception {
        Article article = ArticleJson.reader().read(DIR.resolve("article.json"));
        Set<String> keys = article.messages().stream().map(Message::key).collect(Collectors.toSet());
        BundleLoader loader = BundleLoader.create().withKnownKeys(keys).withArticleId(article.id());
        long t0 = System.nanoTime();
        BundleSet set = BundleSet.loadDirectory(DIR.resolve("i18n"), loader);
        CheckResult r = BundleChecker.create().checkAll(article, set);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.print(r.toText(false));
        System.out.print(Coverage.of(r).toText());
        System.out.printf("checked %d example bundles (load + check) in %d ms%n", set.locales().size(), ms);
        assertTrue(Files.isDirectory(DIR.resolve("i18n")));
        assertFalse(set.locales().isEmpty());
        assertEquals(0, r.errorCount(), () -> r.toText(false));
        // warnings too: a new rule that fires on the shipped translations is a false positive or a real mistake to fix
        assertEquals(java.util.List.of(), r.findings(), () -> r.toText(false));
    }
}
