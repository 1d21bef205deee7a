package io.healthpage.i18n.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hostile corpus: strings an attacker (an article author, a translator, a reference database, a
 * host passing user data) could put into any field. Each payload carries what a <em>message</em> made of
 * it must do, worked out by hand from the inline-tag grammar and ICU's apostrophe rules
 * ({@code DOUBLE_OPTIONAL}), not from the code's output:
 *
 * <ul>
 *   <li>{@code asMessage}: the text a reader must see when the payload is a message pattern, or
 *       {@code null} when the message must be refused and reported (raw HTML, unknown or malformed tags,
 *       ICU syntax errors, undeclared arguments, the formatter's private-use placeholder characters);</li>
 *   <li>{@code tagged}: it uses the inline vocabulary, so as a translation of a tag-free source it is
 *       broken (translators must keep the source's tags);</li>
 *   <li>{@code messageProblem}: the render problem a valid message still causes (a link to a refused
 *       URL, a citation of an unknown reference);</li>
 *   <li>{@code refusedUrl}: as a URL it must be refused ({@code javascript:}, {@code data:},
 *       {@code vbscript:} in every disguise, user info, ...).</li>
 * </ul>
 */
record HostilePayloads(String name, String text, String asMessage, boolean tagged, String messageProblem, boolean refusedUrl) {

    @Override
    public String toString() {
        return name;
    }

    /** Raw HTML or a broken pattern: a message made of it must be reported, never shown as markup. */
    private static HostilePayloads reported(String name, String text) {
        return new HostilePayloads(name, text, null, false, null, false);
    }

    /** Inert text: a message made of it shows exactly this text. */
    private static HostilePayloads visible(String name, String text) {
        return new HostilePayloads(name, text, text, false, null, false);
    }

    /** A URL the policy must refuse; as a message it is inert text shown as written. */
    private static HostilePayloads badUrl(String name, String text) {
        return new HostilePayloads(name, text, text, false, null, true);
    }

    /** A URL the policy must refuse that is also raw HTML as a message. */
    private static HostilePayloads badUrlReported(String name, String text) {
        return new HostilePayloads(name, text, null, false, null, true);
    }

    private static final String LONG_INERT = "1 < 2 & 3 > 0; \"q\" ".repeat(1500); // 30,000 chars, no tag-like '<'

    static final List<HostilePayloads> ALL = List.of(
            // ---- script elements, in every spelling
            reported("script", "<script>alert(1)</script>"),
            reported("script-upper-src", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),
            reported("script-nested", "<<script>script>alert(1)<</script>/script>"),
            reported("script-unclosed", "text <script src=//evil.example/x.js "),
            reported("script-nul-in-name", "<scr\u0000ipt>alert(1)</scr\u0000ipt>"),
            reported("script-after-nul", "\u0000<script>alert(1)</script>"),
            // ---- event handlers
            reported("img-onerror", "<img src=x onerror=alert(1)>"),
            reported("svg-onload", "<svg onload=alert(1)>"),
            reported("details-ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"),
            reported("em-onclick", "<em onclick=x>hi</em>"),
            reported("strong-onmouseover", "<strong onmouseover=\"alert(1)\">hi</strong>"),
            reported("term-onclick", "<term:x onclick=y>word</term:x>"),
            reported("link-with-href", "<link:site href=\"javascript:alert(1)\">go</link:site>"),
            // ---- javascript:, data:, vbscript: URLs in every disguise (text as messages, refused as URLs)
            badUrl("js-plain", "javascript:alert(1)"),
            badUrl("js-case-space", " JaVaScRiPt:alert(1)"),
            badUrl("js-tab-entity", "jav&#x09;ascript:alert(1)"),
            badUrl("js-decimal-entity", "&#106;avascript:alert(1)"),
            badUrl("js-padded-entities", "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)"),
            badUrl("js-named-colon", "jAvAsCrIpT&colon;alert(1)"),
            badUrl("js-nul", "java\u0000script:alert(1)"),
            badUrl("js-line-separator", "\u2028javascript:alert(1)"),
            badUrl("js-zero-width", "java\u200Bscript:alert(1)"),
            badUrl("js-percent", "%6Aavascript:alert(1)"),
            badUrl("js-double-percent", "%256Aavascript:alert(1)"),
            badUrl("js-newline", "java\nscript:alert(1)"),
            badUrl("data-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
            badUrl("data-svg", "data:image/svg+xml,%3Csvg onload=alert(1)%3E"),
            badUrl("vbscript", "vbscript:msgbox(1)"),
            badUrl("user-info", "https://bank.example@evil.example/"),
            badUrl("file", "file:///etc/passwd"),
            badUrlReported("anchor-js", "<a href=\"javascript:alert(1)\">x</a>"),
            badUrlReported("js-quoted-script", "javascript:alert('<script>')"),
            // ---- breaking out of attribute quotes, raw-text elements, comments and the JSON-LD script
            visible("dq-onmouseover", "\" onmouseover=\"alert(1)"),
            visible("sq-onfocus", "' onfocus='alert(1)' autofocus='"),
            reported("dq-script", "\"><script>alert(1)</script>"),
            reported("end-script", "</script><script>alert(1)</script>"),
            reported("end-textarea", "</textarea><img src=x onerror=alert(1)>"),
            reported("end-title", "</title><img src=x onerror=alert(1)>"),
            reported("end-style", "</style><img src=x onerror=alert(1)>"),
            reported("comment-open", "<!--<img src=x onerror=alert(1)>-->"),
            reported("comment-bang-close", "--!><!-- x"),
            reported("cdata", "<![CDATA[<img src=x onerror=alert(1)>]]>"),
            reported("processing-instruction", "<?xml-stylesheet href=\"javascript:alert(1)\"?>"),
            visible("json-breakout-text", "\"], \"@type\": \"x\", \"y\": \"\\u003c/script\\u003e"),
            // ---- namespace confusion and mutation XSS
            reported("svg-script", "<svg><script>alert(1)</script></svg>"),
            reported("svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>"),
            reported("math-mglyph", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
            reported("math-href", "<math href=\"javascript:alert(1)\">x</math>"),
            reported("noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
            reported("iframe-srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
            reported("base-href", "<base href=\"javascript:alert(1)//\">"),
            reported("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
            // ---- character references: shown as the characters typed, never decoded into markup
            visible("entity-script", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            visible("numeric-entity-script", "&#60;script&#62;alert(1)&#60;/script&#62;"),
            visible("percent-script", "%3Cscript%3Ealert(1)%3C/script%3E"),
            visible("lt-not-a-tag", "a < b && c > d; <3 <= 4"),
            // ---- ICU: braces and apostrophes
            reported("icu-undeclared-arg", "{x}"),
            reported("icu-quoted-brace-script", "'{'<script>alert(1)</script>'}'"),
            reported("icu-quoted-script", "'<script>alert(1)</script>'"),
            reported("icu-select-img", "{n, select, other {<img src=x onerror=alert(1)>}}"),
            reported("icu-template", "{{constructor.constructor('alert(1)')()}}"),
            reported("icu-unbalanced", "}{"),
            new HostilePayloads("icu-quoting", "It''s '{'safe'}' & sound", "It's {safe} & sound", false, null, false),
            // ---- the formatter's private-use placeholders
            reported("pua-arg-mark", "before \uE000\uE100 after"),
            reported("pua-range-end", "x\uE1FFy"),
            reported("pua-mark-alone", "\uE000"),
            // ---- bidi controls (inert: shown, never reordering markup)
            visible("bidi-rlo", "invoice\u202Egpj.exe\u202C"),
            reported("bidi-isolated-script", "\u2066<script>alert(1)</script>\u2069"),
            // ---- the closed vocabulary used against itself
            new HostilePayloads("link-to-javascript", "<link:evil>click me</link:evil>", "click me", true, "render.url-dropped", false),
            new HostilePayloads("cite-unknown", "see<cite:nope/>", "see", true, "render.unknown-ref", false),
            new HostilePayloads("em-strong", "<em>safe</em> <strong>bold</strong>", "safe bold", true, null, false),
            reported("em-unclosed", "<em>never closed"),
            reported("cite-not-self-closing", "<cite:ref1>x</cite:ref1>"),
            // ---- size
            visible("long-inert", LONG_INERT),
            reported("long-then-script", "x".repeat(25_000) + "<script>alert(1)</script>"));

    static {
        Set<String> names = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (HostilePayloads p : ALL) {
            if (!names.add(p.name)) throw new AssertionError("duplicate payload name " + p.name);
            if (!texts.add(p.text)) throw new AssertionError("duplicate payload " + p.name);
        }
    }

    /** The payloads a message entry point must refuse and report. */
    static List<HostilePayloads> reportedAsMessage() {
        List<HostilePayloads> out = new ArrayList<>();
        for (HostilePayloads p : ALL) if (p.asMessage == null) out.add(p);
        return out;
    }
}
