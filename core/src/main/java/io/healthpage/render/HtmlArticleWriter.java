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
import io.healthpage.model.Callout;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Person;
import io.healthpage.model.Reference;
import io.healthpage.model.Section;
import io.healthpage.model.Term;
import io.healthpage.model.TextArg;
import io.healthpage.model.YearArg;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.safety.Html;
import io.healthpage.text.FormattedText;
import io.healthpage.text.Inline;
import io.healthpage.text.MessageFormatException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of one render: not shared, not thread-safe; {@link HtmlRenderer} makes one per call.
 * Writes the page and the article's own parts (header, regions, references …); every element goes
 * through the {@link TagWriter}, blocks through {@link BlockHtml} (or a registered {@link BlockRenderer}),
 * message text through {@link InlineHtml}.
 */
final class HtmlArticleWriter {
    private final HtmlRenderer r;
    private final Article a;
    private final PageContext ctx;
    private final TagWriter w;
    /** The context of block renderers, {@code null} when none are registered. */
    private final ExtensionOutput ext;
    private final List<Problem> problems = new ArrayList<>();
    private final Locale pageLocale;
    private final Labels labels;
    private final Map<String, Integer> refNumbers = new HashMap<>();
    /** What every citation of a reference repeats, worked out at its first citation; by reference id. */
    private final Map<String, Cited> cited = new HashMap<>();
    private final Map<TextStatus, Set<Locale>> fallbacks = new EnumMap<>(TextStatus.class);
    private final BlockHtml blockHtml;
    private final InlineHtml inline;
    /**
     * Callouts without an id are numbered within their scope (the section's id, {@code lead}, or
     * {@code faq-ID}), so their anchors move only when such a callout is added before them there.
     */
    private String calloutScope = "lead";
    private int calloutCount;
    /** The language of the element being written, to decide where {@code lang} is needed. */
    private Locale context;

    HtmlArticleWriter(HtmlRenderer r, Article a, PageContext ctx) {
        this.r = r;
        this.a = a;
        this.ctx = ctx;
        this.w = new TagWriter(r.attributeProviders);
        this.blockHtml = new BlockHtml(this, w);
        this.inline = new InlineHtml(this, w, a);
        this.ext = r.blockRenderers.isEmpty() ? null : new ExtensionOutput(this, w, r.idPrefix);
        this.pageLocale = a.locale();
        this.labels = ctx.labels() != null ? ctx.labels() : r.labels;
        this.context = pageLocale;
        for (int i = 0; i < a.references().size(); i++) refNumbers.put(a.references().get(i).id(), i + 1);
    }

    RenderResult write() {
        collectFallbacks();
        if (r.mode == OutputMode.PAGE) writePage();
        else writeArticle(r.headingBase);
        return new RenderResult(w.html(), problems);
    }

    /** Every problem of the render is made here (one place to change when the problem type changes). */
    void problem(String code, String key, String message) {
        problems.add(RenderProblems.of(code, key, message));
    }

    // ---------------------------------------------------------------- page

    private void writePage() {
        w.raw("<!DOCTYPE html>\n");
        w.open("html").attr("lang", tag(pageLocale)).attr("dir", dir(pageLocale)).nl();
        w.open("head").nl();
        w.open("meta").attr("charset", "utf-8").nl();
        w.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").nl();
        w.open("title").text(plain(a.title())).close("title").nl();
        if (a.description() != null) w.open("meta").attr("name", "description").attr("content", plain(a.description())).nl();
        if (a.canonicalUrl() != null) {
            safeUrl(a.canonicalUrl(), "canonicalUrl").ifPresent(u -> w.open("link").attr("rel", "canonical").attr("href", u).nl());
        }
        for (Alternate alt : ctx.alternates()) {
            safeUrl(alt.href(), "alternate").ifPresent(u ->
                    w.open("link").attr("rel", "alternate").attr("hreflang", tag(alt.locale())).attr("href", u).nl());
        }
        if (r.stylesheet) w.open("style").raw(PageCss.CSS).close("style").nl();
        if (r.jsonLd) {
            JsonLdRenderer.Result ld = r.jsonLdRenderer.renderWithProblems(a);
            problems.addAll(ld.problems());
            w.open("script").attr("type", "application/ld+json").raw(ld.forHtmlScript()).close("script").nl();
        }
        w.close("head").nl().open("body").nl();
        open("a", "skip", "skip").attr("href", "#" + id("main"));
        inlineIn(labels.get("skip"));
        w.close("a").nl();
        if (!ctx.alternates().isEmpty()) {
            open("header", "site", "site").nl();
            languageSwitcher();
            w.close("header").nl();
        }
        w.open("main");
        idAttr(id("main"));
        w.nl();
        writeArticle(r.headingBase);
        w.close("main").nl().close("body").nl().close("html").nl();
    }

    private void languageSwitcher() {
        Message label = labels.get("languages");
        open("nav", "languages", "languages").attr("aria-label", plain(label));
        lang(label.locale());
        w.nl().open("ul").nl();
        for (Alternate alt : ctx.alternates()) {
            Optional<String> href = safeUrl(alt.href(), "alternate");
            if (href.isEmpty()) continue;
            String t = tag(alt.locale());
            w.open("li").open("a").attr("href", href.get()).attr("hreflang", t).attr("lang", t).attr("dir", dir(alt.locale()));
            if (sameLanguage(alt.locale(), pageLocale)) w.attr("aria-current", "page");
            w.text(alt.name()).close("a").close("li").nl();
        }
        w.close("ul").nl().close("nav").nl();
    }

    // ---------------------------------------------------------------- article

    private void writeArticle(int h) {
        String titleId = id("title");
        open("article", "article", "article");
        idAttr(id("article"));
        w.attr("lang", tag(pageLocale)).attr("dir", dir(pageLocale)).attr("aria-labelledby", titleId).nl();
        breadcrumbs();
        open("header", "header", "header").nl();
        heading(h, "title", titleId, a.title(), null);
        if (a.description() != null) blockMessage("p", "description", "description", a.description());
        byline();
        dates();
        w.close("header").nl();
        notices();
        if (a.disclosure() != null) labelledRegion("disclosure", h + 1, labels.get("disclosure"), a.disclosure());
        if (!a.lead().isEmpty()) {
            open("div", "lead", "lead").nl();
            calloutScope("lead");
            blocks(a.lead(), h);
            w.close("div").nl();
        }
        if (!a.takeaways().isEmpty()) {
            region("section", "takeaways", h + 1, labels.get("takeaways"));
            w.open("ul").nl();
            for (Message m : a.takeaways()) blockMessage("li", null, null, m);
            w.close("ul").nl().close("section").nl();
        }
        if (r.toc && !a.sections().isEmpty()) toc(h);
        for (Section s : a.sections()) section(s, h + 1);
        if (!a.faq().isEmpty()) faq(h);
        if (!a.glossary().isEmpty()) glossary(h);
        if (!a.references().isEmpty()) references(h);
        if (a.disclaimer() != null) labelledRegion("disclaimer", h + 1, labels.get("disclaimer"), a.disclaimer());
        if (a.license() != null) license();
        w.close("article").nl();
    }

    private void breadcrumbs() {
        if (a.breadcrumbs().isEmpty()) return;
        Message label = labels.get("breadcrumb");
        open("nav", "breadcrumb", "breadcrumb").attr("aria-label", plain(label)).nl().open("ol").nl();
        for (int i = 0; i < a.breadcrumbs().size(); i++) {
            Breadcrumb b = a.breadcrumbs().get(i);
            boolean last = i == a.breadcrumbs().size() - 1;
            w.open("li");
            lang(b.label().locale());
            Optional<String> href = safeUrl(b.href(), b.label().key());
            if (href.isPresent()) {
                w.open("a").attr("href", href.get());
                if (last) w.attr("aria-current", "page");
                inlineIn(b.label());
                w.close("a");
            } else {
                if (last) w.open("span").attr("aria-current", "page");
                inlineIn(b.label());
                if (last) w.close("span");
            }
            w.close("li").nl();
        }
        w.close("ol").nl().close("nav").nl();
    }

    private void byline() {
        if (!a.authors().isEmpty()) peopleLine("byline", "byline.authors", a.authors());
        if (!a.reviewers().isEmpty()) peopleLine("reviewers", "byline.reviewers", a.reviewers());
    }

    private void peopleLine(String name, String labelKey, List<Person> people) {
        Message label = labels.get(labelKey);
        w.open("p", name);
        cls(name);
        lang(label.locale());
        Locale saved = context;
        context = label.locale();
        // the label pattern holds {names}; we format it around a marker and put the linked names there
        FormattedText ft = format(label.withText(label.pattern(), label.locale(), label.status()), Map.of("names", new TextArg("\u0001")));
        if (ft != null) {
            for (Inline n : ft.nodes()) {
                if (n instanceof Inline.Arg arg && arg.text().equals("\u0001")) names(people);
                else inline.write(n, label.key());
            }
        }
        context = saved;
        w.close("p").nl();
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
                w.text(joined.substring(pos));
                break;
            }
            w.text(joined.substring(pos, s));
            int e = joined.indexOf('\u0003', s);
            person(people.get(Integer.parseInt(joined.substring(s + 1, e))));
            pos = e + 1;
        }
    }

    private void person(Person p) {
        Optional<String> url = p.url() == null ? Optional.empty() : safeUrl(p.url(), "person." + p.id());
        if (p.roleOnly()) {
            // no name yet: the translated role stands where the name will be ("Medically reviewed by: Pharmacist")
            open("span", "person", "person");
            lang(p.role().locale());
            if (url.isPresent()) link(url.get(), null, () -> w.text(plain(p.role())));
            else inlineIn(p.role());
            w.close("span");
            credentials(p);
            return;
        }
        // names are not translated and may be in another script: isolate them for bidi
        open("bdi", "person", "person").attr("translate", "no");
        if (url.isPresent()) link(url.get(), null, () -> w.text(p.name()));
        else w.text(p.name());
        w.close("bdi");
        credentials(p);
    }

    private void credentials(Person p) {
        if (p.credentials() != null) {
            w.text(", ").open("span", "credentials");
            cls("credentials");
            lang(p.credentials().locale());
            inlineIn(p.credentials());
            w.close("span");
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
        open("ul", "dates", "dates").nl();
        for (Object[] it : items) {
            Message label = labels.get((String) it[0]);
            w.open("li");
            lang(label.locale());
            labelWithDate(label, (LocalDate) it[1]);
            w.close("li").nl();
        }
        w.close("ul").nl();
    }

    /** A label with a {@code {date}} argument, the date in {@code <time datetime>}, in the label's language. */
    private void labelWithDate(Message label, LocalDate date) {
        Locale saved = context;
        context = label.locale();
        FormattedText ft = format(label, Map.of("date", DateArg.of(date)));
        if (ft != null) {
            boolean dateEndsWithStop = false;
            for (Inline n : ft.nodes()) {
                if (n instanceof Inline.Arg arg && arg.name().equals("date")) {
                    w.open("time").attr("datetime", date.toString());
                    inline.argText(arg);
                    w.close("time");
                    dateEndsWithStop = arg.text().endsWith(".");
                    continue;
                }
                // "Дата обращения: {date}." with a Russian date "27 ноября 2026 г.": one full stop, not two
                if (dateEndsWithStop && n instanceof Inline.Text t && t.text().startsWith(".")) n = new Inline.Text(t.text().substring(1));
                dateEndsWithStop = false;
                inline.write(n, label.key());
            }
        }
        context = saved;
    }

    private void notices() {
        boolean translated = !sameLanguage(pageLocale, a.sourceLocale());
        boolean notReviewed = translated && !ctx.translationReviewed();
        if (!notReviewed && fallbacks.isEmpty()) return;
        open("div", "notices", "notices").attr("role", "note").nl();
        if (notReviewed) blockMessage("p", null, null, labels.get("translation.notReviewed"));
        for (Map.Entry<TextStatus, Set<Locale>> e : fallbacks.entrySet()) {
            String key = switch (e.getKey()) {
                case FALLBACK_STALE -> "fallback.stale";
                case FALLBACK_BROKEN -> "fallback.broken";
                default -> "fallback.missing";
            };
            for (Locale l : e.getValue()) {
                Message label = labels.get(key);
                String name = LocaleDisplayNames.getInstance(ULocale.forLocale(label.locale())).localeDisplayName(ULocale.forLocale(l));
                w.open("p");
                lang(label.locale());
                Locale saved = context;
                context = label.locale();
                FormattedText ft = format(label, Map.of("language", new TextArg(name)));
                if (ft != null) inline.write(ft.nodes(), label.key(), false);
                context = saved;
                w.close("p").nl();
            }
        }
        w.close("div").nl();
    }

    private void collectFallbacks() {
        for (Message m : a.messages()) {
            if (m.status().isFallback()) fallbacks.computeIfAbsent(m.status(), k -> new TreeSet<>((x, y) -> tag(x).compareTo(tag(y))))
                    .add(m.locale());
        }
    }

    /**
     * Opens a labelled region of the article: {@code <tag class aria-labelledby>} and its heading,
     * whose id is the region's {@code name}. The caller writes the content and closes {@code tag}.
     */
    private void region(String tag, String name, int h, Message label) {
        String hid = id(name);
        w.open(tag, name);
        cls(name);
        w.attr("aria-labelledby", hid).nl();
        heading(h, name + "-heading", hid, label, null);
    }

    private void labelledRegion(String name, int h, Message label, Message body) {
        region("section", name, h, label);
        blockMessage("p", null, null, body);
        w.close("section").nl();
    }

    private void toc(int h) {
        region("nav", "toc", h + 1, labels.get("toc"));
        tocList(a.sections());
        w.close("nav").nl();
    }

    private void tocList(List<Section> sections) {
        w.open("ol").nl();
        for (Section s : sections) {
            w.open("li");
            lang(s.heading().locale());
            w.open("a").attr("href", "#" + id(s.id()));
            inlineIn(s.heading(), true);
            w.close("a");
            if (!s.subsections().isEmpty()) tocList(s.subsections());
            w.close("li").nl();
        }
        w.close("ol").nl();
    }

    private void section(Section s, int h) {
        String sid = id(s.id());
        open("section", "section", "section");
        idAttr(sid);
        w.attr("aria-labelledby", sid + "-h").nl();
        heading(h, "section-heading", sid + "-h", s.heading(), null);
        calloutScope(s.id());
        blocks(s.blocks(), h);
        for (Section sub : s.subsections()) section(sub, h + 1);
        w.close("section").nl();
    }

    private void faq(int h) {
        region("section", "faq", h + 1, labels.get("faq"));
        for (FaqItem q : a.faq()) {
            String qid = id("faq-" + q.id());
            calloutScope("faq-" + q.id());
            if (r.faqStyle == FaqStyle.DETAILS) {
                w.open("details", "question");
                idAttr(qid);
                cls("question");
                w.nl().open("summary");
                lang(q.question().locale());
                inlineIn(q.question());
                w.close("summary").nl();
                blocks(q.answer(), h + 2);
                w.close("details").nl();
            } else {
                open("div", "question", "question").nl();
                heading(h + 2, "question-heading", qid, q.question(), null);
                blocks(q.answer(), h + 2);
                w.close("div").nl();
            }
        }
        w.close("section").nl();
    }

    private void glossary(int h) {
        region("section", "glossary", h + 1, labels.get("glossary"));
        w.open("dl").nl();
        for (Term t : a.glossary()) {
            w.open("dt");
            lang(t.text().locale());
            if (t.doNotTranslate()) w.attr("translate", "no");
            w.open("dfn");
            idAttr(id("term-" + t.id()));
            inlineIn(t.text());
            w.close("dfn").close("dt").nl();
            if (t.expansion() != null || t.definition() != null) {
                w.open("dd");
                if (t.expansion() != null) {
                    span(t.expansion());
                    if (t.definition() != null) w.text(": ");
                }
                if (t.definition() != null) span(t.definition());
                w.close("dd").nl();
            }
        }
        w.close("dl").nl().close("section").nl();
    }

    private void references(int h) {
        region("section", "references", h + 1, labels.get("references"));
        w.open("ol").nl();
        for (Reference ref : a.references()) {
            w.open("li");
            idAttr(id("ref-" + ref.id()));
            reference(ref);
            w.close("li").nl();
        }
        w.close("ol").nl().close("section").nl();
    }

    private void reference(Reference ref) {
        if (!ref.authors().isEmpty()) w.text(String.join(", ", ref.authors())).text(". ");
        w.open("cite");
        lang(ref.language() != null ? ref.language() : a.sourceLocale());
        w.text(ref.title()).close("cite");
        // a part that ends with its own full stop ("J. Pain Res.", "Inc.") or a title ending with ? or ! takes no second one
        StringBuilder tail = new StringBuilder();
        String last = ref.title();
        for (String part : new String[] {ref.container(), ref.publisher()}) {
            if (part == null) continue;
            tail.append(endsSentence(last) ? " " : ". ").append(part);
            last = part;
        }
        if (ref.year() != null && ref.updated() != null) {
            // "2019, updated 2023", worded by the page label in the reader's language
            w.text(tail.append(", ").toString());
            tail.setLength(0);
            Message label = labels.get("reference.updated");
            last = labelWithArgs(label, Map.of("year", new YearArg(ref.year()), "updated", new YearArg(ref.updated())));
            if (last.isEmpty()) tail.append(ref.year()).append(", ").append(ref.updated()); // a broken label (reported): both years still shown
        } else if (ref.year() != null) {
            tail.append(", ").append(ref.year());
            last = "";
        }
        if (!endsSentence(last)) tail.append('.');
        w.text(tail.toString());
        if (ref.url() != null) {
            Optional<String> u = safeUrl(ref.url(), "reference." + ref.id());
            if (u.isPresent()) {
                w.text(" ");
                link(u.get(), null, () -> w.text(u.get()));
            }
        }
        if (ref.doi() != null) {
            Optional<String> u = safeUrl("https://doi.org/" + ref.doi(), "reference." + ref.id() + ".doi");
            if (u.isPresent()) {
                w.text(" DOI: ");
                link(u.get(), null, () -> w.text(ref.doi()));
            }
        }
        if (ref.pmid() != null) w.text(" PMID: ").text(ref.pmid()).text(".");
        if (ref.accessed() != null) {
            Message acc = labels.get("reference.accessed");
            w.text(" ").open("span");
            lang(acc.locale());
            labelWithDate(acc, ref.accessed());
            w.close("span");
        }
        if (cited.containsKey(ref.id())) {
            Message back = labels.get("citation.backlink");
            FormattedText ft = format(back, Map.of("number", NumberArg.of(refNumbers.get(ref.id()))));
            w.text(" ").open("a", "backlink");
            cls("backlink");
            w.attr("href", "#" + id("cite-" + ref.id() + "-1")).attr("aria-label", ft == null ? "↩" : ft.plainText());
            lang(back.locale());
            w.text("↩").close("a");
        }
    }

    /** A label formatted with {@code args}, in a span with the label's language when it differs; returns its text. */
    private String labelWithArgs(Message label, Map<String, Arg> args) {
        FormattedText ft = format(label, args);
        if (ft == null) return "";
        boolean own = !sameLanguage(label.locale(), context);
        if (own) {
            w.open("span");
            lang(label.locale());
        }
        for (Inline n : ft.nodes()) inline.write(n, label.key());
        if (own) w.close("span");
        return ft.plainText();
    }

    /** Whether a text ends with a full stop, question or exclamation mark (closing quotes and brackets aside). */
    private static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\u2026') return true;
            if (!Character.isWhitespace(c) && "\"'\u201D\u2019\u00BB".indexOf(c) < 0) return false;
        }
        return false;
    }

    private void license() {
        var l = a.license();
        open("footer", "license", "license").nl().open("p");
        span(labels.get("license"));
        w.text(": ");
        if (l.name() != null) {
            Optional<String> u = l.url() == null ? Optional.empty() : safeUrl(l.url(), "license.url");
            if (u.isPresent()) link(u.get(), null, () -> w.text(l.name()));
            else w.text(l.name());
            w.text(". ");
        }
        if (l.attribution() != null) span(l.attribution());
        w.close("p").nl().close("footer").nl();
    }

    // ---------------------------------------------------------------- blocks

    /** Writes blocks standing under a heading of level {@code h}. */
    void blocks(List<Block> blocks, int h) {
        for (Block b : blocks) block(b, h);
    }

    private void block(Block b, int h) {
        BlockRenderer<?> custom = ext == null ? null : r.blockRenderers.get(b.getClass());
        if (custom == null) {
            builtIn(b, h);
            return;
        }
        Block outer = w.block;
        w.block = b;
        @SuppressWarnings("unchecked") // registered for exactly b's class
        BlockRenderer<Block> renderer = (BlockRenderer<Block>) custom;
        ext.render(renderer, b, h);
        w.block = outer;
    }

    /** Writes a block with the built-in rendering. */
    void builtIn(Block b, int h) {
        Block outer = w.block;
        w.block = b;
        blockHtml.write(b, h);
        w.block = outer;
    }

    /**
     * The id of a callout's heading, which labels the callout: from the callout's id, or for one without
     * an id its place among those of its scope ({@code hp-risks-callout-2}): text edits never move it.
     */
    String calloutHeadingId(Callout c) {
        return c.id() != null ? id(c.id()) + "-h" : id(calloutScope + "-callout-" + ++calloutCount);
    }

    private void calloutScope(String scope) {
        calloutScope = scope;
        calloutCount = 0;
    }

    // ---------------------------------------------------------------- messages

    /** {@code <el class lang dir>message</el>} on its own line; {@code part} and {@code className} may be {@code null}. */
    void blockMessage(String el, String part, String className, Message m) {
        w.open(el, part);
        if (className != null) cls(className);
        lang(m.locale());
        inlineIn(m);
        w.close(el).nl();
    }

    /** A message inside a {@code <span>} carrying {@code lang} when needed. */
    void span(Message m) {
        if (sameLanguage(m.locale(), context)) {
            inlineIn(m);
        } else {
            w.open("span");
            lang(m.locale());
            inlineIn(m);
            w.close("span");
        }
    }

    /** A page label in the language of the render. */
    Message label(String key) {
        return labels.get(key);
    }

    void heading(int lv, String part, String hid, Message text, Message prefix) {
        String h = HEADINGS[Math.min(lv, 6)];
        w.open(h, part);
        idAttr(hid);
        lang(text.locale());
        if (prefix != null) {
            open("span", "callout-kind", "callout-kind");
            lang(prefix.locale());
            inlineIn(prefix);
            w.text(":").close("span").text(" ");
        }
        inlineIn(text);
        w.close(h).nl();
    }

    private static final String[] HEADINGS = {null, "h1", "h2", "h3", "h4", "h5", "h6"};

    /** Writes the message's inline content with the element's language as context. */
    void inlineIn(Message m) {
        inlineIn(m, false);
    }

    void inlineIn(Message m, boolean noLinks) {
        Locale saved = context;
        context = m.locale();
        FormattedText ft = format(m, m.args());
        if (ft != null) inline.write(ft.nodes(), m.key(), noLinks);
        context = saved;
    }

    private FormattedText format(Message m, Map<String, Arg> args) {
        try {
            return r.formatter.format(m.key(), m.pattern(), args, m.locale());
        } catch (MessageFormatException e) {
            problem("render.message-broken", m.key(), e.getMessage()
                    + "; its text was left out. Fix the message (the checker shows where).");
            return null;
        }
    }

    String plain(Message m) {
        FormattedText ft = format(m, m.args());
        return ft == null ? "" : ft.plainText();
    }

    void cite(String refId, String key) {
        Cited c = cited.get(refId);
        if (c == null) {
            Integer n = refNumbers.get(refId);
            if (n == null) {
                problem("render.unknown-ref", key, "reference '" + refId + "' does not exist; citation left out");
                return;
            }
            c = cited(refId, n);
            cited.put(refId, c);
        }
        int count = ++c.count;
        Message label = labels.get("citation");
        open("sup", "cite", "cite").open("a");
        w.attr("id", c.idBase, count);
        if (ext != null) ext.rendererId(c.idBase + count);
        w.attrEscaped("href", c.href).attrEscaped("aria-label", c.escapedName);
        lang(label.locale());
        w.text("[").text(c.number).text("]").close("a").close("sup");
    }

    /**
     * The parts every citation of a reference repeats: its number, the {@code id} prefix of its anchors
     * ({@code hp-cite-REF-}), the {@code href} of the reference and the accessible name ("Reference 2: NCBI
     * Bookshelf, 2022"), the last two escaped; the name is formatted once per render, not per citation.
     */
    private Cited cited(String refId, int n) {
        Reference ref = a.reference(refId);
        Message label = labels.get("citation");
        String source = (ref.publisher() != null ? ref.publisher() : ref.container() != null ? ref.container() : ref.title())
                + (ref.year() != null ? ", " + ref.year() : "");
        FormattedText ft = format(label, Map.of("number", NumberArg.of(n), "source", new TextArg(source)));
        String name = ft == null ? source : ft.plainText();
        // the id prefix and the reference id are validated ([A-Za-z0-9_-]): nothing to escape in the id and the href
        return new Cited(n, id("cite-" + refId + "-"), "#" + id("ref-" + refId), Html.escapeAttr(name));
    }

    /** One cited reference of this render; {@link #count} is the number of citations written so far. */
    private static final class Cited {
        final int number;
        final String idBase;
        final String href;
        final String escapedName;
        int count;

        Cited(int number, String idBase, String href, String escapedName) {
            this.number = number;
            this.idBase = idBase;
            this.href = href;
            this.escapedName = escapedName;
        }
    }

    // ---------------------------------------------------------------- links and URLs

    interface Body {
        void write();
    }

    /** {@code <a href>}: rel (and target) for other sites, {@code lang} when given and needed, the new-tab note. */
    void link(String href, Locale language, Body body) {
        boolean ext = external(href);
        w.open("a", "link").attr("href", href);
        if (ext) {
            w.attr("rel", "noopener noreferrer");
            if (r.externalLinks == ExternalLinks.NEW_TAB) w.attr("target", "_blank");
        }
        if (language != null) lang(language);
        body.write();
        if (ext) newTabNote();
        w.close("a");
    }

    private void newTabNote() {
        if (r.externalLinks != ExternalLinks.NEW_TAB) return;
        Message m = labels.get("newTab");
        w.text(" ").open("span", "new-tab-note");
        cls("visually-hidden");
        lang(m.locale());
        inlineIn(m);
        w.close("span");
    }

    /**
     * Whether a URL the policy accepted is an http(s) URL: the policy writes the scheme in lower case,
     * and only an absolute URL can start with {@code http:} or {@code https:} (a relative one with a colon
     * in its first segment is refused).
     */
    private static boolean external(String href) {
        return href.startsWith("https:") || href.startsWith("http:");
    }

    /** The URL as the policy allows it, or empty (then reported as dropped, {@code where} as the key). */
    Optional<String> safeUrl(String url, String where) {
        Optional<String> ok = r.checkUrl(url);
        if (ok.isEmpty()) {
            problem("render.url-dropped", where, "URL dropped: "
                    + r.urlPolicy.reason(url).orElse("not allowed") + ". Only http, https, mailto and relative URLs are kept.");
        }
        return ok;
    }

    // ---------------------------------------------------------------- attributes

    /** {@code lang} and {@code dir} when {@code l} is not the language of the element around. */
    void lang(Locale l) {
        if (!sameLanguage(l, context)) w.attr("lang", tag(l)).attr("dir", dir(l));
    }

    private static boolean sameLanguage(Locale x, Locale y) {
        return x.equals(y) || tag(x).equals(tag(y));
    }

    private static String tag(Locale l) {
        return l.toLanguageTag();
    }

    private static String dir(Locale l) {
        return ULocale.forLocale(l).isRightToLeft() ? "rtl" : "ltr";
    }

    String id(String name) {
        return r.idPrefix + name;
    }

    /** The {@code id} attribute of one of the renderer's own elements. */
    private void idAttr(String id) {
        w.attr("id", id);
        if (ext != null) ext.rendererId(id);
    }

    void blockId(Block b) {
        if (b.id() != null) idAttr(id(b.id()));
    }

    /** The renderer's class {@code name} (with the class prefix); nothing without a prefix or name. */
    void cls(String name) {
        // the prefix is validated ([A-Za-z][A-Za-z0-9_-]*) and the names are the renderer's own: nothing to escape
        if (r.classPrefix != null && name != null) w.attrEscaped("class", r.classPrefix, name);
    }

    /** Two classes of the renderer. */
    void cls(String name1, String name2) {
        if (r.classPrefix != null) w.attrEscaped("class", r.classPrefix + name1 + " " + r.classPrefix, name2);
    }

    /** {@code <tag class>}: an element providers see as {@code part}, with the renderer's class {@code className} (may be {@code null}). */
    TagWriter open(String tag, String part, String className) {
        w.open(tag, part);
        cls(className);
        return w;
    }
}
