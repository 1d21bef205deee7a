package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A cited source. Titles stay in their own language ({@code language}); they are not translated.
 *
 * @param id stable id, cited in text as {@code <cite:ID/>}
 * @param authors author names as printed, possibly empty
 * @param title the title of the work
 * @param container the journal, book or site it appears in, or {@code null}
 * @param publisher the publisher ("NCBI Bookshelf"), or {@code null}
 * @param year the publication year, or {@code null}
 * @param url the URL, or {@code null}
 * @param doi the DOI (without "https://doi.org/"), or {@code null}
 * @param pmid the PubMed id, or {@code null}
 * @param accessed when the URL was last checked, or {@code null}
 * @param language the language of the title, or {@code null} when it is the article's source language
 */
public record Reference(String id, List<String> authors, String title, String container, String publisher,
                        Integer year, String url, String doi, String pmid, LocalDate accessed, Locale language) {
    /** Validates and copies. */
    public Reference {
        Validate.id(id, "reference id");
        authors = Validate.list(authors, "authors of reference '" + id + "'");
        Validate.notBlank(title, "title of reference '" + id + "'");
        if (year != null && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("year " + year + " of reference '" + id + "' is not a four-digit year");
        }
    }
}
