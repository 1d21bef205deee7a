package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
    private static final UrlPolicy DEFAULTS = UrlPolicy.defaults();
    private static final UrlPolicy BASE = UrlPolicy.withBase("https://Example.org/health/ketamine/page.html?x=1#top");

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav\tascript:alert(1)",
        "java\u0000script:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "&amp;#106;avascript:alert(1)",
        "\u2028javascript:alert(1)",
        "\u200Bjavascript:alert(1)",
        "java\u200Bscript:alert(1)",
        "\uFEFFjavascript:alert(1)",
        "%6Aavascript:alert(1)",
        "%256Aavascript:alert(1)",
        "javascript&colon;alert(1)",
        "javascript%3Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:image/svg+xml;base64,PHN2Zz4=",
        "vbscript:msgbox(1)",
        "livescript:x",
        "file:///etc/passwd",
        "ftp://example.org/",
        "blob:https://example.org/uuid",
        "java\uFFFDscript:alert(1)",
        "https://bank.example@evil.example/",
        "http:evil.example",
        "https://",
        "mailto:",
        "",
        "   ",
        "https://example.org/\u202Egnp.exe",
    })
    void refused(String url) {
        assertEquals(Optional.empty(), DEFAULTS.check(url), url);
        assertEquals(Optional.empty(), BASE.check(url), url);
        assertTrue(DEFAULTS.reason(url).isPresent(), "no reason given for " + url);
    }

    @Test
    void reasonsSayWhatIsWrongAndWhatToDo() {
        assertEquals(Optional.of("scheme \"javascript\" is not allowed: use an http, https or mailto URL, or a relative one"),
                DEFAULTS.reason(" JaVaScRiPt:alert(1)"));
        assertEquals(Optional.of("scheme \"javascript\" is not allowed: use an http, https or mailto URL, or a relative one"
                + " (found after decoding the URL)"), DEFAULTS.reason("&#106;avascript:alert(1)"));
        assertEquals(Optional.of("URL contains the control or invisible character U+0000 at index 4: remove it"),
                DEFAULTS.reason("java\u0000script:x"));
        assertEquals(Optional.of("URL is missing: give an http, https, mailto or relative URL"), DEFAULTS.reason(null));
        assertTrue(DEFAULTS.reason("https://a@b.example/").orElseThrow().contains("user info"));
        assertTrue(DEFAULTS.reason("x".repeat(UrlPolicy.MAX_LENGTH + 1)).orElseThrow().contains("longer than 8192"));
        assertEquals(Optional.empty(), DEFAULTS.reason("https://example.org/"));
    }

    /** Expected values worked out by hand from the documented normalisation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.org/a|https://example.org/a",
        "  HTTPS://EXAMPLE.org/Path?Q=A B#Frag  |https://example.org/Path?Q=A%20B#Frag",
        "http://example.org:8080/x|http://example.org:8080/x",
        "mailto:editor@example.org?subject=Dose question|mailto:editor@example.org?subject=Dose%20question",
        "MailTo:a@example.org|mailto:a@example.org",
        "side-effects.html|side-effects.html",
        "../risks/#nausea|../risks/#nausea",
        "/health/ketamine|/health/ketamine",
        "?lang=es|?lang=es",
        "#ref-2|#ref-2",
        "./a:b|./a:b",
        "//cdn.example/img.png|https://cdn.example/img.png",
        "/\\evil.example/x|https://evil.example/x",
        "a b<c>.html|a%20b%3Cc%3E.html",
        "ألم.html|ألم.html",
        "https://example.org/search?q=javascript:alert(1)|https://example.org/search?q=javascript:alert(1)",
    })
    void acceptedWithoutBase(String url, String expected) {
        assertEquals(Optional.of(expected), DEFAULTS.check(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "side-effects.html|https://example.org/health/ketamine/side-effects.html",
        "../risks|https://example.org/health/risks",
        "../../../../x|https://example.org/x",
        "/about|https://example.org/about",
        "?lang=es|https://example.org/health/ketamine/page.html?lang=es",
        "#ref-2|#ref-2",
        "//cdn.example/img.png|https://cdn.example/img.png",
        "mailto:a@example.org|mailto:a@example.org",
        "http://other.example/|http://other.example/",
    })
    void acceptedWithBase(String url, String expected) {
        assertEquals(Optional.of(expected), BASE.check(url));
    }

    @Test
    void aBaseWithoutPathResolvesFromTheRoot() {
        assertEquals(Optional.of("https://example.org/x"), UrlPolicy.withBase("https://example.org").check("x"));
        assertEquals(Optional.of("https://example.org/"), UrlPolicy.withBase("https://example.org").baseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "/relative", "mailto:a@example.org", "ftp://example.org/", "https://a@b/", ""})
    void badBasesAreRefusedWithTheReason(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UrlPolicy.withBase(base));
        assertTrue(e.getMessage().startsWith("base URL \"" + base + "\""), e.getMessage());
    }

    @Test
    void nullBaseIsANullPointerExceptionNamingIt() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> UrlPolicy.withBase(null));
        assertEquals("baseUrl", e.getMessage());
    }

    @Test
    void checkIsIdempotent() {
        String[] urls = {"  HTTPS://EXAMPLE.org/A B", "a b.html", "//cdn.example/x", "/\\evil.example", "?q=1", "mailto:x@y.example?subject=a b"};
        for (String u : urls) {
            String once = DEFAULTS.check(u).orElseThrow();
            assertEquals(Optional.of(once), DEFAULTS.check(once), u);
            String based = BASE.check(u).orElseThrow();
            assertEquals(Optional.of(based), BASE.check(based), u);
        }
    }

    @Test
    void valueSemantics() {
        assertEquals(UrlPolicy.withBase("https://example.org/a/"), UrlPolicy.withBase("https://example.org/a/"));
        assertNotEquals(UrlPolicy.withBase("https://example.org/a/"), DEFAULTS);
        assertEquals(Optional.empty(), DEFAULTS.baseUrl());
    }

    /** The shortcut that skips decoding when it cannot change the scheme gives the verdict of looking at every view. */
    @Test
    void skippingViewsThatCannotChangeTheSchemeChangesNoVerdict() {
        String[] parts = {"https:", "http:", "javascript:", "java", "script:", "mailto:", "//", "/", "?", "#", "&", "&#x09;", "&#106;",
            "&colon;", "%", "%3A", "%6A", "%0a", " ", "\t", "\u2028", "a", "b=1", ":", "x", "&amp;", "data:", "\u00a0", "%25"};
        Random random = new Random(13);
        for (UrlPolicy policy : List.of(UrlPolicy.defaults(), UrlPolicy.withBase("https://example.org/health/"))) {
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                int k = 1 + random.nextInt(6);
                for (int i = 0; i < k; i++) b.append(parts[random.nextInt(parts.length)]);
                String url = b.toString();
                assertEquals(policy.checkLookingAtEveryView(url), policy.check(url), url);
            }
        }
    }
}
