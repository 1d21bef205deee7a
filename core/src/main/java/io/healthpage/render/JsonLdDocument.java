package io.healthpage.render;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Audience;
import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.Code;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.License;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Quote;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Table;
import io.healthpage.model.Topic;
import io.healthpage.model.TopicKind;
import io.healthpage.problem.Problem;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds one JSON-LD document and collects the problems met. One instance per render: not
 * thread-safe, not shared.
 */
final class JsonLdDocument {
    private static final String DOI_PREFIX = "https://doi.org/";

    private final MessageFormatter formatter;
    private final URI configuredBase;
    private final JsonBuilderFactory json;
    private final List<Problem> problems = new ArrayList<>();
    private URI base;

    JsonLdDocument(MessageFormatter formatter, URI configuredBase, JsonBuilderFactory json) {
        this.formatter = formatter;
        this.configuredBase = configuredBase;
        this.json = json;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    JsonObject build(Article a) {
        JsonObjectBuilder page = json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "MedicalWebPage")
                .add("inLanguage", a.locale().toLanguageTag());

        String url = a.canonicalUrl() == null ? null : url(a.canonicalUrl(), configuredBase, "url");
        base = configuredBase != null ? configuredBase : JsonLdUrls.baseOrNull(url);

        String title = text(a.title(), "headline");
        if (title != null) page.add("headline", title).add("name", title);
        putText(page, "description", a.description(), "description");
        if (url != null) page.add("url", url);

        putPeople(page, "author", a.authors());
        putPeople(page, "reviewedBy", a.reviewers());
        putDates(page, a.dates());

        if (!a.breadcrumbs().isEmpty()) {
            JsonObject crumbs = breadcrumb(a.breadcrumbs());
            if (crumbs != null) page.add("breadcrumb", crumbs);
        }
        if (!a.topics().isEmpty()) {
            JsonArrayBuilder about = json.createArrayBuilder();
            for (int i = 0; i < a.topics().size(); i++) about.add(topic(a.topics().get(i), "about[" + i + "]"));
            page.add("about", about);
        }
        if (!a.audiences().isEmpty()) {
            JsonArrayBuilder audience = json.createArrayBuilder();
            for (Audience au : a.audiences()) audience.add(audience(au));
            page.add("audience", audience);
        }
        if (!a.references().isEmpty()) {
            JsonArrayBuilder citations = json.createArrayBuilder();
            for (int i = 0; i < a.references().size(); i++) {
                citations.add(citation(a.references().get(i), "citation[" + i + "]"));
            }
            page.add("citation", citations);
        }
        if (a.license() != null) putLicense(page, a.license());
        if (!a.faq().isEmpty()) {
            JsonObject faq = faqPage(a.faq());
            if (faq != null) page.add("hasPart", faq);
        }
        return page.build();
    }

    // ---- parts ---------------------------------------------------------------------------------

    private void putPeople(JsonObjectBuilder page, String property, List<Person> people) {
        if (people.isEmpty()) return;
        JsonArrayBuilder arr = json.createArrayBuilder();
        for (int i = 0; i < people.size(); i++) arr.add(person(people.get(i), property + "[" + i + "]"));
        page.add(property, arr);
    }

    private JsonObject person(Person p, String path) {
        boolean human = p.kind() == PersonKind.PERSON;
        JsonObjectBuilder o = json.createObjectBuilder().add("@type", human ? "Person" : "Organization");
        // given by role only: no name is made up; the role is the Person's jobTitle (schema.org), or describes the Organization
        if (!p.roleOnly()) o.add("name", p.name());
        if (p.url() != null) {
            String u = url(p.url(), base, path + ".url");
            if (u != null) o.add("url", u);
        }
        if (human) putText(o, "jobTitle", p.role(), path + ".jobTitle");
        putText(o, "description", !human && p.roleOnly() ? p.role() : p.credentials(), path + ".description");
        return o.build();
    }

    private void putDates(JsonObjectBuilder page, ArticleDates d) {
        putDate(page, "datePublished", d.published());
        putDate(page, "dateModified", d.updated());
        putDate(page, "lastReviewed", d.lastReviewed());
    }

    private static void putDate(JsonObjectBuilder o, String property, LocalDate date) {
        if (date != null) o.add(property, date.toString()); // LocalDate#toString is ISO 8601 (uuuu-MM-dd)
    }

    private JsonObject breadcrumb(List<Breadcrumb> crumbs) {
        JsonArrayBuilder items = json.createArrayBuilder();
        for (int i = 0; i < crumbs.size(); i++) {
            Breadcrumb c = crumbs.get(i);
            String path = "breadcrumb.itemListElement[" + i + "]";
            String name = text(c.label(), path + ".name");
            if (name == null) {
                problems.add(RenderProblems.of("render.jsonld", c.label().key(),
                        "breadcrumb: left out as a whole, because the label of step " + (i + 1) + " could not be formatted (a trail with a missing step would misstate the page's place)"));
                return null;
            }
            JsonObjectBuilder item = json.createObjectBuilder()
                    .add("@type", "ListItem")
                    .add("position", i + 1)
                    .add("name", name);
            String href = url(c.href(), base, path + ".item");
            if (href != null) item.add("item", href);
            items.add(item);
        }
        return json.createObjectBuilder().add("@type", "BreadcrumbList").add("itemListElement", items).build();
    }

    private JsonObject topic(Topic t, String path) {
        JsonObjectBuilder o = json.createObjectBuilder().add("@type", topicType(t.kind()));
        putText(o, "name", t.name(), path + ".name");
        if (!t.codes().isEmpty()) {
            JsonArrayBuilder codes = json.createArrayBuilder();
            for (Code c : t.codes()) {
                codes.add(json.createObjectBuilder()
                        .add("@type", "MedicalCode")
                        .add("codeValue", c.value())
                        .add("codingSystem", c.system().label()));
            }
            o.add("code", codes);
        }
        return o.build();
    }

    private static String topicType(TopicKind kind) {
        switch (kind) {
            case DRUG: return "Drug";
            case CONDITION: return "MedicalCondition";
            case PROCEDURE: return "MedicalProcedure";
            default: throw new AssertionError("unknown topic kind " + kind);
        }
    }

    private JsonObject audience(Audience a) {
        switch (a) {
            case PATIENT:
                return json.createObjectBuilder().add("@type", "Patient").build();
            case CLINICIAN:
                return json.createObjectBuilder().add("@type", "MedicalAudience").add("audienceType", "Clinician").build();
            case CAREGIVER:
                return json.createObjectBuilder().add("@type", "PeopleAudience").add("audienceType", "caregiver").build();
            default:
                throw new AssertionError("unknown audience " + a);
        }
    }

    private JsonObject citation(Reference r, String path) {
        String type = r.pmid() != null ? "MedicalScholarlyArticle" : r.doi() != null ? "ScholarlyArticle" : "CreativeWork";
        JsonObjectBuilder o = json.createObjectBuilder().add("@type", type).add("name", r.title());
        if (!r.authors().isEmpty()) {
            JsonArrayBuilder authors = json.createArrayBuilder();
            for (String name : r.authors()) authors.add(name);
            o.add("author", authors);
        }
        if (r.year() != null) o.add("datePublished", String.format(Locale.ROOT, "%04d", r.year()));
        if (r.updated() != null) o.add("dateModified", String.format(Locale.ROOT, "%04d", r.updated()));
        if (r.container() != null && !r.container().isBlank()) {
            o.add("isPartOf", json.createObjectBuilder().add("@type", "CreativeWork").add("name", r.container()));
        }
        if (r.publisher() != null && !r.publisher().isBlank()) {
            o.add("publisher", json.createObjectBuilder().add("@type", "Organization").add("name", r.publisher()));
        }
        if (r.url() != null) {
            String u = url(r.url(), base, path + ".url");
            if (u != null) o.add("url", u);
        }
        String doi = r.doi() == null ? null : bareDoi(r.doi());
        if (doi != null) o.add("sameAs", DOI_PREFIX + encodeDoi(doi));
        JsonArrayBuilder ids = json.createArrayBuilder();
        boolean anyId = false;
        if (r.pmid() != null && !r.pmid().isBlank()) {
            ids.add(propertyValue("PMID", r.pmid().strip()));
            anyId = true;
        }
        if (doi != null) {
            ids.add(propertyValue("DOI", doi));
            anyId = true;
        }
        if (anyId) o.add("identifier", ids);
        if (r.language() != null) o.add("inLanguage", r.language().toLanguageTag());
        return o.build();
    }

    private JsonObject propertyValue(String id, String value) {
        return json.createObjectBuilder().add("@type", "PropertyValue").add("propertyID", id).add("value", value).build();
    }

    /** The DOI without a resolver or "doi:" prefix, or {@code null} when nothing is left. */
    static String bareDoi(String doi) {
        String d = doi.strip();
        String lower = d.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
            if (lower.startsWith(prefix)) {
                d = d.substring(prefix.length()).strip();
                break;
            }
        }
        return d.isEmpty() ? null : d;
    }

    /**
     * Percent-encodes a DOI for a doi.org URL: DOI names may hold any printable character, and the
     * DOI Handbook asks for {@code %}, {@code "}, {@code #}, {@code ?}, space and non-ASCII to be
     * encoded. Keeps {@code /} (the prefix/suffix separator) and the other path-safe characters.
     */
    static String encodeDoi(String doi) {
        StringBuilder sb = new StringBuilder(doi.length() + 8);
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:;()+,=@!$'*".indexOf(c) >= 0;
            if (keep) sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return sb.toString();
    }

    private void putLicense(JsonObjectBuilder page, License l) {
        String u = l.url() == null ? null : url(l.url(), base, "license");
        if (u != null) {
            page.add("license", u);
        } else if (l.name() != null && !l.name().isBlank()) {
            page.add("license", json.createObjectBuilder().add("@type", "CreativeWork").add("name", l.name()));
        }
        putText(page, "creditText", l.attribution(), "creditText");
    }

    private JsonObject faqPage(List<FaqItem> faq) {
        JsonArrayBuilder questions = json.createArrayBuilder();
        int n = 0;
        for (int i = 0; i < faq.size(); i++) {
            FaqItem item = faq.get(i);
            String path = "hasPart.mainEntity[" + i + "]";
            String q = text(item.question(), path + ".name");
            String answer = blocksText(item.answer(), path + ".acceptedAnswer.text");
            if (q == null || answer == null || answer.isEmpty()) {
                problems.add(RenderProblems.of("render.jsonld", item.question().key(), path + ": FAQ '" + item.id()
                        + "' left out, because its " + (q == null ? "question" : "answer") + " has no text that could be formatted"));
                continue;
            }
            questions.add(json.createObjectBuilder()
                    .add("@type", "Question")
                    .add("name", q)
                    .add("acceptedAnswer", json.createObjectBuilder().add("@type", "Answer").add("text", answer)));
            n++;
        }
        if (n == 0) return null;
        return json.createObjectBuilder().add("@type", "FAQPage").add("mainEntity", questions).build();
    }

    /**
     * The plain text of blocks: blocks separated by a blank line, list items one per line (numbered
     * ones as "1. "). Blocks whose messages fail are left out and reported.
     */
    private String blocksText(List<Block> blocks, String path) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            String t = blockText(b, path);
            if (t != null && !t.isBlank()) parts.add(t);
        }
        return String.join("\n\n", parts);
    }

    private String blockText(Block b, String path) {
        return b.accept(new BlockText(path));
    }

    /** The plain text of one block; {@code path} locates its messages in problem reports. */
    private final class BlockText implements BlockVisitor<String> {
        private final String path;

        BlockText(String path) {
            this.path = path;
        }

        @Override
        public String visit(Paragraph p) {
            return text(p.text(), path);
        }

        @Override
        public String visit(BulletList l) {
            List<String> lines = new ArrayList<>();
            for (Message m : l.items()) {
                String t = text(m, path);
                if (t != null) lines.add("- " + t);
            }
            return String.join("\n", lines);
        }

        @Override
        public String visit(NumberedList l) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                ListItem item = l.items().get(i);
                String title = item.title() == null ? null : text(item.title(), path);
                String body = item.body() == null ? null : text(item.body(), path);
                String line = title == null ? body : body == null ? title : title + ": " + body;
                if (line != null) lines.add((i + 1) + ". " + line);
            }
            return String.join("\n", lines);
        }

        @Override
        public String visit(Callout c) {
            String title = c.title() == null ? null : text(c.title(), path);
            String body = blocksText(c.body(), path);
            return title == null ? body : body.isEmpty() ? title : title + "\n\n" + body;
        }

        @Override
        public String visit(Quote q) {
            String t = text(q.text(), path);
            String source = q.source() == null ? null : text(q.source(), path);
            return t == null ? null : source == null ? t : t + " (" + source + ")";
        }

        @Override
        public String visit(Table t) {
            List<String> lines = new ArrayList<>();
            String caption = text(t.caption(), path);
            if (caption != null) lines.add(caption);
            if (!t.header().isEmpty()) lines.add(cells(t.header(), path));
            for (List<Message> row : t.rows()) lines.add(cells(row, path));
            return String.join("\n", lines);
        }

        @Override
        public String visit(Figure f) {
            // the caption says what the figure shows in the text's terms; the alt text describes the image
            if (f.caption() != null) return text(f.caption(), path);
            return f.alt() == null ? null : text(f.alt(), path);
        }

        @Override
        public String visit(RelatedLink r) {
            return text(r.title(), path);
        }
    }

    private String cells(List<Message> cells, String path) {
        List<String> out = new ArrayList<>();
        for (Message m : cells) {
            String t = text(m, path);
            out.add(t == null ? "" : t);
        }
        return String.join(" | ", out);
    }

    // ---- text and URLs -------------------------------------------------------------------------

    private void putText(JsonObjectBuilder o, String property, Message m, String path) {
        if (m == null) return;
        String t = text(m, path);
        if (t != null && !t.isBlank()) o.add(property, t);
    }

    /** The plain text of a message, or {@code null} (and a problem recorded) when it cannot be formatted. */
    private String text(Message m, String path) {
        try {
            return formatter.format(m).plainText();
        } catch (MessageFormatException | IllegalArgumentException e) {
            problems.add(RenderProblems.of("render.jsonld", m.key(), path + ": left out, " + e.getMessage()
                    + " (fix the pattern of message '" + m.key() + "' in " + m.locale().toLanguageTag() + ")"));
            return null;
        }
    }

    /** The href as an absolute URL where a base allows, or {@code null} (and a problem recorded) when refused. */
    private String url(String href, URI against, String path) {
        try {
            return JsonLdUrls.resolve(href, against);
        } catch (JsonLdUrls.Refused e) {
            problems.add(RenderProblems.of("render.jsonld", null, path + ": URL left out, " + e.getMessage()));
            return null;
        }
    }
}
