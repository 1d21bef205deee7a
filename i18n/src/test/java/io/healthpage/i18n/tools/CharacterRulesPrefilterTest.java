package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests before the expensive ones: the one before the URL expression of {@code text.url} lets
 * every address through; the one before the invisible-character scan never hides what the scan finds.
 */
class CharacterRulesPrefilterTest {
    /** The expression of text.url itself, so the test follows it when it changes. */
    private static final Pattern URL = CharacterRules.URL;

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

    @Test
    void invisibleCharacterPrefilterAgreesWithTheFullScanForEveryBmpCharacter() {
        int found = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String text : new String[] {"a" + (char) c + "b", (char) c + " x", "x " + (char) c}) {
                CharacterRules.Scan all = CharacterRules.scanAll(text, "ab");
                assertEquals(all, CharacterRules.scan(text, "ab"), () -> "U+" + Integer.toHexString(text.charAt(1)));
            }
            if (!CharacterRules.scanAll("a" + (char) c + "b", "ab").equals(CharacterRules.scan("plain", "ab"))) found++;
        }
        // the full scan finds something for the C0/C1 controls, separators, direction controls, zero-width and private-use characters
        assertTrue(found > 6000, "characters the scan reports: " + found);
        // a supplementary private-use character (a surrogate pair) is found by neither
        assertEquals(CharacterRules.scanAll("a\uDB80\uDC00b", "ab"), CharacterRules.scan("a\uDB80\uDC00b", "ab"));
    }
}
