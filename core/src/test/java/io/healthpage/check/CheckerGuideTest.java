package io.healthpage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/checker.md true: its rules table is what the rule objects say. To regenerate it:
 * {@code -Dchecker.update=true}.
 */
class CheckerGuideTest {
    static final Path GUIDE = Path.of("../docs/checker.md");
    static final String START = "<!-- rules-table:start (generated from the rule objects by CheckerGuideTest; do not edit) -->";
    static final String END = "<!-- rules-table:end -->";

    static String table() {
        StringBuilder sb = new StringBuilder("| id | severity | guideline | what to do |\n|---|---|---|---|\n");
        for (ArticleRule r : ArticleChecker.BUILT_IN) {
            sb.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity()).append(" | ").append(r.guideline())
                    .append(" | ").append(r.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void rulesTableMatchesTheRuleObjects() throws Exception {
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "docs/checker.md needs the rules-table markers");
        String expected = START + "\n" + table() + END;
        String actual = text.substring(a, b + END.length());
        if (Boolean.getBoolean("checker.update") && !expected.equals(actual)) {
            Files.writeString(GUIDE, text.substring(0, a) + expected + text.substring(b + END.length()), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual, "regenerate with -Dchecker.update=true");
    }

    @Test
    void builtInRulesHaveUniqueIdsInGroupOrderAndEveryPart() {
        Set<String> ids = new HashSet<>();
        String previousGroup = "";
        Set<String> groupsSeen = new HashSet<>();
        for (ArticleRule r : ArticleChecker.BUILT_IN) {
            assertTrue(ids.add(r.id()), "two rules " + r.id());
            String group = r.id().substring(0, r.id().indexOf('.'));
            if (!group.equals(previousGroup)) assertTrue(groupsSeen.add(group), "the rules of " + group + " are not together");
            previousGroup = group;
            assertFalse(r.guideline().isBlank(), r.id());
            assertFalse(r.description().isBlank(), r.id());
            assertEquals(r.description().strip(), r.description(), r.id());
            assertEquals(r.id().toLowerCase(Locale.ROOT), r.id());
        }
        assertEquals(Set.of("structure", "link", "image", "language", "trust", "translation", "readability"), groupsSeen);
        assertEquals(ArticleChecker.BUILT_IN, ArticleChecker.builder().build().rules(), "by default every built-in rule runs");
    }
}
