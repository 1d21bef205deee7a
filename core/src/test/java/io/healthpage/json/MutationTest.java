package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged documents never crash the reader: it returns an article or throws {@link ArticleFormatException}. */
class MutationTest {
    private static final String JUNK = "{}[]\":,0-9e.x\\ntrue";

    @Test
    void randomlyDamagedFixturesFailCleanly() throws IOException {
        String full = Files.readString(FullArticleTest.FULL);
        Random rnd = new Random(42);
        int failures = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder(full);
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, JUNK.charAt(rnd.nextInt(JUNK.length())));
                    default -> sb.setCharAt(at, JUNK.charAt(rnd.nextInt(JUNK.length())));
                }
            }
            try {
                ArticleJson.reader().read("m.json", sb.toString());
            } catch (ArticleFormatException e) {
                failures++;
                assertFalse(e.problems().isEmpty());
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " crashed the reader:\n" + sb, e);
            }
        }
        // most damage must be detected; a few mutations land in free text and are harmless
        assertFalse(failures < 150, "only " + failures + " of 300 damaged documents were rejected");
    }
}
