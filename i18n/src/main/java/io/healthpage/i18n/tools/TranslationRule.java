package io.healthpage.i18n.tools;

import io.healthpage.internal.Validate;
import io.healthpage.problem.Severity;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One rule of the {@link BundleChecker}: an id, a default severity, what to do about a finding, and the
 * check itself over one translated message ({@link TranslationContext}). The built-in rules are listed in
 * {@code TRANSLATING.md} (generated from the rule objects); add your own — a house glossary, banned words —
 * with {@link BundleChecker.Builder#rule}, switch rules off or change their severity with
 * {@link BundleChecker.Builder#rules(io.healthpage.problem.RuleConfig)}.
 *
 * <pre>{@code
 * TranslationRule noEnglish = TranslationRule.of("house.untranslated-ok", Severity.WARNING,
 *         "Translate \"OK\" as your language's word for it.", entry -> {
 *             if (entry.translatedText().contains("OK")) entry.report(entry.problem("\"OK\" is English"));
 *         });
 * }</pre>
 *
 * <p>A rule sees translations that are not empty and that ICU can parse (the checker reports the others
 * itself). Implementations must be immutable and thread-safe: the checker checks locales in parallel.
 */
public interface TranslationRule {
    /** The rule id, lower case with a group: {@code facts.number-changed}, {@code house.glossary}. */
    String id();

    /** The severity of its findings unless a {@link io.healthpage.problem.RuleConfig} says otherwise. */
    Severity defaultSeverity();

    /** What to do about a finding, in words a translator understands (the table in {@code TRANSLATING.md}). */
    String description();

    /**
     * Checks one translated message and reports each finding with {@link TranslationContext#report}.
     *
     * @param entry the source message, the translation, the bundle and the place to report to
     */
    void check(TranslationContext entry);

    /**
     * A rule from its parts and a check function.
     *
     * @param id the rule id, lower case with a group: {@code house.glossary}
     * @param defaultSeverity the severity of its findings
     * @param description what to do about a finding
     * @param check the check; must be thread-safe
     * @throws IllegalArgumentException when the id is not of the form {@code group.name}
     */
    static TranslationRule of(String id, Severity defaultSeverity, String description, Consumer<TranslationContext> check) {
        Validate.ruleId(id, "rule id");
        Objects.requireNonNull(defaultSeverity, "default severity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        return new DefinedRule(id, defaultSeverity, description, DefinedRule.Stage.ENTRY, check);
    }
}
