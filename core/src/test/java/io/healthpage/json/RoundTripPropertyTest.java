package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Property: for generated valid articles, {@code read(write(a)) == a} and writing is stable. */
class RoundTripPropertyTest {
    private static final int CASES = 200;

    @Test
    void generatedArticlesRoundTrip() {
        ArticleJson json = ArticleJson.reader();
        ArticleValidator validator = new ArticleValidator();
        for (long seed = 1; seed <= CASES; seed++) {
            Article a = new RandomArticles(seed).article();
            assertEquals(List.of(), validator.validate(a), "generator made an invalid article, seed " + seed);
            String written = json.write(a);
            Article back;
            try {
                // through UTF-8 bytes, as a file: a lone surrogate written as a character would become '?'
                back = json.read("seed-" + seed + ".json", new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            } catch (ArticleFormatException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + written, e);
            }
            assertEquals(a, back, "read(write(a)) differs, seed " + seed);
            assertEquals(written, json.write(back), "write is not stable, seed " + seed);
        }
    }

    @Test
    void theGeneratedArticlesHaveEveryShapeOfIssue14() {
        int roleOnly = 0;
        int updated = 0;
        int titleOnly = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            String written = ArticleJson.reader().write(new RandomArticles(seed).article());
            if (written.matches("(?s).*\"kind\": \"(person|organization)\",\\s+\"(role|credentials)\".*")) roleOnly++;
            if (written.contains("\"updated\": ") && written.matches("(?s).*\"year\": \\d+,\\s+\"updated\": \\d+.*")) updated++;
            if (written.matches("(?s).*\\{\\s+\"title\": (\"[^\"]*\"|\\{[^{}]*\\})\\s+}.*")) titleOnly++;
        }
        // a reviewer by role only, a reference with an updated year, a numbered item that is a title alone
        assertTrue(roleOnly > 10 && updated > 10 && titleOnly > 10, roleOnly + " " + updated + " " + titleOnly);
    }

    @Test
    void theGeneratorIsDeterministicAndVaried() {
        assertEquals(new RandomArticles(7).article(), new RandomArticles(7).article());
        long distinct = java.util.stream.LongStream.rangeClosed(1, 20)
                .mapToObj(s -> ArticleJson.reader().write(new RandomArticles(s).article())).distinct().count();
        assertEquals(20, distinct);
    }
}
