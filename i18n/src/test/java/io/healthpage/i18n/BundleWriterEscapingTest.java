package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of a bundle escapes what JSON requires and what would be invisible or lost, and keeps
 * every script readable for translators: the same rules as the article files.
 */
class BundleWriterEscapingTest {
    private static final Locale AR = Locale.forLanguageTag("ar");

    private static Bundle bundle(String... keysAndTexts) {
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            entries.put(keysAndTexts[i], new BundleEntry(keysAndTexts[i], keysAndTexts[i + 1], "0123abcd", null, 0, 0));
        }
        return new Bundle("ar.json", AR, Bundle.Kind.ARTICLE, "ketamine-pain-relief",
                new BundleMetadata(Locale.ENGLISH, "Équipe \"ar\"", false, null, null), entries);
    }

    @Test
    void writesTheExactEscapes() {
        String json = BundleWriter.json(bundle(
                "readable", "يستمر التخفيف لساعات — 持续 — Zażółć 😀",
                "controls", "a\tb\nc\r\b\f\u0000\u007f\u0085",
                "separators", "x\u2028y\u2029z",
                "lone", "\uD83D!",
                "html", "</script> & <b>"));
        assertTrue(json.contains("\"translator\": \"Équipe \\\"ar\\\"\""), json);
        assertTrue(json.contains("\"readable\": { \"text\": \"يستمر التخفيف لساعات — 持续 — Zażółć 😀\""), json);
        assertTrue(json.contains("\"controls\": { \"text\": \"a\\tb\\nc\\r\\b\\f\\u0000\\u007f\\u0085\""), json);
        assertTrue(json.contains("\"separators\": { \"text\": \"x\\u2028y\\u2029z\""), json);
        assertTrue(json.contains("\"lone\": { \"text\": \"\\ud83d!\""), json);
        // a bundle file is not HTML: nothing to escape for a <script> element
        assertTrue(json.contains("\"html\": { \"text\": \"</script> & <b>\""), json);
    }

    @Test
    void whatIsWrittenAsUtf8LoadsBackCharForChar() {
        Bundle original = bundle("lone", "before \uDE00 after", "controls", "tab\there\u2028", "emoji", "😀 ok");
        byte[] file = BundleWriter.json(original).getBytes(StandardCharsets.UTF_8);
        Bundle loaded = BundleLoader.create().load("ar.json", new String(file, StandardCharsets.UTF_8)).bundle().orElseThrow();
        for (BundleEntry e : original.entries().values()) {
            assertEquals(e.text(), loaded.entries().get(e.key()).text(), e.key());
        }
        assertEquals(original.metadata().translator(), loaded.metadata().translator());
    }
}
