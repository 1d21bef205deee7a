package io.healthpage.render;

import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import io.healthpage.text.MessageFormatter;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an {@link Article} as a schema.org JSON-LD document: a {@code MedicalWebPage} in the
 * article's language, with its authors, medical reviewers, dates, breadcrumb, topics (with medical
 * codes), audiences, citations, licence and FAQ.
 *
 * <pre>{@code
 * JsonLdRenderer jsonLd = JsonLdRenderer.builder().baseUrl("https://example.org/health/").build();
 * String json = jsonLd.render(article);                 // compact JSON
 * String inScript = jsonLd.renderForHtmlScript(article); // safe inside <script type="application/ld+json">
 * }</pre>
 *
 * <h2>What is emitted</h2>
 * <ul>
 *   <li>{@code @context} {@code https://schema.org}, {@code @type} {@code MedicalWebPage},
 *       {@code inLanguage} (the BCP 47 tag of {@link Article#locale()}), {@code headline} and
 *       {@code name} (the title), {@code description}, {@code url} (the canonical URL).</li>
 *   <li>{@code author} and {@code reviewedBy}: {@code Person} or {@code Organization} with
 *       {@code name}, {@code url}, {@code jobTitle} (the role; people only) and {@code description}
 *       (the credentials, e.g. "MD, board-certified in internal medicine"). A person's bio is not
 *       emitted: it belongs on the profile page that {@code url} points to.</li>
 *   <li>{@code datePublished}, {@code dateModified} (the "updated" date) and {@code lastReviewed}, as
 *       ISO 8601 dates ({@code 2026-11-27}). schema.org has no property for "next review due"; it is
 *       not emitted (the NHS API's habit of putting it into {@code lastReviewed} misstates the
 *       review date).</li>
 *   <li>{@code breadcrumb}: a {@code BreadcrumbList} of {@code ListItem}s with {@code position}
 *       (from 1), {@code name} and {@code item}. Relative hrefs are resolved against the configured
 *       {@linkplain Builder#baseUrl(String) base URL}, or else against the article's canonical URL
 *       when that is an absolute http(s) URL; with neither they are left relative.</li>
 *   <li>{@code about}: {@code Drug}, {@code MedicalCondition} or {@code MedicalProcedure} with
 *       {@code name} and {@code code} ({@code MedicalCode} with {@code codeValue} and
 *       {@code codingSystem}).</li>
 *   <li>{@code audience}. schema.org's {@code MedicalAudienceType} enumeration has the members
 *       {@code Clinician} and {@code MedicalResearcher}; {@code Patient} is not a member but a type
 *       (a subtype of both {@code MedicalAudience} and {@code Person}). So: patients are
 *       {@code {"@type":"Patient"}}; clinicians are {@code {"@type":"MedicalAudience",
 *       "audienceType":"Clinician"}}; caregivers, who are not a medical audience in schema.org's
 *       sense, are {@code {"@type":"PeopleAudience","audienceType":"caregiver"}}.</li>
 *   <li>{@code citation}: one entry per reference. A reference with a PubMed id is a
 *       {@code MedicalScholarlyArticle}, one with only a DOI a {@code ScholarlyArticle}, any other a
 *       {@code CreativeWork}; with {@code name} (the title), {@code author} (the names as printed,
 *       as text: the model does not say whether an author is a person or an organisation),
 *       {@code datePublished} (the year), {@code isPartOf} (the journal, book or site),
 *       {@code publisher}, {@code url}, {@code sameAs} (the {@code https://doi.org/} link),
 *       {@code identifier} ({@code PropertyValue}s for PMID and DOI) and {@code inLanguage} when the
 *       title is in another language.</li>
 *   <li>{@code license}: the licence URL (or, without one, a {@code CreativeWork} naming it) and
 *       {@code creditText}: the attribution readers must see.</li>
 *   <li>{@code hasPart}: for an article with an FAQ, a {@code FAQPage} whose {@code mainEntity} lists
 *       {@code Question}s with {@code name} and {@code acceptedAnswer} ({@code Answer} with
 *       {@code text}). Google stopped showing FAQ rich results; the FAQPage is emitted for its meaning
 *       to machines that read the page, and nothing is promised about search appearance.</li>
 * </ul>
 *
 * <h2>Text and failures</h2>
 * All text values are plain text (no tags, no bidi controls), from
 * {@link io.healthpage.text.FormattedText#plainText()}. A message that cannot be formatted never
 * breaks the document: the property it would fill is left out (the raw pattern is not used, because
 * it could leak ICU syntax such as {@code {n, plural, ...}} into search snippets), and a problem
 * naming the property and the message key is recorded; see {@link #renderWithProblems(Article)}.
 * Where one part failing would make a structure misleading, the structure is left out as a whole: a
 * breadcrumb with a failed label, a question whose text failed. URLs other than http, https,
 * mailto and relative are dropped and reported the same way.
 *
 * <p><b>Immutable and thread-safe:</b> build one and share it.
 */
public final class JsonLdRenderer {
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private final MessageFormatter formatter;
    private final URI baseUrl;

    private JsonLdRenderer(Builder b) {
        this.formatter = b.formatter != null ? b.formatter : MessageFormatter.create();
        this.baseUrl = b.baseUrl;
    }

    /**
     * A renderer with a new {@link MessageFormatter} and no base URL.
     *
     * @return the renderer
     */
    public static JsonLdRenderer create() {
        return builder().build();
    }

    /**
     * A builder for a configured renderer.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The article as a compact JSON-LD document. Problems (see {@link #renderWithProblems(Article)})
     * are not reported here; the document is complete apart from what they left out.
     *
     * @param article the article, in any locale
     * @return a JSON object as text, to be written out as UTF-8
     */
    public String render(Article article) {
        return renderWithProblems(article).json();
    }

    /**
     * The article as JSON-LD made safe to put between {@code <script type="application/ld+json">} and
     * {@code </script>}: see {@link Result#forHtmlScript()}.
     *
     * @param article the article, in any locale
     * @return the same JSON value as {@link #render(Article)}, with the dangerous characters escaped
     */
    public String renderForHtmlScript(Article article) {
        return renderWithProblems(article).forHtmlScript();
    }

    /**
     * The article as JSON-LD together with the problems met on the way (messages that failed to
     * format, URLs refused), each naming where it is and what was left out.
     *
     * @param article the article, in any locale
     * @return the JSON-LD text and the problems, in document order
     */
    public Result renderWithProblems(Article article) {
        Objects.requireNonNull(article, "article");
        JsonLdDocument doc = new JsonLdDocument(formatter, baseUrl, BUILDERS);
        JsonObject json = doc.build(article);
        StringWriter out = new StringWriter();
        try (JsonWriter w = WRITERS.createWriter(out)) {
            w.writeObject(json);
        }
        return new Result(out.toString(), doc.problems());
    }

    /**
     * Escapes JSON text for embedding in an HTML {@code <script>} element: {@code <}, {@code >} and
     * {@code &} become <code>&#92;u003c</code>, <code>&#92;u003e</code>, <code>&#92;u0026</code>, and
     * U+2028 / U+2029 become <code>&#92;u2028</code> / <code>&#92;u2029</code>. These characters occur in JSON text only inside strings, where
     * the escapes mean the same characters, so the JSON value is unchanged while neither
     * {@code </script>} nor {@code <!--} can appear in the output.
     */
    static String escapeForScript(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String rep = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) sb = new StringBuilder(json.length() + 16).append(json, 0, i);
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? json : sb.toString();
    }

    /**
     * The outcome of a render: the JSON-LD text and the problems found. Immutable.
     *
     * @param json the compact JSON-LD document
     * @param problems what was left out and why, in document order (warnings with the rule {@code render.jsonld};
     *        the message starts with the JSON-LD property concerned, e.g.
     *        {@code hasPart.mainEntity[2]: FAQ 'dose' left out, …}); empty when all went well
     */
    public record Result(String json, List<Problem> problems) {
        /** Validates and copies. */
        public Result {
            Objects.requireNonNull(json, "json");
            problems = List.copyOf(problems);
        }

        /**
         * The JSON-LD with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped as JSON
         * <code>&#92;uXXXX</code> sequences: the same JSON value, safe to embed in
         * {@code <script type="application/ld+json">} whatever the article's text contains.
         */
        public String forHtmlScript() {
            return escapeForScript(json);
        }
    }

    /**
     * Configures a {@link JsonLdRenderer}. Not thread-safe; the renderer it builds is.
     */
    public static final class Builder {
        private MessageFormatter formatter;
        private URI baseUrl;

        private Builder() {}

        /**
         * The formatter for the article's messages (share the one the HTML renderer uses, so
         * compiled patterns are cached once); default: a new one.
         *
         * @param formatter the formatter
         * @return this builder
         */
        public Builder formatter(MessageFormatter formatter) {
            this.formatter = Objects.requireNonNull(formatter, "formatter");
            return this;
        }

        /**
         * The absolute http(s) URL that relative hrefs are resolved against (e.g.
         * {@code "https://example.org/health/"}), or {@code null} for none.
         *
         * @param baseUrl the base URL, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if it is not an absolute http or https URL with a host
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? null : JsonLdUrls.checkedBase(baseUrl);
            return this;
        }

        /** Builds the renderer. */
        public JsonLdRenderer build() {
            return new JsonLdRenderer(this);
        }
    }
}
