package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * What an {@link ArticleRule} sees of one article while it is checked, and where it reports. One context
 * per check: not thread-safe, and not to be kept after {@link ArticleRule#check} returns.
 */
public interface ArticleContext {
    /** The article, in the language of {@code article().locale()}. */
    Article article();

    /** Today, as the checker's clock says (for date rules). */
    LocalDate today();

    /**
     * Every visible text unit in document order — title, description, headings, prose, list items, quotes,
     * questions, alt texts, captions, table cells, link titles, disclosure, disclaimer — as readers see it
     * (arguments formatted, inline tags removed). Glossary entries, people, topics, the licence and
     * breadcrumbs are left out, as the built-in language rules leave them out.
     */
    List<TextUnit> units();

    /**
     * A finding about one text unit, ready to {@link #report}: the rule's id, severity and guideline, the
     * unit's JSON Pointer, message key and section are filled in; add the text concerned and a suggestion.
     */
    Problem.Builder problem(TextUnit unit, String message);

    /**
     * A finding about a part of the article that is not one text unit (a section, a reference, the
     * article as a whole: {@code ""}), ready to {@link #report}.
     *
     * @param pointer a JSON Pointer into the article JSON, e.g. {@code /references/2}
     * @param message what is wrong
     */
    Problem.Builder problem(String pointer, String message);

    /**
     * Reports a finding. Its rule id and severity are those of the rule being run (as configured), whatever
     * the builder says; a missing guideline is the rule's.
     */
    void report(Problem.Builder problem);
}
