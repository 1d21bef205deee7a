package io.healthpage.render;

/**
 * The small stylesheet of page mode: readable measure, contrast at least 4.5:1 (text #1a1a1a and
 * links #0b4f9c on white; callout text on tinted backgrounds checked the same way), visible focus,
 * logical properties so right-to-left pages lay out mirrored, print styles that print reference
 * URLs, and no motion.
 */
final class PageCss {
    private PageCss() {}

    static final String CSS = """
:root{color-scheme:light;--fg:#1a1a1a;--muted:#4a4a4a;--link:#0b4f9c;--focus:#b35900;--bg:#fff;--line:#c8c8c8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Sans CJK SC",sans-serif}
main{max-inline-size:44rem;margin-inline:auto;padding-inline:1rem;padding-block:1rem 3rem}
a{color:var(--link);text-decoration-thickness:.08em;text-underline-offset:.15em}
a:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.hp-skip{position:absolute;inset-inline-start:-999rem}
.hp-skip:focus{position:static;display:inline-block;padding:.5rem;background:#fff}
.hp-visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.hp-site{max-inline-size:44rem;margin-inline:auto;padding-inline:1rem}
.hp-languages ul,.hp-breadcrumb ol,.hp-dates{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.hp-breadcrumb li+li::before{content:"›";margin-inline-end:.5rem;color:var(--muted)}
.hp-description{font-size:1.15rem;color:var(--muted)}
.hp-byline,.hp-reviewers,.hp-dates{color:var(--muted);font-size:.95rem}
.hp-notices,.hp-callout,.hp-takeaways,.hp-disclosure,.hp-disclaimer{border-inline-start:.35rem solid var(--line);padding:.5rem 1rem;margin-block:1rem;background:#f4f4f4}
.hp-callout-warning{border-color:#a4262c;background:#fdf0f0}
.hp-callout-important{border-color:#8a5300;background:#fff6e5}
.hp-callout-tip{border-color:#1e6b37;background:#eef8f0}
.hp-callout-note{border-color:#0b4f9c;background:#eef4fb}
.hp-item-title{margin-block-end:0}
.hp-numbered>li{margin-block-end:.75rem}
.hp-cite a{text-decoration:none;font-size:.8em}
.hp-references li{margin-block-end:.5rem;overflow-wrap:anywhere}
.hp-quote blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:.25rem solid var(--line)}
.hp-table{border-collapse:collapse}
.hp-table th,.hp-table td{border:1px solid var(--line);padding:.25rem .5rem;text-align:start}
img{max-inline-size:100%;block-size:auto}
details{margin-block:.5rem;border-block-end:1px solid var(--line)}
summary{cursor:pointer;font-weight:600;padding-block:.5rem}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
@media print{.hp-site,.hp-skip,.hp-toc,.hp-backlink{display:none}body{font-size:11pt}main{max-inline-size:none}details>*{display:block}.hp-references a[href^="http"]::after{content:" <" attr(href) ">";font-size:.9em}a{color:#000}}
""";
}
