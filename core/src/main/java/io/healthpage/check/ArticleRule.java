package io.healthpage.check;

import io.healthpage.internal.Validate;
import io.healthpage.problem.Severity;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One rule of the {@link ArticleChecker}: an id, a default severity, where the rule comes from, what to do
 * about a finding, and the check itself over an {@link ArticleContext}. The built-in rules are listed, with
 * these parts, in {@code docs/checker.md} (generated from the rule objects); add your own with
 * {@link ArticleChecker.Builder#rule}, switch rules off or change their severity with
 * {@link ArticleChecker.Builder#rules(io.healthpage.problem.RuleConfig)}.
 *
 * <pre>{@code
 * ArticleRule noMiracle = ArticleRule.of("house.banned-term", Severity.WARNING, "House style guide §2",
 *         "a word the house style bans: use the plain alternative", context -> {
 *             for (TextUnit unit : context.units()) {
 *                 if (unit.text().toLowerCase(Locale.ROOT).contains("miracle")) {
 *                     context.report(context.problem(unit, "\u201cmiracle\u201d overpromises").text("miracle"));
 *                 }
 *             }
 *         });
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe: one checker runs its rules over many articles at
 * once, each run with its own context.
 */
public interface ArticleRule {
    /**
     * The rule id, e.g. {@code link.vague-text}. The part before the first dot groups the findings of a
     * report (structure, link, image, language, trust, translation, readability, then the groups of added
     * rules in the order they were added).
     */
    String id();

    /** The severity of its findings unless a {@link io.healthpage.problem.RuleConfig} says otherwise. */
    Severity defaultSeverity();

    /** Where the rule comes from, e.g. "WCAG 2.2 SC 2.4.4"; shown with each finding. */
    String guideline();

    /** What the rule finds and what to do, in a line (the table in {@code docs/checker.md}). */
    String description();

    /**
     * Checks the article of {@code context} and reports each finding with {@link ArticleContext#report}.
     *
     * @param context the article, its text units as readers see them, and the place to report to
     */
    void check(ArticleContext context);

    /**
     * A rule from its parts and a check function.
     *
     * @param id the rule id, lower case with a group: {@code house.banned-term}
     * @param defaultSeverity the severity of its findings
     * @param guideline where the rule comes from
     * @param description what it finds and what to do
     * @param check the check; must be thread-safe
     * @throws IllegalArgumentException when the id is not of the form {@code group.name}
     */
    static ArticleRule of(String id, Severity defaultSeverity, String guideline, String description,
                          Consumer<ArticleContext> check) {
        Validate.ruleId(id, "rule id");
        Objects.requireNonNull(defaultSeverity, "default severity");
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        return new DefinedRule(id, defaultSeverity, guideline, description, check);
    }
}
