package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap test before the URL expression of {@code text.url} lets every address through. */
class CharacterRulesPrefilterTest {
    /** The expression of CharacterRules.URL, as written there. */
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|mailto:)[^\\s<>{}\"”»)\\]]+");

    @Test
    void everyTextTheExpressionMatchesPassesThePrefilter() {
        List<String> withAddress = List.of("see https://example.org.", "HTTP://EXAMPLE.ORG", "Www.Example.org", "wWw.x",
                "écrivez à MAILTO:a@b.fr", "(hTtPs://x/y)", "İ www.x", "\u212A http://k");
        for (String t : withAddress) {
            assertTrue(URL.matcher(t).find(), "fixture must match the expression: " + t);
            assertTrue(CharacterRules.mayHaveUrl(t), t);
        }
    }

    @Test
    void plainTextIsSkipped() {
        for (String t : List.of("Take 5 mg a day.", "Nehmen Sie 5 mg pro Tag.", "每天 5 毫克。", "www", "mailto", "htt://x")) {
            assertFalse(URL.matcher(t).find(), t);
            assertFalse(CharacterRules.mayHaveUrl(t), t);
        }
        assertEquals(false, CharacterRules.mayHaveUrl(""));
    }
}
