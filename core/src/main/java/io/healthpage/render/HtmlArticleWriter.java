package io.healthpage.render;

import io.healthpage.text.Labels;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Block;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.Quote;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.safety.Html;
import io.healthpage.text.FormattedText;
import io.healthpage.text.Inline;
import io.healthpage.text.MessageFormatException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The state of one render: not shared, not thread-safe; {@link HtmlRenderer} makes one per call. */
final class HtmlArticleWriter {
    private final HtmlRenderer r;
    private final Article a;
    private final PageContext ctx;
    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final List<Problem> problems = new ArrayList<>();
    private final Locale pageLocale;
    private final Labels labels;
    private final Map<String, Integer> refNumbers = new HashMap<>();
    private final Map<String, Integer> citeCounts = new HashMap<>();
    /** The accessible name of each cited reference ("Reference 2: NCBI Bookshelf, 2022"), by reference id. */
    private final Map<String, String> citeNames = new HashMap<>();
    private final Set<String> expandedTerms = new HashSet<>();
    private final Map<TextStatus, Set<Locale>> fallbacks = new EnumMap<>(TextStatus.class);
    /** The language of the element being written, to decide where {@code lang} is needed. */
    private Locale context;

    HtmlArticleWriter(HtmlRenderer r, Article a, PageContext ctx) {
        this.r = r;
        this.a = a;
        this.ctx = ctx;
        this.pageLocale = a.locale();
        this.labels = ctx.labels() != null ? ctx.labels() : r.labels;
        this.context = pageLocale;
        for (int i = 0; i < a.references().size(); i++) refNumbers.put(a.references().get(i).id(), i + 1);
    }

    RenderResult write() {
        collectFallbacks();
        if (r.mode == OutputMode.PAGE) writePage();
        else writeArticle(r.headingBase);
        return new RenderResult(out.toString(), problems);
    }

    // ---------------------------------------------------------------- page

    private void writePage() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(tag(pageLocale)).append("\" dir=\"").append(dir(pageLocale)).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(Html.escapeText(plain(a.title()))).append("</title>\n");
        if (a.description() != null) {
            out.append("<meta name=\"description\" content=\"").append(Html.escapeAttr(plain(a.description()))).append("\">\n");
        }
        if (a.canonicalUrl() != null) {
            safeUrl(a.canonicalUrl(), "canonicalUrl").ifPresent(u ->
                    out.append("<link rel=\"canonical\" href=\"").append(Html.escapeAttr(u)).append("\">\n"));
        }
        for (Alternate alt : ctx.alternates()) {
            safeUrl(alt.href(), "alternate").ifPresent(u -> out.append("<link rel=\"alternate\" hreflang=\"")
                    .append(Html.escapeAttr(tag(alt.locale()))).append("\" href=\"").append(Html.escapeAttr(u)).append("\">\n"));
        }
        if (r.stylesheet) out.append("<style>").append(PageCss.CSS).append("</style>\n");
        if (r.jsonLd) {
            JsonLdRenderer.Result ld = r.jsonLdRenderer.renderWithProblems(a);
            problems.addAll(ld.problems());
            out.append("<script type=\"application/ld+json\">").append(ld.forHtmlScript()).append("</script>\n");
        }
        out.append("</head>\n<body>\n");
        out.append("<a").append(cls("skip")).append(" href=\"#").append(id("main")).append("\">");
        inlineIn(labels.get("skip"));
        out.append("</a>\n");
        if (!ctx.alternates().isEmpty()) {
            out.append("<header").append(cls("site")).append(">\n");
            languageSwitcher();
            out.append("</header>\n");
        }
        out.append("<main id=\"").append(id("main")).append("\">\n");
        writeArticle(r.headingBase);
        out.append("</main>\n</body>\n</html>\n");
    }

    private void languageSwitcher() {
        out.append("<nav").append(cls("languages")).append(" aria-label=\"").append(Html.escapeAttr(plain(labels.get("languages"))))
                .append("\"").append(langAttrs(labels.get("languages").locale())).append(">\n<ul>\n");
        for (Alternate alt : ctx.alternates()) {
            Optional<String> href = safeUrl(alt.href(), "alternate");
            if (href.isEmpty()) continue;
            out.append("<li><a href=\"").append(Html.escapeAttr(href.get())).append("\" hreflang=\"").append(tag(alt.locale()))
                    .append("\" lang=\"").append(tag(alt.locale())).append("\" dir=\"").append(dir(alt.locale())).append("\"");
            if (sameLanguage(alt.locale(), pageLocale)) out.append(" aria-current=\"page\"");
            out.append(">").append(Html.escapeText(alt.name())).append("</a></li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    // ---------------------------------------------------------------- article

    private void writeArticle(int h) {
        String titleId = id("title");
        out.append("<article").append(cls("article")).append(" id=\"").append(id("article")).append("\" lang=\"")
                .append(tag(pageLocale)).append("\" dir=\"").append(dir(pageLocale)).append("\" aria-labelledby=\"")
                .append(titleId).append("\">\n");
        breadcrumbs();
        out.append("<header").append(cls("header")).append(">\n");
        heading(h, titleId, a.title(), null);
        if (a.description() != null) blockMessage("p", cls("description"), a.description());
        byline();
        dates();
        out.append("</header>\n");
        notices();
        if (a.disclosure() != null) labelledRegion("disclosure", h + 1, labels.get("disclosure"), a.disclosure());
        if (!a.lead().isEmpty()) {
            out.append("<div").append(cls("lead")).append(">\n");
            blocks(a.lead(), h);
            out.append("</div>\n");
        }
        if (!a.takeaways().isEmpty()) {
            String hid = id("takeaways");
            out.append("<section").append(cls("takeaways")).append(" aria-labelledby=\"").append(hid).append("\">\n");
            heading(h + 1, hid, labels.get("takeaways"), null);
            out.append("<ul>\n");
            for (Message m : a.takeaways()) blockMessage("li", "", m);
            out.append("</ul>\n</section>\n");
        }
        if (r.toc && !a.sections().isEmpty()) toc(h);
        for (Section s : a.sections()) section(s, h + 1);
        if (!a.faq().isEmpty()) faq(h);
        if (!a.glossary().isEmpty()) glossary(h);
        if (!a.references().isEmpty()) references(h);
        if (a.disclaimer() != null) labelledRegion("disclaimer", h + 1, labels.get("disclaimer"), a.disclaimer());
        if (a.license() != null) license();
        out.append("</article>\n");
    }

    private void breadcrumbs() {
        if (a.breadcrumbs().isEmpty()) return;
        Message label = labels.get("breadcrumb");
        out.append("<nav").append(cls("breadcrumb")).append(" aria-label=\"").append(Html.escapeAttr(plain(label))).append("\">\n<ol>\n");
        for (int i = 0; i < a.breadcrumbs().size(); i++) {
            Breadcrumb b = a.breadcrumbs().get(i);
            boolean last = i == a.breadcrumbs().size() - 1;
            out.append("<li").append(langAttrs(b.label().locale())).append(">");
            Optional<String> href = safeUrl(b.href(), b.label().key());
            if (href.isPresent()) {
                out.append("<a href=\"").append(Html.escapeAttr(href.get())).append("\"");
                if (last) out.append(" aria-current=\"page\"");
                out.append(">");
                inlineIn(b.label());
                out.append("</a>");
            } else {
                if (last) out.append("<span aria-current=\"page\">");
                inlineIn(b.label());
                if (last) out.append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void byline() {
        if (!a.authors().isEmpty()) peopleLine("byline", "byline.authors", a.authors());
        if (!a.reviewers().isEmpty()) peopleLine("reviewers", "byline.reviewers", a.reviewers());
    }

    private void peopleLine(String cssName, String labelKey, List<Person> people) {
        Message label = labels.get(labelKey);
        out.append("<p").append(cls(cssName)).append(langAttrs(label.locale())).append(">");
        Locale saved = context;
        context = label.locale();
        // the label pattern holds {names}; we format it around a marker and put the linked names there
        FormattedText ft = format(label.withText(label.pattern(), label.locale(), label.status()), Map.of("names", new TextArg("\u0001")));
        if (ft == null) {
            context = saved;
            out.append("</p>\n");
            return;
        }
        for (Inline n : ft.nodes()) {
            if (n instanceof Inline.Arg arg && arg.text().equals("\u0001")) names(people);
            else inline(n, label.key());
        }
        context = saved;
        out.append("</p>\n");
    }

    private void names(List<Person> people) {
        ListFormatter lf = ListFormatter.getInstance(ULocale.forLocale(context));
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) marks.add("\u0002" + i + "\u0003");
        String joined = lf.format(marks);
        int pos = 0;
        while (pos < joined.length()) {
            int s = joined.indexOf('\u0002', pos);
            if (s < 0) {
                out.append(Html.escapeText(joined.substring(pos)));
                break;
            }
            out.append(Html.escapeText(joined.substring(pos, s)));
            int e = joined.indexOf('\u0003', s);
            person(people.get(Integer.parseInt(joined.substring(s + 1, e))));
            pos = e + 1;
        }
    }

    private void person(Person p) {
        Optional<String> url = p.url() == null ? Optional.empty() : safeUrl(p.url(), "person." + p.id());
        // names are not translated and may be in another script: isolate them for bidi
        out.append("<bdi").append(cls("person")).append(" translate=\"no\">");
        if (url.isPresent()) link(url.get(), () -> out.append(Html.escapeText(p.name())));
        else out.append(Html.escapeText(p.name()));
        out.append("</bdi>");
        if (p.credentials() != null) {
            out.append(", <span").append(cls("credentials")).append(langAttrs(p.credentials().locale())).append(">");
            inlineIn(p.credentials());
            out.append("</span>");
        }
    }

    private void dates() {
        ArticleDates d = a.dates();
        List<Object[]> items = new ArrayList<>();
        if (d.published() != null) items.add(new Object[] {"date.published", d.published()});
        if (d.updated() != null) items.add(new Object[] {"date.updated", d.updated()});
        if (d.lastReviewed() != null) items.add(new Object[] {"date.lastReviewed", d.lastReviewed()});
        if (d.nextReviewDue() != null) items.add(new Object[] {"date.nextReview", d.nextReviewDue()});
        if (items.isEmpty()) return;
        out.append("<ul").append(cls("dates")).append(">\n");
        for (Object[] it : items) {
            Message label = labels.get((String) it[0]);
            LocalDate date = (LocalDate) it[1];
            out.append("<li").append(langAttrs(label.locale())).append(">");
            Locale saved = context;
            context = label.locale();
            FormattedText ft = format(label, Map.of("date", DateArg.of(date)));
            if (ft != null) {
                for (Inline n : ft.nodes()) {
                    if (n instanceof Inline.Arg arg && arg.name().equals("date")) {
                        out.append("<time datetime=\"").append(date).append("\">");
                        argText(arg);
                        out.append("</time>");
                    } else {
                        inline(n, label.key());
                    }
                }
            }
            context = saved;
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void notices() {
        boolean translated = !sameLanguage(pageLocale, a.sourceLocale());
        boolean notReviewed = translated && !ctx.translationReviewed();
        if (!notReviewed && fallbacks.isEmpty()) return;
        out.append("<div").append(cls("notices")).append(" role=\"note\">\n");
        if (notReviewed) blockMessage("p", "", labels.get("translation.notReviewed"));
        for (Map.Entry<TextStatus, Set<Locale>> e : fallbacks.entrySet()) {
            String key = switch (e.getKey()) {
                case FALLBACK_STALE -> "fallback.stale";
                case FALLBACK_BROKEN -> "fallback.broken";
                default -> "fallback.missing";
            };
            for (Locale l : e.getValue()) {
                Message label = labels.get(key);
                String name = LocaleDisplayNames.getInstance(ULocale.forLocale(label.locale())).localeDisplayName(ULocale.forLocale(l));
                out.append("<p").append(langAttrs(label.locale())).append(">");
                Locale saved = context;
                context = label.locale();
                FormattedText ft = format(label, Map.of("language", new TextArg(name)));
                if (ft != null) for (Inline n : ft.nodes()) inline(n, label.key());
                context = saved;
                out.append("</p>\n");
            }
        }
        out.append("</div>\n");
    }

    private void collectFallbacks() {
        for (Message m : a.messages()) {
            if (m.status().isFallback()) fallbacks.computeIfAbsent(m.status(), k -> new TreeSet<>((x, y) -> tag(x).compareTo(tag(y))))
                    .add(m.locale());
        }
    }

    private void labelledRegion(String name, int h, Message label, Message body) {
        String hid = id(name);
        out.append("<section").append(cls(name)).append(" aria-labelledby=\"").append(hid).append("\">\n");
        heading(h, hid, label, null);
        blockMessage("p", "", body);
        out.append("</section>\n");
    }

    private void toc(int h) {
        String hid = id("toc");
        out.append("<nav").append(cls("toc")).append(" aria-labelledby=\"").append(hid).append("\">\n");
        heading(h + 1, hid, labels.get("toc"), null);
        tocList(a.sections());
        out.append("</nav>\n");
    }

    private void tocList(List<Section> sections) {
        out.append("<ol>\n");
        for (Section s : sections) {
            out.append("<li").append(langAttrs(s.heading().locale())).append("><a href=\"#").append(id(s.id())).append("\">");
            inlineIn(s.heading(), true);
            out.append("</a>");
            if (!s.subsections().isEmpty()) tocList(s.subsections());
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private void section(Section s, int h) {
        String sid = id(s.id());
        out.append("<section").append(cls("section")).append(" id=\"").append(sid).append("\" aria-labelledby=\"").append(sid)
                .append("-h\">\n");
        heading(h, sid + "-h", s.heading(), null);
        blocks(s.blocks(), h);
        for (Section sub : s.subsections()) section(sub, h + 1);
        out.append("</section>\n");
    }

    private void faq(int h) {
        String hid = id("faq");
        out.append("<section").append(cls("faq")).append(" aria-labelledby=\"").append(hid).append("\">\n");
        heading(h + 1, hid, labels.get("faq"), null);
        for (FaqItem q : a.faq()) {
            String qid = id("faq-" + q.id());
            if (r.faqStyle == FaqStyle.DETAILS) {
                out.append("<details id=\"").append(qid).append("\"").append(cls("question")).append(">\n<summary")
                        .append(langAttrs(q.question().locale())).append(">");
                inlineIn(q.question());
                out.append("</summary>\n");
                blocks(q.answer(), h + 2);
                out.append("</details>\n");
            } else {
                out.append("<div").append(cls("question")).append(">\n");
                heading(h + 2, qid, q.question(), null);
                blocks(q.answer(), h + 2);
                out.append("</div>\n");
            }
        }
        out.append("</section>\n");
    }

    private void glossary(int h) {
        String hid = id("glossary");
        out.append("<section").append(cls("glossary")).append(" aria-labelledby=\"").append(hid).append("\">\n");
        heading(h + 1, hid, labels.get("glossary"), null);
        out.append("<dl>\n");
        for (Term t : a.glossary()) {
            out.append("<dt").append(langAttrs(t.text().locale())).append(t.doNotTranslate() ? " translate=\"no\"" : "")
                    .append("><dfn id=\"").append(id("term-" + t.id())).append("\">");
            inlineIn(t.text());
            out.append("</dfn></dt>\n");
            if (t.expansion() != null || t.definition() != null) {
                out.append("<dd>");
                if (t.expansion() != null) {
                    span(t.expansion());
                    if (t.definition() != null) out.append(": ");
                }
                if (t.definition() != null) span(t.definition());
                out.append("</dd>\n");
            }
        }
        out.append("</dl>\n</section>\n");
    }

    private void references(int h) {
        String hid = id("references");
        out.append("<section").append(cls("references")).append(" aria-labelledby=\"").append(hid).append("\">\n");
        heading(h + 1, hid, labels.get("references"), null);
        out.append("<ol>\n");
        for (Reference ref : a.references()) {
            int n = refNumbers.get(ref.id());
            out.append("<li id=\"").append(id("ref-" + ref.id())).append("\">");
            if (!ref.authors().isEmpty()) {
                out.append(Html.escapeText(String.join(", ", ref.authors()))).append(". ");
            }
            Locale refLang = ref.language() != null ? ref.language() : a.sourceLocale();
            out.append("<cite").append(langAttrs(refLang)).append(">").append(Html.escapeText(ref.title())).append("</cite>");
            StringBuilder tail = new StringBuilder();
            if (ref.container() != null) tail.append(". ").append(ref.container());
            if (ref.publisher() != null) tail.append(". ").append(ref.publisher());
            if (ref.year() != null) tail.append(", ").append(ref.year());
            tail.append('.');
            out.append(Html.escapeText(tail.toString()));
            if (ref.url() != null) {
                Optional<String> u = safeUrl(ref.url(), "reference." + ref.id());
                if (u.isPresent()) {
                    out.append(" ");
                    externalOrInternal(u.get(), u.get());
                }
            }
            if (ref.doi() != null) {
                String doiUrl = "https://doi.org/" + ref.doi();
                Optional<String> u = safeUrl(doiUrl, "reference." + ref.id() + ".doi");
                if (u.isPresent()) {
                    out.append(" DOI: ");
                    externalOrInternal(u.get(), ref.doi());
                }
            }
            if (ref.pmid() != null) out.append(" PMID: ").append(Html.escapeText(ref.pmid())).append('.');
            if (ref.accessed() != null) {
                Message acc = labels.get("reference.accessed");
                out.append(" <span").append(langAttrs(acc.locale())).append(">");
                Locale saved = context;
                context = acc.locale();
                FormattedText ft = format(acc, Map.of("date", DateArg.of(ref.accessed())));
                if (ft != null) {
                    for (Inline node : ft.nodes()) {
                        if (node instanceof Inline.Arg arg && arg.name().equals("date")) {
                            out.append("<time datetime=\"").append(ref.accessed()).append("\">");
                            argText(arg);
                            out.append("</time>");
                        } else {
                            inline(node, acc.key());
                        }
                    }
                }
                context = saved;
                out.append("</span>");
            }
            int cited = citeCounts.getOrDefault(ref.id(), 0);
            if (cited > 0) {
                Message back = labels.get("citation.backlink");
                FormattedText ft = format(back, Map.of("number", NumberArg.of(n)));
                String name = ft == null ? "↩" : ft.plainText();
                out.append(" <a").append(cls("backlink")).append(" href=\"#").append(id("cite-" + ref.id() + "-1"))
                        .append("\" aria-label=\"").append(Html.escapeAttr(name)).append("\"").append(langAttrs(back.locale()))
                        .append(">↩</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void license() {
        var l = a.license();
        Message label = labels.get("license");
        out.append("<footer").append(cls("license")).append(">\n<p>");
        span(label);
        out.append(": ");
        if (l.name() != null) {
            Optional<String> u = l.url() == null ? Optional.empty() : safeUrl(l.url(), "license.url");
            if (u.isPresent()) externalOrInternal(u.get(), l.name());
            else out.append(Html.escapeText(l.name()));
            out.append(". ");
        }
        if (l.attribution() != null) span(l.attribution());
        out.append("</p>\n</footer>\n");
    }

    // ---------------------------------------------------------------- blocks

    private void blocks(List<Block> blocks, int h) {
        for (Block b : blocks) block(b, h);
    }

    private void block(Block b, int h) {
        if (b instanceof Paragraph p) {
            blockMessage("p", "", p.text());
        } else if (b instanceof BulletList l) {
            out.append("<ul").append(blockId(b)).append(">\n");
            for (Message m : l.items()) blockMessage("li", "", m);
            out.append("</ul>\n");
        } else if (b instanceof NumberedList l) {
            out.append("<ol").append(blockId(b)).append(cls("numbered")).append(">\n");
            for (ListItem it : l.items()) {
                out.append("<li>");
                if (it.title() != null) {
                    out.append("<p").append(cls("item-title")).append(langAttrs(it.title().locale())).append("><strong>");
                    inlineIn(it.title());
                    out.append("</strong></p>");
                    blockMessage("p", "", it.body());
                } else {
                    out.append("<p").append(langAttrs(it.body().locale())).append(">");
                    inlineIn(it.body());
                    out.append("</p>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        } else if (b instanceof Callout c) {
            String kind = c.kind().name().toLowerCase(Locale.ROOT);
            String hid = b.id() != null ? id(b.id()) + "-h" : id("callout-" + out.length());
            out.append("<div").append(blockId(b)).append(classes("callout", "callout-" + kind)).append(" role=\"note\" aria-labelledby=\"")
                    .append(hid).append("\">\n");
            Message kindLabel = labels.get("callout." + kind);
            if (c.title() != null) {
                heading(h + 1, hid, c.title(), kindLabel);
            } else {
                heading(h + 1, hid, kindLabel, null);
            }
            blocks(c.body(), h + 1);
            out.append("</div>\n");
        } else if (b instanceof Quote q) {
            out.append("<figure").append(blockId(b)).append(cls("quote")).append(">\n<blockquote").append(langAttrs(q.text().locale())).append(">");
            out.append("<p>");
            inlineIn(q.text());
            out.append("</p></blockquote>\n");
            if (q.source() != null || q.referenceId() != null) {
                out.append("<figcaption>");
                if (q.source() != null) span(q.source());
                if (q.referenceId() != null) cite(q.referenceId(), q.text().key());
                out.append("</figcaption>\n");
            }
            out.append("</figure>\n");
        } else if (b instanceof Figure f) {
            Optional<String> src = safeUrl(f.src(), f.id() == null ? "figure" : f.id());
            if (src.isEmpty()) return;
            out.append("<figure").append(blockId(b)).append(cls("figure")).append(">\n<img src=\"").append(Html.escapeAttr(src.get()))
                    .append("\" alt=\"");
            if (!f.decorative()) out.append(Html.escapeAttr(plain(f.alt())));
            out.append("\"");
            if (f.alt() != null && !sameLanguage(f.alt().locale(), context)) out.append(langAttrs(f.alt().locale()));
            out.append(" loading=\"lazy\" decoding=\"async\">\n");
            if (f.caption() != null || f.credit() != null) {
                out.append("<figcaption>");
                if (f.caption() != null) span(f.caption());
                if (f.credit() != null) {
                    out.append(" <small>");
                    span(f.credit());
                    out.append("</small>");
                }
                out.append("</figcaption>\n");
            }
            out.append("</figure>\n");
        } else if (b instanceof Table t) {
            out.append("<table").append(blockId(b)).append(cls("table")).append(">\n<caption").append(langAttrs(t.caption().locale())).append(">");
            inlineIn(t.caption());
            out.append("</caption>\n");
            if (!t.header().isEmpty()) {
                out.append("<thead><tr>");
                for (Message m : t.header()) cell("th", " scope=\"col\"", m);
                out.append("</tr></thead>\n");
            }
            out.append("<tbody>\n");
            for (List<Message> row : t.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    if (i == 0 && t.rowHeaders()) cell("th", " scope=\"row\"", row.get(i));
                    else cell("td", "", row.get(i));
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        } else if (b instanceof RelatedLink rl) {
            Message label = labels.get("related." + rl.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            out.append("<p").append(blockId(b)).append(cls("related")).append(">");
            out.append("<span").append(cls("related-label")).append(langAttrs(label.locale())).append(">");
            inlineIn(label);
            out.append("</span> ");
            Optional<String> href = safeUrl(rl.href(), rl.title().key());
            Locale saved = context;
            if (href.isPresent()) {
                out.append("<a href=\"").append(Html.escapeAttr(href.get())).append("\"").append(external(href.get()) ? relAttrs() : "")
                        .append(langAttrs(rl.title().locale())).append(">");
                context = rl.title().locale();
                inlineMessageNodes(rl.title(), true);
                context = saved;
                if (external(href.get())) newTabNote();
                out.append("</a>");
            } else {
                span(rl.title());
            }
            if (rl.description() != null) {
                out.append(" — ");
                span(rl.description());
            }
            out.append("</p>\n");
        }
    }

    private void cell(String el, String attrs, Message m) {
        out.append('<').append(el).append(attrs).append(langAttrs(m.locale())).append('>');
        inlineIn(m);
        out.append("</").append(el).append('>');
    }

    // ---------------------------------------------------------------- messages

    /** {@code <el class lang dir>message</el>} on its own line. */
    private void blockMessage(String el, String classAttr, Message m) {
        out.append('<').append(el).append(classAttr).append(langAttrs(m.locale())).append('>');
        inlineIn(m);
        out.append("</").append(el).append(">\n");
    }

    /** A message inside a {@code <span>} carrying {@code lang} when needed. */
    private void span(Message m) {
        String attrs = langAttrs(m.locale());
        if (attrs.isEmpty()) {
            inlineIn(m);
        } else {
            out.append("<span").append(attrs).append('>');
            inlineIn(m);
            out.append("</span>");
        }
    }

    private void heading(int level, String hid, Message text, Message prefix) {
        int lv = Math.min(level, 6);
        out.append("<h").append(lv).append(" id=\"").append(hid).append("\"").append(langAttrs(text.locale())).append('>');
        if (prefix != null) {
            out.append("<span").append(cls("callout-kind")).append(langAttrs(prefix.locale())).append('>');
            inlineIn(prefix);
            out.append(":</span> ");
        }
        inlineIn(text);
        out.append("</h").append(lv).append(">\n");
    }

    /** Writes the message's inline content with the element's language as context. */
    private void inlineIn(Message m) {
        inlineIn(m, false);
    }

    private void inlineIn(Message m, boolean noLinks) {
        Locale saved = context;
        context = m.locale();
        inlineMessageNodes(m, noLinks);
        context = saved;
    }

    private void inlineMessageNodes(Message m, boolean noLinks) {
        FormattedText ft = format(m, m.args());
        if (ft == null) return;
        for (Inline n : ft.nodes()) inline(n, m.key(), noLinks);
    }

    private FormattedText format(Message m, Map<String, Arg> args) {
        try {
            return r.formatter.format(m.key(), m.pattern(), args, m.locale());
        } catch (MessageFormatException e) {
            problems.add(RenderProblems.of("render.message-broken", m.key(), e.getMessage()
                    + "; its text was left out. Fix the message (the checker shows where)."));
            return null;
        }
    }

    private String plain(Message m) {
        FormattedText ft = format(m, m.args());
        return ft == null ? "" : ft.plainText();
    }

    private void inline(Inline n, String key) {
        inline(n, key, false);
    }

    private void inline(Inline n, String key, boolean noLinks) {
        if (n instanceof Inline.Text t) {
            out.append(Html.escapeText(t.text()));
        } else if (n instanceof Inline.Arg arg) {
            argText(arg);
        } else if (n instanceof Inline.Emphasis e) {
            out.append("<em>");
            for (Inline c : e.children()) inline(c, key, noLinks);
            out.append("</em>");
        } else if (n instanceof Inline.Strong s) {
            out.append("<strong>");
            for (Inline c : s.children()) inline(c, key, noLinks);
            out.append("</strong>");
        } else if (n instanceof Inline.TermRef t) {
            term(t, key, noLinks);
        } else if (n instanceof Inline.LinkRef l) {
            LinkTarget target = a.link(l.id());
            Optional<String> href = target == null ? Optional.empty() : safeUrl(target.href(), key);
            if (target == null) {
                problems.add(RenderProblems.of("render.unknown-ref", key, "link '" + l.id() + "' is not defined in the article's links; rendered as text"));
            }
            if (href.isEmpty() || noLinks) {
                for (Inline c : l.children()) inline(c, key, noLinks);
            } else {
                externalOrInternalNodes(href.get(), l.children(), key);
            }
        } else if (n instanceof Inline.CiteRef c) {
            if (!noLinks) cite(c.id(), key);
        }
    }

    private void argText(Inline.Arg arg) {
        if (arg.isolate()) out.append("<bdi>").append(Html.escapeText(arg.text())).append("</bdi>");
        else out.append(Html.escapeText(arg.text()));
    }

    private void term(Inline.TermRef t, String key, boolean noLinks) {
        Term term = a.term(t.id());
        if (term == null) {
            problems.add(RenderProblems.of("render.unknown-ref", key, "glossary term '" + t.id() + "' does not exist; rendered as text"));
            for (Inline c : t.children()) inline(c, key, noLinks);
            return;
        }
        boolean dnt = term.doNotTranslate();
        boolean abbr = term.kind() == TermKind.ABBREVIATION;
        boolean first = expandedTerms.add(term.id());
        if (abbr) {
            out.append("<abbr");
            if (first && term.expansion() != null) {
                out.append(" title=\"").append(Html.escapeAttr(plain(term.expansion()))).append("\"");
            }
        } else {
            out.append("<span");
        }
        if (dnt) out.append(" translate=\"no\"");
        out.append(">");
        if (t.children().isEmpty()) inlineIn(term.text(), true);
        else for (Inline c : t.children()) inline(c, key, noLinks);
        out.append(abbr ? "</abbr>" : "</span>");
    }

    private void cite(String refId, String key) {
        Integer n = refNumbers.get(refId);
        if (n == null) {
            problems.add(RenderProblems.of("render.unknown-ref", key, "reference '" + refId + "' does not exist; citation left out"));
            return;
        }
        Reference ref = a.reference(refId);
        int count = citeCounts.merge(refId, 1, Integer::sum);
        Message label = labels.get("citation");
        // the accessible name depends only on the reference: formatted once per render, not per citation
        String name = citeNames.computeIfAbsent(refId, id -> {
            String source = (ref.publisher() != null ? ref.publisher() : ref.container() != null ? ref.container() : ref.title())
                    + (ref.year() != null ? ", " + ref.year() : "");
            FormattedText ft = format(label, Map.of("number", NumberArg.of(n), "source", new TextArg(source)));
            return ft == null ? source : ft.plainText();
        });
        out.append("<sup").append(cls("cite")).append("><a id=\"").append(id("cite-" + refId + "-" + count)).append("\" href=\"#")
                .append(id("ref-" + refId)).append("\" aria-label=\"").append(Html.escapeAttr(name)).append("\"")
                .append(langAttrs(label.locale())).append(">[").append(n).append("]</a></sup>");
    }

    // ---------------------------------------------------------------- links and URLs

    private interface Body {
        void write();
    }

    private void link(String href, Body body) {
        boolean ext = external(href);
        out.append("<a href=\"").append(Html.escapeAttr(href)).append("\"").append(ext ? relAttrs() : "").append(">");
        body.write();
        if (ext) newTabNote();
        out.append("</a>");
    }

    private void externalOrInternal(String href, String text) {
        link(href, () -> out.append(Html.escapeText(text)));
    }

    private void externalOrInternalNodes(String href, List<Inline> children, String key) {
        link(href, () -> {
            for (Inline c : children) inline(c, key, true);
        });
    }

    private String relAttrs() {
        return r.externalLinks == ExternalLinks.NEW_TAB ? " rel=\"noopener noreferrer\" target=\"_blank\"" : " rel=\"noopener noreferrer\"";
    }

    private void newTabNote() {
        if (r.externalLinks != ExternalLinks.NEW_TAB) return;
        Message m = labels.get("newTab");
        out.append(" <span").append(r.classPrefix == null ? "" : cls("visually-hidden")).append(langAttrs(m.locale())).append(">");
        inlineIn(m);
        out.append("</span>");
    }

    private boolean external(String href) {
        try {
            URI u = URI.create(href);
            return u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<String> safeUrl(String url, String where) {
        Optional<String> ok = r.urlPolicy.check(url);
        if (ok.isEmpty()) {
            problems.add(RenderProblems.of("render.url-dropped", where, "URL dropped: "
                    + r.urlPolicy.reason(url).orElse("not allowed") + ". Only http, https, mailto and relative URLs are kept."));
        }
        return ok;
    }

    // ---------------------------------------------------------------- attributes

    private String langAttrs(Locale l) {
        if (sameLanguage(l, context)) return "";
        return " lang=\"" + tag(l) + "\" dir=\"" + dir(l) + "\"";
    }

    private static boolean sameLanguage(Locale x, Locale y) {
        return tag(x).equals(tag(y));
    }

    private static String tag(Locale l) {
        return l.toLanguageTag();
    }

    private static String dir(Locale l) {
        return ULocale.forLocale(l).isRightToLeft() ? "rtl" : "ltr";
    }

    private String id(String name) {
        return r.idPrefix + name;
    }

    private String blockId(Block b) {
        return b.id() == null ? "" : " id=\"" + id(b.id()) + "\"";
    }

    private String cls(String name) {
        return r.classPrefix == null ? "" : " class=\"" + r.classPrefix + name + "\"";
    }

    private String classes(String a1, String a2) {
        return r.classPrefix == null ? "" : " class=\"" + r.classPrefix + a1 + " " + r.classPrefix + a2 + "\"";
    }
}
