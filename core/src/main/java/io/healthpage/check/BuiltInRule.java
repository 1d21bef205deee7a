package io.healthpage.check;

import io.healthpage.problem.Severity;
import java.util.function.Consumer;

/** A rule of the checker itself: its parts and a check over the run's reading of the article. Immutable. */
final class BuiltInRule implements ArticleRule {
    private final String id;
    private final Severity severity;
    private final String guideline;
    private final String description;
    private final Consumer<CheckRun> check;

    BuiltInRule(String id, Severity severity, String guideline, String description, Consumer<CheckRun> check) {
        this.id = id;
        this.severity = severity;
        this.guideline = guideline;
        this.description = description;
        this.check = check;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public String guideline() {
        return guideline;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void check(ArticleContext context) {
        if (!(context instanceof CheckRun run)) {
            throw new IllegalArgumentException("built-in rule " + id + " runs only inside ArticleChecker.check");
        }
        check.accept(run);
    }

    @Override
    public String toString() {
        return id;
    }
}
