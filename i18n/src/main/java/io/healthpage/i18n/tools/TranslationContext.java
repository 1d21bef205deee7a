package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import java.util.Locale;

/**
 * What a {@link TranslationRule} sees of one translated message, and where it reports. One context per
 * message and rule run: not thread-safe, and not to be kept after {@link TranslationRule#check} returns.
 */
public interface TranslationContext {
    /** The message key. */
    String key();

    /** The source message: its pattern, its arguments and the source locale. */
    Message source();

    /** The translation as written in the bundle (an ICU pattern that parses). */
    String translation();

    /** The bundle the translation is in: its file, locale, metadata and other entries. */
    Bundle bundle();

    /** The translated entry: its text, source hash, note, line and column. */
    BundleEntry entry();

    /** The locale of the translation. */
    default Locale locale() {
        return bundle().locale();
    }

    /**
     * The words of the source that readers see: the literal text of every case, inline tags removed, each
     * placeholder as U+FFFC, cases on separate lines.
     */
    String sourceText();

    /** The words of the translation that readers see, in the form of {@link #sourceText()}. */
    String translatedText();

    /**
     * A finding about this message, ready to {@link #report}: the rule's id and severity, the file, line,
     * column and key are filled in; add a suggestion.
     */
    Problem.Builder problem(String message);

    /** Reports a finding. Its rule id and severity are those of the rule being run (as configured). */
    void report(Problem.Builder problem);
}
