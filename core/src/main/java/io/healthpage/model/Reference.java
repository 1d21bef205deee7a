package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A cited source. Titles stay in their own language ({@code language}); they are not translated.
 * Immutable and thread-safe. Build one with {@link #builder(String, String)}, which stays source
 * compatible when parts are added; the canonical constructor does not.
 *
 * @param id stable id, cited in text as {@code <cite:ID/>}
 * @param authors author names as printed, possibly empty
 * @param title the title of the work
 * @param container the journal, book or site it appears in, or {@code null}
 * @param publisher the publisher ("NCBI Bookshelf"), or {@code null}
 * @param year the publication year, or {@code null}
 * @param updated the year of the last update ("2019, updated 2023"), or {@code null}; needs {@code year}
 * @param url the URL, or {@code null}
 * @param doi the DOI (without "https://doi.org/"), or {@code null}
 * @param pmid the PubMed id, or {@code null}
 * @param accessed when the URL was last checked, or {@code null}
 * @param language the language of the title, or {@code null} when it is the article's source language
 */
public record Reference(String id, List<String> authors, String title, String container, String publisher,
                        Integer year, Integer updated, String url, String doi, String pmid, LocalDate accessed, Locale language) {
    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the id is not valid, the title is blank, a year has not four digits,
     *         or there is an updated year without a publication year
     */
    public Reference {
        Validate.id(id, "reference id");
        authors = Validate.list(authors, "authors of reference '" + id + "'");
        Validate.notBlank(title, "title of reference '" + id + "'");
        if (year != null && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("year " + year + " of reference '" + id + "' is not a four-digit year");
        }
        if (updated != null && (updated < 1000 || updated > 9999)) {
            throw new IllegalArgumentException("updated year " + updated + " of reference '" + id + "' is not a four-digit year");
        }
        if (updated != null && year == null) {
            throw new IllegalArgumentException("reference '" + id + "' has an updated year but no publication year: add \"year\"");
        }
    }

    /**
     * The constructor from before the updated year (issue 14), kept so that code written against it still
     * compiles and links: a reference with no updated year.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Reference(String id, List<String> authors, String title, String container, String publisher, Integer year,
                     String url, String doi, String pmid, LocalDate accessed, Locale language) {
        this(id, authors, title, container, publisher, year, null, url, doi, pmid, accessed, language);
    }

    /**
     * A builder for a reference with the given id and title; the other parts start empty.
     *
     * @param id the stable id
     * @param title the title of the work
     * @return a new builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Builds a {@link Reference}. Each setter replaces what was set before; {@code null} means "not
     * known" for the optional parts. {@link #build()} validates as the constructor does. Not
     * thread-safe; the reference it builds is.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private List<String> authors = List.of();
        private String container;
        private String publisher;
        private Integer year;
        private Integer updated;
        private String url;
        private String doi;
        private String pmid;
        private LocalDate accessed;
        private Locale language;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Sets the author names as printed (copied when built). */
        public Builder authors(List<String> v) { authors = v; return this; }
        /** Sets the journal, book or site it appears in. */
        public Builder container(String v) { container = v; return this; }
        /** Sets the publisher. */
        public Builder publisher(String v) { publisher = v; return this; }
        /** Sets the publication year (four digits). */
        public Builder year(Integer v) { year = v; return this; }
        /** Sets the year of the last update (four digits; needs the publication year). */
        public Builder updated(Integer v) { updated = v; return this; }
        /** Sets the URL. */
        public Builder url(String v) { url = v; return this; }
        /** Sets the DOI, without "https://doi.org/". */
        public Builder doi(String v) { doi = v; return this; }
        /** Sets the PubMed id. */
        public Builder pmid(String v) { pmid = v; return this; }
        /** Sets when the URL was last checked. */
        public Builder accessed(LocalDate v) { accessed = v; return this; }
        /** Sets the language of the title, when it is not the article's source language. */
        public Builder language(Locale v) { language = v; return this; }

        /**
         * Builds the reference.
         *
         * @return the reference
         * @throws NullPointerException if the id or the title is null, or an author is
         * @throws IllegalArgumentException if the id is not a valid id, the title is blank, a year has not four
         *         digits, or there is an updated year but no publication year
         */
        public Reference build() {
            return new Reference(id, authors, title, container, publisher, year, updated, url, doi, pmid, accessed, language);
        }
    }
}
