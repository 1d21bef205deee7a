package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SanitizerTest {
    private static final Sanitizer SANITIZER = Sanitizer.standard();

    static Stream<String> hostile() {
        return HostileInputs.ALL.stream();
    }

    @Test
    void thereAreAtLeastFortyHostileInputs() {
        assertTrue(HostileInputs.ALL.size() >= 40, "only " + HostileInputs.ALL.size());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputProducesNothingExecutable(String input) {
        String out = SANITIZER.sanitize(input);
        SafeOutput.assertSafe(input, out);
        assertEquals(out, SANITIZER.sanitize(out), "sanitizing twice changed the output of " + input);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsAlsoSafeThroughABaseUrlPolicyAndInPlaceCleaning(String input) {
        Sanitizer withBase = Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/health/"));
        SafeOutput.assertSafe(input, withBase.sanitize(input));

        Document doc = Jsoup.parse("<html><body><article lang=en></article></body></html>");
        Element article = doc.selectFirst("article");
        article.html(input);
        SANITIZER.cleanInPlace(article);
        SafeOutput.assertSafe(input, doc.body().html());
    }

    /** Expected outputs worked out by hand from the rules, not copied from a run. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>alert(1)</script>|``",
        "<img src=x onerror=alert(1)>|<img src=\"x\">",
        "<a href=\"javascript:alert(1)\">x</a>|<a>x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>|<a>x</a>",
        "<p aria-label=\"x\" onmouseover=\"alert(1)\">x</p>|<p aria-label=\"x\">x</p>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">|<p></p>",
        "<style>@import 'x.css';</style><p>t</p>|<p>t</p>",
        "<details open ontoggle=alert(1)><summary>x</summary></details>|<details><summary>x</summary></details>",
        "<a href=\"https://evil.example/\" target=\"_blank\">x</a>|<a href=\"https://evil.example/\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
        "<a href=\"https://evil.example/\" target=\"_blank\" rel=\"opener external\">x</a>|<a href=\"https://evil.example/\" target=\"_blank\" rel=\"external noopener noreferrer\">x</a>",
        "<a href=\"x\" target=\"victim\">x</a>|<a href=\"x\">x</a>",
        "<a href=\"//evil.example/p\">x</a>|<a href=\"https://evil.example/p\">x</a>",
        "<a href=\"/\\evil.example/\">x</a>|<a href=\"https://evil.example/\">x</a>",
        "<!--<img src=x onerror=alert(1)>--><p>a</p>|<p>a</p>",
        "<svg><a href=\"/ok\">x</a></svg>|<a href=\"/ok\">x</a>",
        "<font color=red>kept text</font>|kept text",
        "<p id=\"a b\" class=\"c d\">x</p>|<p class=\"c d\">x</p>",
        "<div id=\"</p><script>alert(1)</script>\">x</div>|<div>x</div>",
        "<p dir=\"sideways\" lang=\"ar\">x</p>|<p lang=\"ar\">x</p>",
    })
    void knownPayloadsBecomeWhatTheRulesSay(String input, String expected) {
        assertEquals(expected, SANITIZER.sanitize(input));
    }

    @Test
    void textThatLooksLikeTagsSurvivesAsText() {
        String out = SANITIZER.sanitize("Dose <5 mg if eGFR <30 & weight > 40 kg");
        assertEquals("Dose &lt;5 mg if eGFR &lt;30 &amp; weight &gt; 40 kg", out);
        assertEquals("Dose <5 mg if eGFR <30 & weight > 40 kg", Jsoup.parseBodyFragment(out).body().text());
    }

    @Test
    void relativeLinksSurviveWithoutABase() {
        String in = "<a href=\"../side-effects.html#nausea\">a</a><a href=\"#ref-2\">b</a>"
                + "<a href=\"?lang=es\">c</a><img src=\"img/dose-chart.png\" alt=\"Dose chart\">";
        assertEquals(in, SANITIZER.sanitize(in));
        assertEquals("<a href=\"ألم.html\">a</a><a href=\"dose%20chart.html\">b</a>",
                SANITIZER.sanitize("<a href=\"ألم.html\">a</a><a href=\" dose chart.html\">b</a>"));
    }

    @Test
    void relativeLinksAreResolvedAgainstTheBaseButFragmentsStayInPage() {
        Sanitizer s = Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/health/ketamine/"));
        assertEquals("<a href=\"https://example.org/health/side-effects\">a</a><a href=\"#ref-2\">b</a>",
                s.sanitize("<a href=\"../side-effects\">a</a><a href=\"#ref-2\">b</a>"));
    }

    @Test
    void theRenderersVocabularySurvivesUnchanged() {
        String good = "<article lang=\"en\" dir=\"ltr\" aria-labelledby=\"hp-title\" class=\"hp-article\">"
                + "<header><nav aria-label=\"Breadcrumb\"><ol>"
                + "<li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/pain\" aria-current=\"page\">Pain</a></li></ol></nav>"
                + "<h1 id=\"hp-title\">How long does ketamine pain relief last?</h1>"
                + "<p>Last reviewed <time datetime=\"2024-05-01\">1 May 2024</time></p></header>"
                + "<nav aria-label=\"Contents\"><ol><li><a href=\"#hp-s1\">Risks</a></li></ol></nav>"
                + "<section id=\"hp-s1\" aria-labelledby=\"hp-s1-h\"><h2 id=\"hp-s1-h\">Risks</h2>"
                + "<p>An <abbr title=\"N-methyl-D-aspartate\">NMDA</abbr> blocker. <dfn title=\"pain lasting 3 months or more\">Chronic pain</dfn> "
                + "is <em>common</em>, <strong>really</strong>.<sup><a href=\"#hp-ref-1\" aria-describedby=\"hp-refs\">1</a></sup></p>"
                + "<ol start=\"2\" reversed><li>One</li></ol><ul><li>Two<br>lines</li></ul>"
                + "<dl><dt>Term</dt><dd>Definition</dd></dl>"
                + "<aside role=\"note\" aria-label=\"Warning\"><p>Call 911.</p></aside>"
                + "<blockquote cite=\"https://www.ncbi.nlm.nih.gov/books/NBK470357/\"><p>Quoted <q>text</q></p></blockquote>"
                + "<figure><img src=\"https://example.org/chart.png\" alt=\"Relief over 7 days\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\">"
                + "<figcaption>Relief <small>(source: NIH)</small></figcaption></figure>"
                + "<table><caption>Doses</caption><thead><tr><th scope=\"col\">Form</th><th scope=\"col\" colspan=\"2\">Dose</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\">IV</th><td colspan=\"2\" rowspan=\"1\">0.5 mg/kg</td></tr></tbody></table>"
                + "<hr></section>"
                + "<section aria-labelledby=\"hp-faq\"><h2 id=\"hp-faq\">Questions</h2>"
                + "<details><summary>Is it safe?</summary><p lang=\"es\" dir=\"ltr\" translate=\"no\">Sí.</p></details></section>"
                + "<footer><p><cite>NCBI Bookshelf</cite>, <bdi>مرجع</bdi> "
                + "<a href=\"https://example.org/\" rel=\"external noopener noreferrer\" target=\"_blank\" hreflang=\"ar\" type=\"text/html\">link</a>"
                + "<span class=\"hp-visually-hidden\" hidden>(opens in a new tab)</span>"
                + "<a href=\"mailto:editor@example.org\">Mail</a></p>"
                + "<div><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6></div></footer></article>";
        assertEquals(good, SANITIZER.sanitize(good));
    }

    @Test
    void sanitizingTwiceChangesNothingOverRandomMutations() {
        String[] tokens = {"<", ">", "\"", "'", "=", "/", "&#", "&#x", ";", "javascript:", "\u0000", "\t", "\n",
            "-->", "<!--", "</p>", " on", "onerror=", "<svg>", "</svg>", "<math>", "<style>", "</style>",
            "<noscript>", "</noscript>", "href=", "src=", " target=_blank", "<a ", "<img ", "`", "\\", "%0a", "\u2028"};
        Random random = new Random(20240501L);
        List<String> inputs = new ArrayList<>(HostileInputs.ALL);
        int rounds = 0;
        for (String seed : HostileInputs.ALL) {
            for (int k = 0; k < 8; k++) {
                StringBuilder b = new StringBuilder(seed);
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(b.length() + 1);
                    switch (random.nextInt(3)) {
                        case 0: b.insert(at, tokens[random.nextInt(tokens.length)]); break;
                        case 1: if (at < b.length()) b.deleteCharAt(at); break;
                        default: b.insert(at, HostileInputs.ALL.get(random.nextInt(HostileInputs.ALL.size())));
                    }
                }
                inputs.add(b.toString());
            }
        }
        for (String in : inputs) {
            String once = SANITIZER.sanitize(in);
            SafeOutput.assertSafe(in, once);
            assertEquals(once, SANITIZER.sanitize(once), "not idempotent for " + in);
            rounds++;
        }
        assertTrue(rounds > 500, "too few inputs: " + rounds);
    }

    /**
     * Removing an element can leave a tree the HTML parser would never build (a table inside a p once the
     * math/mtext around it is gone; a p inside a p once noscript is gone). Serialised, such a tree parses
     * back differently: the mutation that mXSS lives on. The output must be what a browser will see.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p><math><mtext><table><mglyph><style><img src=x onerror=alert(1)></p>",
        "<p><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p>",
        "<p><svg><desc><div>x</div></desc></svg></p>"})
    void outputParsesBackToItselfWhenCleaningLeftAnImpossibleTree(String input) {
        String once = SANITIZER.sanitize(input);
        SafeOutput.assertSafe(input, once);
        assertEquals(once, SANITIZER.sanitize(once), "not idempotent");
        Document reparsed = Jsoup.parseBodyFragment(once);
        reparsed.outputSettings().prettyPrint(false);
        assertEquals(once, reparsed.body().html(), "a browser parses the output into another tree");
    }

    @Test
    void cleanInPlaceKeepsTheRootAndCleansItsAttributesAndChildren() {
        Document doc = Jsoup.parse("<html><body><article id=\"hp-a\" lang=\"en\"><p>x</p></article></body></html>");
        doc.outputSettings().prettyPrint(false);
        Element article = doc.selectFirst("article");
        article.attr("onclick", "alert(1)").attr("style", "color:red");
        article.appendElement("script").text("alert(1)");
        article.appendElement("a").attr("href", "relative/page").attr("target", "_blank").text("go");
        article.appendElement("a").attr("href", "javascript:alert(1)").text("bad");
        SANITIZER.cleanInPlace(article);

        assertSame(article, doc.selectFirst("article"), "the root element stays the same object");
        assertEquals("<article id=\"hp-a\" lang=\"en\"><p>x</p>"
                + "<a href=\"relative/page\" target=\"_blank\" rel=\"noopener noreferrer\">go</a><a>bad</a></article>",
                article.outerHtml());
    }

    @Test
    void cleanInPlaceOnBody() {
        Document doc = Jsoup.parse("<p>a</p><iframe src=x></iframe><em onclick=x>b</em>");
        doc.outputSettings().prettyPrint(false);
        SANITIZER.cleanInPlace(doc.body());
        assertEquals("<p>a</p><em>b</em>", doc.body().html());
    }

    @Test
    void cleanInPlaceRefusesARootOutsideTheVocabulary() {
        Element script = new Element("script");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SANITIZER.cleanInPlace(script));
        assertTrue(e.getMessage().contains("<script>"), e.getMessage());
    }

    @Test
    void theSafelistCannotBeWidened() {
        assertThrows(UnsupportedOperationException.class, () -> ArticleSafelist.INSTANCE.addTags("script"));
        assertThrows(UnsupportedOperationException.class, () -> ArticleSafelist.INSTANCE.addAttributes(":all", "style"));
        assertThrows(UnsupportedOperationException.class, () -> ArticleSafelist.INSTANCE.removeProtocols("a", "href", "http"));
        assertThrows(UnsupportedOperationException.class, () -> ArticleSafelist.INSTANCE.preserveRelativeLinks(false));
        assertEquals(SafeOutput.TAGS, ArticleSafelist.TAGS);
    }

    @Test
    void nullsAreRefusedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> SANITIZER.sanitize(null));
        assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Sanitizer.withUrlPolicy(null));
    }

    @Test
    void standardIsTheDefaultPolicy() {
        assertSame(Sanitizer.standard(), Sanitizer.withUrlPolicy(UrlPolicy.defaults()));
        assertEquals(UrlPolicy.defaults(), Sanitizer.standard().urlPolicy());
    }
}
