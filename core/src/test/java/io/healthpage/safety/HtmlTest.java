package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesText() {
        assertEquals("Dose &lt;5 mg if eGFR &lt;30 &amp; &gt; \"ok\" 'ok'",
                Html.escapeText("Dose <5 mg if eGFR <30 & > \"ok\" 'ok'"));
    }

    @Test
    void escapesAttributes() {
        assertEquals("&quot; onmouseover=&#39;x&#39; &lt;/p&gt; &amp;amp;",
                Html.escapeAttr("\" onmouseover='x' </p> &amp;"));
    }

    @Test
    void unchangedStringsAreReturnedAsIs() {
        String s = "Ketamine – مسكن";
        assertSame(s, Html.escapeText(s));
        assertSame(s, Html.escapeAttr(s));
    }

    @Test
    void escapedValuesRoundTripThroughAParser() {
        String hostile = "\"'><script>alert(1)</script><img src=x onerror=alert(1)>&#106;";
        Element p = Jsoup.parseBodyFragment("<p title='" + Html.escapeAttr(hostile) + "' aria-label=\""
                + Html.escapeAttr(hostile) + "\">" + Html.escapeText(hostile) + "</p>").body().child(0);
        assertEquals(hostile, p.attr("title"));
        assertEquals(hostile, p.attr("aria-label"));
        assertEquals(hostile, p.text());
        assertEquals(0, p.children().size());
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> Html.escapeText(null));
        assertThrows(NullPointerException.class, () -> Html.escapeAttr(null));
    }
}
