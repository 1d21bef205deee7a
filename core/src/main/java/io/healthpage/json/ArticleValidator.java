package io.healthpage.json;

import com.ibm.icu.text.MessagePattern;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
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
import io.healthpage.model.Topic;
import io.healthpage.internal.Suggestions;
import io.healthpage.problem.Problem;
import io.healthpage.safety.UrlPolicy;
import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MarkupException;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules that span a whole {@link Article} and that its constructors cannot check:
 * unique ids and message keys, quote references that resolve, non-empty headings, safe and
 * well-formed URLs, date order, ICU syntax of every pattern and agreement between the
 * arguments a pattern uses and the arguments its message declares.
 *
 * <p>Every {@link Problem} carries the JSON Pointer of the offending value as it appears in
 * the article's JSON form (e.g. {@code /sections/1/blocks/0/text}), so that
 * {@link ArticleJson} can add file, line and column; for a built article the pointer still
 * says where. Inline tags ({@code <cite:ID/>}, ...) are not checked here.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleValidator {

    /** A validator with the standard rules. */
    public ArticleValidator() {
        // stateless
    }

    /** All problems found in {@code article}, in document order; empty when it is valid. */
    public List<Problem> validate(Article article) {
        Run run = new Run(article);
        run.run();
        return Collections.unmodifiableList(run.out);
    }

    /** One validation; not thread-safe. */
    private static final MessageFormatter formatter = MessageFormatter.withCacheSize(0);
    private static final UrlPolicy URLS = UrlPolicy.defaults();

    private static final class Run {
        private final Article a;
        private final List<Problem> out = new ArrayList<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, Map<String, String>> ids = new HashMap<>();
        private final Set<String> referenceIds = new HashSet<>();

        Run(Article a) {
            this.a = a;
        }

        void run() {
            for (Reference r : a.references()) referenceIds.add(r.id());
            url("/canonicalUrl", a.canonicalUrl());
            msg("/title", a.title());
            msg("/description", a.description());
            for (int i = 0; i < a.breadcrumbs().size(); i++) {
                Breadcrumb b = a.breadcrumbs().get(i);
                msg("/breadcrumbs/" + i + "/label", b.label());
                url("/breadcrumbs/" + i + "/href", b.href());
            }
            people("/authors", a.authors());
            people("/reviewers", a.reviewers());
            dates(a.dates());
            msg("/disclosure", a.disclosure());
            msg("/disclaimer", a.disclaimer());
            for (int i = 0; i < a.topics().size(); i++) {
                Topic t = a.topics().get(i);
                id("topic", "/topics/" + i + "/id", t.id());
                msg("/topics/" + i + "/name", t.name());
            }
            if (a.license() != null) {
                url("/license/url", a.license().url());
                msg("/license/attribution", a.license().attribution());
            }
            for (int i = 0; i < a.takeaways().size(); i++) msg("/takeaways/" + i, a.takeaways().get(i));
            blocks("/lead", a.lead());
            sections("/sections", a.sections());
            for (int i = 0; i < a.faq().size(); i++) {
                FaqItem f = a.faq().get(i);
                String p = "/faq/" + i;
                id("FAQ item", p + "/id", f.id());
                msg(p + "/question", f.question());
                blocks(p + "/answer", f.answer());
            }
            for (int i = 0; i < a.references().size(); i++) {
                Reference r = a.references().get(i);
                id("reference", "/references/" + i + "/id", r.id());
                url("/references/" + i + "/url", r.url());
                if (r.updated() != null && r.year() != null && r.updated() < r.year()) {
                    add("article.dates.order", "/references/" + i + "/updated", null, "updated year " + r.updated()
                            + " is before the publication year " + r.year(), "a work is updated after it is published: check both years");
                }
            }
            for (int i = 0; i < a.glossary().size(); i++) {
                Term t = a.glossary().get(i);
                String p = "/glossary/" + i;
                id("glossary term", p + "/id", t.id());
                msg(p + "/text", t.text());
                msg(p + "/expansion", t.expansion());
                msg(p + "/definition", t.definition());
            }
            for (int i = 0; i < a.links().size(); i++) {
                LinkTarget l = a.links().get(i);
                id("link", "/links/" + i + "/id", l.id());
                url("/links/" + i + "/href", l.href());
            }
        }

        private void people(String base, List<Person> people) {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                String ptr = base + "/" + i;
                id("person", ptr + "/id", p.id());
                msg(ptr + "/credentials", p.credentials());
                msg(ptr + "/role", p.role());
                url(ptr + "/url", p.url());
                msg(ptr + "/bio", p.bio());
            }
        }

        private void dates(ArticleDates d) {
            if (d.published() != null && d.updated() != null && d.updated().isBefore(d.published())) {
                add("article.dates.order", "/dates/updated", null, "updated date " + d.updated()
                        + " is before the published date " + d.published(), "an article is updated after it is published");
            }
            if (d.lastReviewed() != null && d.nextReviewDue() != null && !d.nextReviewDue().isAfter(d.lastReviewed())) {
                add("article.dates.order", "/dates/nextReviewDue", null, "next review due " + d.nextReviewDue()
                        + " is not after the last review " + d.lastReviewed(),
                        "set the next review to a date after the last review");
            }
        }

        private void sections(String base, List<Section> sections) {
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                String p = base + "/" + i;
                id("section", p + "/id", s.id());
                if (s.heading().pattern().isBlank()) {
                    add("article.empty-heading", p + "/heading", s.heading().key(),
                            "the heading of section \"" + s.id() + "\" is empty", "write a heading: it names the section for everyone");
                }
                msg(p + "/heading", s.heading());
                blocks(p + "/blocks", s.blocks());
                sections(p + "/subsections", s.subsections());
            }
        }

        private void blocks(String base, List<Block> blocks) {
            for (int i = 0; i < blocks.size(); i++) block(base + "/" + i, blocks.get(i));
        }

        private void block(String p, Block b) {
            if (b.id() != null) id("block", p + "/id", b.id());
            b.accept(new BlockChecks(p));
        }

        /** Checks the parts of one block at pointer {@code p}. */
        private final class BlockChecks implements BlockVisitor<Void> {
            private final String p;

            BlockChecks(String p) {
                this.p = p;
            }

            @Override
            public Void visit(Paragraph x) {
                msg(p + "/text", x.text());
                return null;
            }

            @Override
            public Void visit(BulletList x) {
                for (int i = 0; i < x.items().size(); i++) msg(p + "/items/" + i, x.items().get(i));
                return null;
            }

            @Override
            public Void visit(NumberedList x) {
                for (int i = 0; i < x.items().size(); i++) {
                    ListItem it = x.items().get(i);
                    msg(p + "/items/" + i + "/title", it.title());
                    msg(p + "/items/" + i + "/body", it.body());
                }
                return null;
            }

            @Override
            public Void visit(Callout x) {
                msg(p + "/title", x.title());
                blocks(p + "/body", x.body());
                return null;
            }

            @Override
            public Void visit(Quote x) {
                msg(p + "/text", x.text());
                msg(p + "/source", x.source());
                if (x.referenceId() != null && !referenceIds.contains(x.referenceId())) {
                    add("article.unknown-reference", p + "/reference", null,
                            "quote refers to reference \"" + x.referenceId() + "\", which does not exist",
                            referenceIds.isEmpty() ? "add it to \"references\""
                                    : Suggestions.hint(x.referenceId(), new java.util.TreeSet<>(referenceIds)));
                }
                return null;
            }

            @Override
            public Void visit(Figure x) {
                url(p + "/src", x.src());
                msg(p + "/alt", x.alt());
                msg(p + "/caption", x.caption());
                msg(p + "/credit", x.credit());
                return null;
            }

            @Override
            public Void visit(Table x) {
                msg(p + "/caption", x.caption());
                for (int i = 0; i < x.header().size(); i++) msg(p + "/header/" + i, x.header().get(i));
                for (int r = 0; r < x.rows().size(); r++) {
                    List<Message> row = x.rows().get(r);
                    for (int c = 0; c < row.size(); c++) msg(p + "/rows/" + r + "/" + c, row.get(c));
                }
                return null;
            }

            @Override
            public Void visit(RelatedLink x) {
                url(p + "/href", x.href());
                msg(p + "/title", x.title());
                msg(p + "/description", x.description());
                return null;
            }
        }

        private void id(String kind, String pointer, String id) {
            Map<String, String> seen = ids.computeIfAbsent(kind, k -> new HashMap<>());
            String first = seen.putIfAbsent(id, pointer);
            if (first != null) {
                add("article.duplicate-id", pointer, null, "duplicate " + kind + " id \"" + id + "\" (first at " + first + ")",
                        "ids must be unique in the article: rename one");
            }
        }

        private void msg(String p, Message m) {
            if (m == null) return;
            String first = keys.putIfAbsent(m.key(), p);
            if (first != null) {
                add("article.duplicate-key", p + "/key", m.key(), "duplicate message key \"" + m.key() + "\" (first at "
                        + first + ")", "give one of them another explicit \"key\"");
            }
            MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
            try {
                mp.parse(m.pattern());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                add("message.syntax", p + "/text", m.key(), "ICU MessageFormat syntax error: " + e.getMessage(),
                        "check the braces; write '' for a literal apostrophe before { or }");
                return;
            }
            Map<String, Arg> declared = m.args();
            Set<String> used = new LinkedHashSet<>();
            for (int i = 0; i < mp.countParts(); i++) {
                MessagePattern.Part part = mp.getPart(i);
                if (part.getType() != MessagePattern.Part.Type.ARG_START) continue;
                String name = mp.getSubstring(mp.getPart(i + 1));
                used.add(name);
                MessagePattern.ArgType t = part.getArgType();
                Arg arg = declared.get(name);
                if ((t == MessagePattern.ArgType.PLURAL || t == MessagePattern.ArgType.SELECTORDINAL) && arg != null
                        && !(arg instanceof NumberArg)) {
                    String how = t == MessagePattern.ArgType.PLURAL ? "plural" : "selectordinal";
                    add("message.plural-not-number", p + "/args/" + JsonTree.escape(name), m.key(),
                            "argument \"" + name + "\" is a " + arg.typeName() + " but " + how + " needs a number argument",
                            "declare it as {\"type\": \"number\", \"value\": ...}");
                }
            }
            for (String name : used) {
                if (!declared.containsKey(name)) {
                    add("message.arg-undeclared", p + "/text", m.key(), "argument \"" + name
                            + "\" is used in the text but not declared", "declare it in \"args\" or remove {" + name + "}");
                }
            }
            for (String name : declared.keySet()) {
                if (!used.contains(name)) {
                    add("message.arg-unused", p + "/args/" + JsonTree.escape(name), m.key(), "argument \"" + name
                            + "\" is declared but not used in the text", "use {" + name + "} in the text or remove it");
                }
            }
            tags(p, m);
        }

        /** Inline tags: only the closed vocabulary, properly nested, referring to ids that exist. */
        private void tags(String p, Message m) {
            List<InlineMarkup.Tag> tags;
            try {
                tags = InlineMarkup.scan(m.pattern());
            } catch (MarkupException e) {
                add("message.unknown-tag", p + "/text", m.key(), e.getMessage(),
                        "raw HTML is never allowed: use <em>, <strong>, <term:ID>, <link:ID> or <cite:ID/>");
                return;
            }
            for (InlineMarkup.Tag t : tags) {
                if (t.closing()) continue;
                String name = t.name();
                int colon = name.indexOf(':');
                if (colon < 0) continue;
                String kind = name.substring(0, colon);
                String ref = name.substring(colon + 1);
                boolean exists = switch (kind) {
                    case "cite" -> referenceIds.contains(ref);
                    case "term" -> a.term(ref) != null;
                    default -> a.link(ref) != null;
                };
                if (!exists) {
                    String where = switch (kind) {
                        case "cite" -> "references";
                        case "term" -> "glossary";
                        default -> "links";
                    };
                    add("message.unknown-" + kind, p + "/text", m.key(), "<" + name + (kind.equals("cite") ? "/>" : ">")
                            + " refers to \"" + ref + "\", which is not in \"" + where + "\"",
                            "add an entry with id \"" + ref + "\" to \"" + where + "\" or fix the id");
                }
            }
            try {
                // nesting and self-closing rules are checked as formatting would find them, without the cost of
                // formatting the arguments (ICU date and unit data: a good part of the CLI's start, issue 13)
                formatter.check(m);
            } catch (MessageFormatException e) {
                if (e.kind() == MessageFormatException.Kind.MARKUP) {
                    add("message.tag-nesting", p + "/text", m.key(), e.getCause().getMessage(),
                            "close tags in the reverse order you opened them; <cite:ID/> is self-closing");
                } else if (e.kind() == MessageFormatException.Kind.SYNTAX) {
                    add("message.syntax", p + "/text", m.key(), e.getMessage(),
                            "check the argument type: number, date, time, spellout, ordinal, plural, select or selectordinal");
                }
            }
        }

        private void url(String p, String url) {
            if (url == null) return;
            String problem = urlProblem(url);
            if (problem == null) {
                // the renderer's own policy: catches entity-, control- and user-info tricks the URI parser lets through
                java.util.Optional<String> reason = URLS.reason(url);
                if (reason.isEmpty()) return;
                add("article.url.unsafe", p, null, "URL \"" + url + "\" would be dropped when rendering: " + reason.get(),
                        "use a plain http, https or mailto URL, or a relative one");
                return;
            }
            boolean unsafe = problem.startsWith("unsafe");
            add(unsafe ? "article.url.unsafe-scheme" : "article.url.malformed", p, null, problem,
                    "use an http, https or mailto URL, or a relative one");
        }

        private void add(String code, String pointer, String key, String message, String hint) {
            out.add(Problem.builder(code, message).pointer(pointer).key(key).suggestion(hint).build());
        }
    }

    /** Why {@code url} is not acceptable, or {@code null} when it is. */
    static String urlProblem(String url) {
        if (url.isBlank()) return "empty URL";
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return "malformed URL \"" + url + "\": " + e.getReason();
        }
        String scheme = u.getScheme();
        if (scheme == null) return null;
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http":
            case "https":
                return u.getHost() == null ? "malformed URL \"" + url + "\": no host name" : null;
            case "mailto":
                return u.getSchemeSpecificPart() == null || u.getSchemeSpecificPart().isBlank()
                        ? "malformed URL \"" + url + "\": no address" : null;
            default:
                return "unsafe URL scheme \"" + scheme + "\" in \"" + url + "\"";
        }
    }
}
