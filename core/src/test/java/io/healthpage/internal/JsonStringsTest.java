package io.healthpage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The escaping rules of the article and bundle files, each with the exact text expected. */
class JsonStringsTest {

    @Test
    void quoteAndBackslashGetABackslash() {
        assertEquals("\"a\\\"b\\\\c\"", JsonStrings.quote("a\"b\\c"));
    }

    @Test
    void shortEscapesForTheFiveNamedControls() {
        assertEquals("\"\\b\\f\\n\\r\\t\"", JsonStrings.quote("\b\f\n\r\t"));
    }

    @Test
    void otherControlCharactersAsLowerCaseUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001f\"", JsonStrings.quote("\u0000\u0001\u001f"));
        // DEL and the C1 controls are invisible in an editor: escaped, though JSON would allow them
        assertEquals("\"a\\u007fb\\u0080\\u009f\"", JsonStrings.quote("a\u007fb\u0080\u009f"));
        // U+00A0 (no-break space) is text, the first character after the C1 block
        assertEquals("\"\u00a0\"", JsonStrings.quote("\u00a0"));
    }

    @Test
    void lineAndParagraphSeparatorsEscaped() {
        assertEquals("\"one\\u2028two\\u2029three\"", JsonStrings.quote("one\u2028two\u2029three"));
    }

    @Test
    void loneSurrogatesEscapedPairsKept() {
        String emoji = "\uD83D\uDE00"; // 😀 as a surrogate pair
        assertEquals("\"" + emoji + "\"", JsonStrings.quote(emoji));
        assertEquals("\"\\ud83d\"", JsonStrings.quote("\uD83D"));             // high at the end
        assertEquals("\"\\ud83dx\"", JsonStrings.quote("\uD83Dx"));           // high before a non-surrogate
        assertEquals("\"\\ude00\"", JsonStrings.quote("\uDE00"));             // low at the start
        assertEquals("\"x\\ude00\"", JsonStrings.quote("x\uDE00"));           // low after a non-surrogate
        assertEquals("\"\\ude00\\ud83d\"", JsonStrings.quote("\uDE00\uD83D")); // reversed pair: both lone
        // a high surrogate followed by a pair: the first is lone, the pair is kept
        assertEquals("\"\\ud83d" + emoji + "\"", JsonStrings.quote("\uD83D" + emoji));
    }

    @Test
    void textInAnyScriptIsKeptReadableForTranslators() {
        String text = "Ça dure — 持续数小时 — يستمر لساعات — Zażółć — 😀 — NMDA‑receptor";
        assertEquals("\"" + text + "\"", JsonStrings.quote(text));
    }

    @Test
    void htmlCharactersKeptInFiles() {
        // files are not HTML: JSON-LD inside <script> is escaped by JsonLdRenderer.Result#forHtmlScript()
        assertEquals("\"</script><!-- a & b / c\"", JsonStrings.quote("</script><!-- a & b / c"));
    }

    @Test
    void appendsToTheGivenBuilder() {
        StringBuilder sb = new StringBuilder("x=");
        assertEquals("x=\"a\\nb\"", JsonStrings.quote(sb, "a\nb").toString());
        assertEquals("\"\"", JsonStrings.quote(""));
    }

    @Test
    void nullArgumentsThrowNullPointerException() {
        assertThrows(NullPointerException.class, () -> JsonStrings.quote(null));
        assertThrows(NullPointerException.class, () -> JsonStrings.quote(null, "x"));
        assertThrows(NullPointerException.class, () -> JsonStrings.quote(new StringBuilder(), null));
    }

    /**
     * Any string, lone surrogates and controls included, is read back char for char by a real JSON
     * parser (Parsson), and the text survives UTF-8 (no lone surrogate left to become '?').
     */
    @Test
    void anyStringRoundTripsThroughParssonAndUtf8() {
        Random rnd = new Random(11);
        char[] pool = {'a', 'é', '中', 'ع', '"', '\\', '/', '<', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u0085',
                '\u2028', '\u2029', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uFEFF', ' '};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            int len = rnd.nextInt(12);
            for (int i = 0; i < len; i++) s.append(pool[rnd.nextInt(pool.length)]);
            String in = s.toString();
            String json = JsonStrings.quote(in);
            String viaUtf8 = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(json, viaUtf8, () -> "not representable in UTF-8: " + json);
            try (JsonReader r = Json.createReader(new StringReader("[" + json + "]"))) {
                assertEquals(in, r.readArray().getString(0), () -> "round trip of " + json);
            }
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                assertFalse(c < 0x20 || c == '\u2028' || c == '\u2029', () -> "raw control in " + json);
            }
        }
    }
}
