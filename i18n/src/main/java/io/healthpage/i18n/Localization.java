package io.healthpage.i18n;

import io.healthpage.model.Article;
import io.healthpage.text.Labels;
import io.healthpage.render.PageContext;
import io.healthpage.render.Alternate;
import java.util.List;

/**
 * The result of {@link Localizer#localize}: the article in the requested language (the same model type,
 * every unit marked with the language it is really in), the page-chrome labels for that language, the
 * report, and whether the translation was medically reviewed. Immutable.
 *
 * @param article the localized article
 * @param labels the page-chrome labels for the requested locale
 * @param report what happened to each unit
 * @param labelReport what happened to each label
 * @param medicallyReviewed whether the bundle used says a health professional reviewed the translation
 */
public record Localization(Article article, Labels labels, LocalizationReport report, LocalizationReport labelReport,
                           boolean medicallyReviewed) {

    /**
     * The render context for this localization: its labels, whether it was medically reviewed, and the
     * given language versions for the switcher.
     */
    public PageContext pageContext(List<Alternate> alternates) {
        return new PageContext(medicallyReviewed, alternates, labels);
    }
}
