package io.healthpage.json;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.MeasureUnit;
import io.healthpage.internal.Validate;
import io.healthpage.json.JsonTree.Arr;
import io.healthpage.json.JsonTree.Bool;
import io.healthpage.json.JsonTree.Node;
import io.healthpage.json.JsonTree.Num;
import io.healthpage.json.JsonTree.Obj;
import io.healthpage.json.JsonTree.Str;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Audience;
import io.healthpage.model.Block;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.Code;
import io.healthpage.model.CodingSystem;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.License;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.model.Topic;
import io.healthpage.model.TopicKind;
import io.healthpage.model.YearArg;
import io.healthpage.internal.Suggestions;
import io.healthpage.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a {@link JsonTree} into an {@link Article}, strictly: every problem of shape, type and
 * value is recorded with its position and reading goes on, so one pass reports all it can.
 * One instance per read; not thread-safe.
 */
final class ArticleReader {
    static final String[] TOP_FIELDS = {"format", "id", "canonicalUrl", "sourceLocale", "locale", "contentVersion",
        "title", "description", "breadcrumbs", "authors", "reviewers", "dates", "disclosure", "disclaimer",
        "audiences", "topics", "license", "takeaways", "lead", "sections", "faq", "references", "glossary", "links"};
    static final String[] BLOCK_TYPES = {"paragraph", "bullets", "numbered", "callout", "quote", "figure", "table",
        "related"};
    static final String[] ARG_TYPES = {"number", "percent", "quantity", "range", "date", "year", "text"};

    private final String file;
    private final ArticleJson limits;
    private final Problems problems;
    private Locale source = Locale.ROOT;
    private int blockCount;

    ArticleReader(String file, ArticleJson limits, Problems problems) {
        this.file = file;
        this.limits = limits;
        this.problems = problems;
    }

    /** The article, or {@code null} when errors were recorded. */
    Article read(Node root) {
        Obj o = object(root, TOP_FIELDS);
        if (o == null) return null;
        Node format = o.fields().get("format");
        if (format == null) {
            missing(o, "format", "add \"format\": 1 as the first field");
        } else if (!(format instanceof Num n) || n.value().compareTo(BigDecimal.ONE) != 0) {
            error(format, "json.format-version", "unsupported format " + text(format) + "; this reader reads format 1",
                    "write \"format\": 1, or use a newer version of healthpage");
        }
        int before = problems.errorCount();
        String id = id(o, "id", true);
        Locale src = locale(o, "sourceLocale", true);
        if (src != null) source = src;
        Locale locale = locale(o, "locale", false);
        String canonicalUrl = string(o, "canonicalUrl", false);
        String contentVersion = nonBlank(o, "contentVersion", true);
        Message title = message(o, "title", Keys.TITLE, true);
        Message description = message(o, "description", Keys.DESCRIPTION, false);
        List<Breadcrumb> crumbs = new ArrayList<>();
        List<Node> crumbNodes = array(o, "breadcrumbs");
        for (int i = 0; i < crumbNodes.size(); i++) {
            Node n = crumbNodes.get(i);
            Obj c = object(n, "label", "href");
            if (c == null) continue;
            int b = problems.errorCount();
            Message label = message(c, "label", Keys.breadcrumb(i + 1), true);
            String href = nonBlank(c, "href", true);
            add(crumbs, build(c, b, () -> new Breadcrumb(label, href)));
        }
        List<Person> authors = people(o, "authors");
        List<Person> reviewers = people(o, "reviewers");
        ArticleDates dates = dates(o);
        Message disclosure = message(o, "disclosure", Keys.DISCLOSURE, false);
        Message disclaimer = message(o, "disclaimer", Keys.DISCLAIMER, false);
        List<Audience> audiences = new ArrayList<>();
        for (Node n : array(o, "audiences")) add(audiences, enumValue(n, Audience.class));
        List<Topic> topics = new ArrayList<>();
        for (Node n : array(o, "topics")) add(topics, topic(n));
        License license = license(o);
        List<Message> takeaways = new ArrayList<>();
        List<Node> tn = array(o, "takeaways");
        for (int i = 0; i < tn.size(); i++) add(takeaways, message(tn.get(i), Keys.takeaway(i + 1)));
        List<Block> lead = blocks(o, "lead", Keys.LEAD);
        List<Section> sections = new ArrayList<>();
        for (Node n : array(o, "sections")) add(sections, section(n));
        List<FaqItem> faq = new ArrayList<>();
        for (Node n : array(o, "faq")) add(faq, faqItem(n));
        List<Reference> references = new ArrayList<>();
        for (Node n : array(o, "references")) add(references, reference(n));
        List<Term> glossary = new ArrayList<>();
        for (Node n : array(o, "glossary")) add(glossary, term(n));
        List<LinkTarget> links = new ArrayList<>();
        for (Node n : array(o, "links")) {
            Obj l = object(n, "id", "href");
            if (l == null) continue;
            int b = problems.errorCount();
            String lid = id(l, "id", true);
            String href = nonBlank(l, "href", true);
            add(links, build(l, b, () -> new LinkTarget(lid, href)));
        }
        return build(o, before, () -> new Article(id, canonicalUrl, source, locale, contentVersion, title, description,
                crumbs, authors, reviewers, dates, disclosure, disclaimer, audiences, topics, license, takeaways, lead,
                sections, faq, references, glossary, links));
    }

    // ---- parts ------------------------------------------------------------------------------

    private List<Person> people(Obj o, String field) {
        List<Person> out = new ArrayList<>();
        for (Node n : array(o, field)) {
            Obj p = object(n, "id", "kind", "name", "credentials", "role", "url", "bio");
            if (p == null) continue;
            int b = problems.errorCount();
            String id = id(p, "id", true);
            String k = id != null ? id : "invalid";
            PersonKind kind = enumValue(p, "kind", PersonKind.class, true);
            String name = nonBlank(p, "name", false);
            Message credentials = message(p, "credentials", Keys.person(k, "credentials"), false);
            Message role = message(p, "role", Keys.person(k, "role"), false);
            if (!p.fields().containsKey("name") && !p.fields().containsKey("role")) {
                missing(p, "name", "Give the name, or the role (\"role\": \"Pharmacist\") until the name is known.");
            }
            String url = string(p, "url", false);
            Message bio = message(p, "bio", Keys.person(k, "bio"), false);
            add(out, build(p, b, () -> new Person(id, kind, name, credentials, role, url, bio)));
        }
        return out;
    }

    private ArticleDates dates(Obj o) {
        Node n = o.fields().get("dates");
        if (n == null) return null;
        Obj d = object(n, "published", "updated", "lastReviewed", "nextReviewDue");
        if (d == null) return null;
        return new ArticleDates(date(d, "published"), date(d, "updated"), date(d, "lastReviewed"),
                date(d, "nextReviewDue"));
    }

    private Topic topic(Node n) {
        Obj t = object(n, "id", "kind", "name", "codes");
        if (t == null) return null;
        int b = problems.errorCount();
        String id = id(t, "id", true);
        TopicKind kind = enumValue(t, "kind", TopicKind.class, true);
        Message name = message(t, "name", Keys.topic(id != null ? id : "invalid"), true);
        List<Code> codes = new ArrayList<>();
        for (Node cn : array(t, "codes")) {
            Obj c = object(cn, "system", "value");
            if (c == null) continue;
            int cb = problems.errorCount();
            CodingSystem system = enumValue(c, "system", CodingSystem.class, true);
            String value = nonBlank(c, "value", true);
            add(codes, build(c, cb, () -> new Code(system, value)));
        }
        return build(t, b, () -> new Topic(id, kind, name, codes));
    }

    private License license(Obj o) {
        Node n = o.fields().get("license");
        if (n == null) return null;
        Obj l = object(n, "name", "url", "attribution");
        if (l == null) return null;
        String name = nonBlank(l, "name", false);
        String url = string(l, "url", false);
        Message attribution = message(l, "attribution", Keys.LICENSE_ATTRIBUTION, false);
        return new License(name, url, attribution);
    }

    private Section section(Node n) {
        Obj s = object(n, "id", "heading", "blocks", "subsections");
        if (s == null) return null;
        int b = problems.errorCount();
        String id = id(s, "id", true);
        String k = id != null ? id : "invalid";
        Message heading = message(s, "heading", Keys.sectionHeading(k), true);
        List<Block> blocks = blocks(s, "blocks", Keys.section(k));
        List<Section> subsections = new ArrayList<>();
        for (Node sn : array(s, "subsections")) add(subsections, section(sn));
        return build(s, b, () -> new Section(id, heading, blocks, subsections));
    }

    private FaqItem faqItem(Node n) {
        Obj f = object(n, "id", "question", "answer");
        if (f == null) return null;
        int b = problems.errorCount();
        String id = id(f, "id", true);
        String k = id != null ? id : "invalid";
        Message question = message(f, "question", Keys.faqQuestion(k), true);
        if (!f.fields().containsKey("answer")) missing(f, "answer", null);
        List<Block> answer = blocks(f, "answer", Keys.faqAnswer(k));
        return build(f, b, () -> new FaqItem(id, question, answer));
    }

    private Reference reference(Node n) {
        Obj r = object(n, "id", "authors", "title", "container", "publisher", "year", "updated", "url", "doi", "pmid",
                "accessed", "language");
        if (r == null) return null;
        int b = problems.errorCount();
        String id = id(r, "id", true);
        List<String> authors = new ArrayList<>();
        for (Node an : array(r, "authors")) {
            if (an instanceof Str s && !s.value().isBlank()) authors.add(s.value());
            else typeError(an, "a non-empty string (an author's name)");
        }
        String title = nonBlank(r, "title", true);
        String container = nonBlank(r, "container", false);
        String publisher = nonBlank(r, "publisher", false);
        Integer year = integer(r, "year", 1000, 9999);
        Integer updated = integer(r, "updated", 1000, 9999);
        if (updated != null && year == null) {
            error(r.fields().get("updated"), "json.invalid", "an updated year needs the publication year",
                    "Add \"year\": the year the work was first published.");
        }
        String url = string(r, "url", false);
        String doi = nonBlank(r, "doi", false);
        String pmid = nonBlank(r, "pmid", false);
        LocalDate accessed = date(r, "accessed");
        Locale language = locale(r, "language", false);
        return build(r, b, () -> new Reference(id, authors, title, container, publisher, year, updated, url, doi, pmid,
                accessed, language));
    }

    private Term term(Node n) {
        Obj t = object(n, "id", "kind", "text", "expansion", "definition", "doNotTranslate");
        if (t == null) return null;
        int b = problems.errorCount();
        String id = id(t, "id", true);
        String k = id != null ? id : "invalid";
        TermKind kind = enumValue(t, "kind", TermKind.class, true);
        Message text = message(t, "text", Keys.term(k, "text"), true);
        Message expansion = message(t, "expansion", Keys.term(k, "expansion"), false);
        Message definition = message(t, "definition", Keys.term(k, "definition"), false);
        Boolean dnt = bool(t, "doNotTranslate");
        return build(t, b, () -> new Term(id, kind, text, expansion, definition, dnt != null && dnt));
    }

    // ---- blocks -----------------------------------------------------------------------------

    private List<Block> blocks(Obj o, String field, String prefix) {
        List<Block> out = new ArrayList<>();
        List<Node> nodes = array(o, field);
        for (int i = 0; i < nodes.size(); i++) add(out, block(nodes.get(i), prefix, i + 1));
        return out;
    }

    private Block block(Node n, String prefix, int position) {
        if (!(n instanceof Obj o)) {
            typeError(n, "a block (an object with a \"type\")");
            return null;
        }
        if (++blockCount > limits.maxBlocks()) {
            if (blockCount == limits.maxBlocks() + 1) {
                error(n, "json.limit.blocks", "more than " + limits.maxBlocks() + " blocks in the article",
                        "split the article, or raise ArticleJson.builder().maxBlocks(...)");
            }
            return null;
        }
        Node typeNode = o.fields().get("type");
        if (typeNode == null) {
            missing(o, "type", "one of " + String.join(", ", BLOCK_TYPES));
            return null;
        }
        if (!(typeNode instanceof Str ts)) {
            typeError(typeNode, "a string (the block type)");
            return null;
        }
        String type = ts.value();
        int b = problems.errorCount();
        switch (type) {
            case "paragraph": {
                check(o, "type", "id", "text");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                Message text = message(o, "text", key, true);
                return build(o, b, () -> new Paragraph(id, text));
            }
            case "bullets": {
                check(o, "type", "id", "items");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                List<Message> items = new ArrayList<>();
                List<Node> in = requiredArray(o, "items");
                for (int i = 0; i < in.size(); i++) add(items, message(in.get(i), key + ".item." + (i + 1)));
                return build(o, b, () -> new BulletList(id, items));
            }
            case "numbered": {
                check(o, "type", "id", "items");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                List<ListItem> items = new ArrayList<>();
                List<Node> in = requiredArray(o, "items");
                for (int i = 0; i < in.size(); i++) {
                    Obj it = object(in.get(i), "title", "body");
                    if (it == null) continue;
                    int ib = problems.errorCount();
                    String ik = key + ".item." + (i + 1);
                    Message title = message(it, "title", ik + ".title", false);
                    Message body = message(it, "body", ik + ".body", false);
                    if (!it.fields().containsKey("title") && !it.fields().containsKey("body")) {
                        missing(it, "body", "An item needs a body, a title, or both.");
                    }
                    add(items, build(it, ib, () -> new ListItem(title, body)));
                }
                return build(o, b, () -> new NumberedList(id, items));
            }
            case "callout": {
                check(o, "type", "id", "kind", "title", "body");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                CalloutKind kind = enumValue(o, "kind", CalloutKind.class, true);
                Message title = message(o, "title", key + ".title", false);
                if (!o.fields().containsKey("body")) missing(o, "body", null);
                List<Block> body = blocks(o, "body", key + ".body");
                return build(o, b, () -> new Callout(id, kind, title, body));
            }
            case "quote": {
                check(o, "type", "id", "text", "source", "reference");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                Message text = message(o, "text", key + ".text", true);
                Message source = message(o, "source", key + ".source", false);
                String ref = id(o, "reference", false);
                return build(o, b, () -> new Quote(id, text, source, ref));
            }
            case "figure": {
                check(o, "type", "id", "src", "alt", "decorative", "caption", "credit");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                String src = nonBlank(o, "src", true);
                Message alt = message(o, "alt", key + ".alt", false);
                Boolean decorative = bool(o, "decorative");
                Message caption = message(o, "caption", key + ".caption", false);
                Message credit = message(o, "credit", key + ".credit", false);
                return build(o, b, () -> new Figure(id, src, alt, decorative != null && decorative, caption, credit));
            }
            case "table": {
                check(o, "type", "id", "caption", "header", "rows", "rowHeaders");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                Message caption = message(o, "caption", key + ".caption", true);
                List<Message> header = new ArrayList<>();
                List<Node> hn = array(o, "header");
                for (int i = 0; i < hn.size(); i++) add(header, message(hn.get(i), key + ".header." + (i + 1)));
                List<List<Message>> rows = new ArrayList<>();
                List<Node> rn = requiredArray(o, "rows");
                for (int r = 0; r < rn.size(); r++) {
                    if (!(rn.get(r) instanceof Arr ra)) {
                        typeError(rn.get(r), "an array (a table row)");
                        continue;
                    }
                    List<Message> row = new ArrayList<>();
                    for (int c = 0; c < ra.items().size(); c++) {
                        add(row, message(ra.items().get(c), key + ".row." + (r + 1) + ".cell." + (c + 1)));
                    }
                    rows.add(row);
                }
                Boolean rowHeaders = bool(o, "rowHeaders");
                return build(o, b, () -> new Table(id, caption, header, rows, rowHeaders != null && rowHeaders));
            }
            case "related": {
                check(o, "type", "id", "kind", "href", "title", "description");
                String id = id(o, "id", false);
                String key = Keys.block(prefix, id, position);
                RelatedKind kind = enumValue(o, "kind", RelatedKind.class, true);
                String href = nonBlank(o, "href", true);
                Message title = message(o, "title", key + ".title", true);
                Message description = message(o, "description", key + ".description", false);
                return build(o, b, () -> new RelatedLink(id, kind, href, title, description));
            }
            default:
                error(typeNode, "json.unknown-type", "unknown block type \"" + type + "\"",
                        Suggestions.hint(type, List.of(BLOCK_TYPES)));
                return null;
        }
    }

    // ---- messages and arguments -------------------------------------------------------------

    private Message message(Obj o, String field, String derivedKey, boolean required) {
        Node n = o.fields().get(field);
        if (n == null) {
            if (required) missing(o, field, null);
            return null;
        }
        return message(n, derivedKey);
    }

    private Message message(Node n, String derivedKey) {
        if (n instanceof Str s) {
            if (!checkLength(s, s.value())) return null;
            return new Message(derivedKey, s.value(), null, Map.of(), source, TextStatus.SOURCE);
        }
        if (!(n instanceof Obj)) {
            typeError(n, "a message (string or object)");
            return null;
        }
        Obj o = object(n, "key", "text", "note", "args", "lang", "status");
        int b = problems.errorCount();
        String key = string(o, "key", false);
        if (key != null && !Validate.isKey(key)) {
            error(o.fields().get("key"), "json.key", "\"" + key + "\" is not a valid message key",
                    "use letters, digits, '.', '_' and '-', starting and ending with a letter or digit");
        }
        String text = string(o, "text", true);
        if (text != null) checkLength(o.fields().get("text"), text);
        String note = string(o, "note", false);
        Map<String, Arg> args = new LinkedHashMap<>();
        Node an = o.fields().get("args");
        if (an != null) {
            if (an instanceof Obj ao) {
                for (Map.Entry<String, Node> e : ao.fields().entrySet()) {
                    String name = e.getKey();
                    if (MessagePattern.validateArgumentName(name) == MessagePattern.ARG_NAME_NOT_VALID) {
                        errorAtKey(ao, name, "json.arg-name", "\"" + name + "\" is not a valid argument name",
                                "use letters, digits and '_' (no spaces or ICU syntax characters)");
                        continue;
                    }
                    Arg arg = arg(e.getValue());
                    if (arg != null) args.put(name, arg);
                }
            } else {
                typeError(an, "an object (argument name to typed value)");
            }
        }
        Locale lang = locale(o, "lang", false);
        TextStatus status = enumValue(o, "status", TextStatus.class, false);
        String k = key != null ? key : derivedKey;
        return build(o, b, () -> new Message(k, text, note, args, lang != null ? lang : source,
                status != null ? status : TextStatus.SOURCE));
    }

    private boolean checkLength(Node at, String text) {
        if (text.length() > limits.maxMessageLength()) {
            error(at, "json.limit.message-length", "message is " + text.length() + " characters long, more than the limit of "
                    + limits.maxMessageLength(), "split it, or raise ArticleJson.builder().maxMessageLength(...)");
            return false;
        }
        return true;
    }

    private Arg arg(Node n) {
        if (!(n instanceof Obj o)) {
            typeError(n, "an argument object with a \"type\"");
            return null;
        }
        Node tn = o.fields().get("type");
        if (tn == null) {
            missing(o, "type", "one of " + String.join(", ", ARG_TYPES));
            return null;
        }
        if (!(tn instanceof Str ts)) {
            typeError(tn, "a string (the argument type)");
            return null;
        }
        int b = problems.errorCount();
        switch (ts.value()) {
            case "number": {
                check(o, "type", "value");
                BigDecimal v = decimal(o, "value", true);
                return build(o, b, () -> new NumberArg(v));
            }
            case "percent": {
                check(o, "type", "value");
                BigDecimal v = decimal(o, "value", true);
                return build(o, b, () -> new PercentArg(v));
            }
            case "quantity": {
                check(o, "type", "value", "unit");
                BigDecimal v = decimal(o, "value", true);
                String unit = unit(o, true);
                return build(o, b, () -> new QuantityArg(v, unit));
            }
            case "range": {
                check(o, "type", "low", "high", "unit");
                BigDecimal low = decimal(o, "low", true);
                BigDecimal high = decimal(o, "high", true);
                String unit = unit(o, false);
                if (low != null && high != null && high.compareTo(low) < 0) {
                    error(o.fields().get("high"), "json.range", "range high (" + high + ") is below range low (" + low + ")",
                            "swap the two values");
                }
                return build(o, b, () -> new RangeArg(low, high, unit));
            }
            case "date": {
                check(o, "type", "value", "skeleton");
                LocalDate d = date(o, "value");
                if (d == null && !o.fields().containsKey("value")) missing(o, "value", "an ISO date such as 2026-11-27");
                String skeleton = nonBlank(o, "skeleton", false);
                return build(o, b, () -> new DateArg(d, skeleton));
            }
            case "year": {
                check(o, "type", "value");
                Integer y = integer(o, "value", 1, 9999);
                if (y == null && !o.fields().containsKey("value")) missing(o, "value", "a year such as 1962");
                return build(o, b, () -> new YearArg(y));
            }
            case "text": {
                check(o, "type", "value");
                String v = string(o, "value", true);
                return build(o, b, () -> new TextArg(v));
            }
            default:
                error(tn, "json.unknown-type", "unknown argument type \"" + ts.value() + "\"",
                        Suggestions.hint(ts.value(), List.of(ARG_TYPES)));
                return null;
        }
    }

    private String unit(Obj o, boolean required) {
        String unit = nonBlank(o, "unit", required);
        if (unit == null) return null;
        try {
            MeasureUnit.forIdentifier(unit);
            return unit;
        } catch (IllegalArgumentException e) {
            error(o.fields().get("unit"), "json.unit", "\"" + unit + "\" is not a CLDR unit identifier",
                    "examples: minute, hour, day, milligram, milligram-per-kilogram");
            return null;
        }
    }

    // ---- scalar fields ----------------------------------------------------------------------

    /** The node as an object whose fields are all among {@code allowed}; records problems and returns null if not an object. */
    private Obj object(Node n, String... allowed) {
        if (!(n instanceof Obj o)) {
            typeError(n, "an object");
            return null;
        }
        check(o, allowed);
        return o;
    }

    private void check(Obj o, String... allowed) {
        List<String> known = List.of(allowed);
        for (String name : o.fields().keySet()) {
            if (!known.contains(name)) {
                errorAtKey(o, name, "json.unknown-field", "unknown field \"" + name + "\"", Suggestions.hint(name, known));
            }
        }
    }

    private List<Node> array(Obj o, String field) {
        Node n = o.fields().get(field);
        if (n == null) return List.of();
        if (n instanceof Arr a) return a.items();
        typeError(n, "an array");
        return List.of();
    }

    private List<Node> requiredArray(Obj o, String field) {
        if (!o.fields().containsKey(field)) missing(o, field, null);
        return array(o, field);
    }

    private String string(Obj o, String field, boolean required) {
        Node n = o.fields().get(field);
        if (n == null) {
            if (required) missing(o, field, null);
            return null;
        }
        if (n instanceof Str s) return s.value();
        typeError(n, "a string");
        return null;
    }

    private String nonBlank(Obj o, String field, boolean required) {
        String s = string(o, field, required);
        if (s != null && s.isBlank()) {
            error(o.fields().get(field), "json.blank", "\"" + field + "\" must not be blank",
                    required ? "write a value" : "write a value or leave the field out");
            return null;
        }
        return s;
    }

    private String id(Obj o, String field, boolean required) {
        String s = string(o, field, required);
        if (s != null && !Validate.isId(s)) {
            error(o.fields().get(field), "json.id", "\"" + s + "\" is not a valid id",
                    "use lower-case letters, digits and inner hyphens, e.g. \"side-effects\"");
            return null;
        }
        return s;
    }

    private Boolean bool(Obj o, String field) {
        Node n = o.fields().get(field);
        if (n == null) return null;
        if (n instanceof Bool b) return b.value();
        typeError(n, "true or false");
        return null;
    }

    private BigDecimal decimal(Obj o, String field, boolean required) {
        Node n = o.fields().get(field);
        if (n == null) {
            if (required) missing(o, field, null);
            return null;
        }
        if (n instanceof Num num) return num.value();
        typeError(n, "a number");
        return null;
    }

    private Integer integer(Obj o, String field, int min, int max) {
        Node n = o.fields().get(field);
        if (n == null) return null;
        if (!(n instanceof Num num)) {
            typeError(n, "an integer");
            return null;
        }
        BigDecimal v = num.value();
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(n, "json.range", "expected an integer from " + min + " to " + max + " but found " + v, null);
            return null;
        }
        return v.intValueExact();
    }

    private LocalDate date(Obj o, String field) {
        Node n = o.fields().get(field);
        if (n == null) return null;
        if (!(n instanceof Str s)) {
            typeError(n, "an ISO date string (\"2026-11-27\")");
            return null;
        }
        try {
            return LocalDate.parse(s.value());
        } catch (DateTimeParseException e) {
            error(n, "json.date", "\"" + s.value() + "\" is not an ISO date", "write YYYY-MM-DD, e.g. \"2026-11-27\"");
            return null;
        }
    }

    private Locale locale(Obj o, String field, boolean required) {
        String s = string(o, field, required);
        if (s == null) return null;
        Locale l = Locale.forLanguageTag(s);
        if (s.isEmpty() || !l.toLanguageTag().equalsIgnoreCase(s)) {
            String near = s.replace('_', '-');
            String hint = !near.equals(s) && Locale.forLanguageTag(near).toLanguageTag().equalsIgnoreCase(near)
                    ? "did you mean \"" + Locale.forLanguageTag(near).toLanguageTag() + "\"?"
                    : "write a BCP 47 language tag such as \"en\", \"es-419\" or \"zh-Hant\"";
            error(o.fields().get(field), "json.locale", "\"" + s + "\" is not a well-formed BCP 47 language tag", hint);
            return null;
        }
        return l;
    }

    private <E extends Enum<E>> E enumValue(Obj o, String field, Class<E> type, boolean required) {
        Node n = o.fields().get(field);
        if (n == null) {
            if (required) missing(o, field, "one of " + String.join(", ", names(type)));
            return null;
        }
        return enumValue(n, type);
    }

    private <E extends Enum<E>> E enumValue(Node n, Class<E> type) {
        if (!(n instanceof Str s)) {
            typeError(n, "a string (one of " + String.join(", ", names(type)) + ")");
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (enumName(e).equals(s.value())) return e;
        }
        error(n, "json.enum", "unknown value \"" + s.value() + "\"", Suggestions.hint(s.value(), names(type)));
        return null;
    }

    static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) out.add(enumName(e));
        return out;
    }

    // ---- problems ---------------------------------------------------------------------------

    /** Runs a model constructor unless errors were recorded since {@code before}; maps its exception to a problem. */
    private <T> T build(Node at, int before, Supplier<T> constructor) {
        if (problems.errorCount() > before) return null;
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            error(at, "json.invalid", e.getMessage(), null);
            return null;
        }
    }

    private static <T> void add(List<T> list, T value) {
        if (value != null) list.add(value);
    }

    private void typeError(Node n, String expected) {
        error(n, "json.type", "expected " + expected + " but found " + JsonTree.describe(n), null);
    }

    private void missing(Obj o, String field, String hint) {
        error(o, "json.missing", "missing required field \"" + field + "\"", hint);
    }

    private void errorAtKey(Obj o, String name, String code, String message, String hint) {
        int[] lc = o.keys().get(name);
        problems.add(Problem.builder(code, message).at(file, lc[0], lc[1]).pointer(o.pointer() + "/" + JsonTree.escape(name))
                .suggestion(hint).build());
    }

    private void error(Node n, String code, String message, String hint) {
        problems.add(Problem.builder(code, message).at(file, n.line(), n.column()).pointer(n.pointer()).suggestion(hint).build());
    }

    private static String text(Node n) {
        if (n instanceof Num num) return num.value().toString();
        if (n instanceof Str s) return "\"" + s.value() + "\"";
        return JsonTree.describe(n);
    }
}
