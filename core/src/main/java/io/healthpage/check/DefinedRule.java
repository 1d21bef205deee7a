package io.healthpage.check;

import io.healthpage.problem.Severity;
import java.util.function.Consumer;

/**
 * A rule made of its parts and a check: the built-in rules, whose checks read the run's own reading of the
 * article, and the rules made with {@link ArticleRule#of}. Immutable.
 */
record DefinedRule(String id, Severity defaultSeverity, String guideline, String description, Consumer<ArticleContext> checker)
        implements ArticleRule {

    /** A built-in rule: its check reads the {@link CheckRun}, so it runs only inside {@link ArticleChecker#check}. */
    static DefinedRule builtIn(String id, Severity defaultSeverity, String guideline, String description, Consumer<CheckRun> check) {
        return new DefinedRule(id, defaultSeverity, guideline, description, context -> {
            if (!(context instanceof CheckRun run)) {
                throw new IllegalArgumentException("built-in rule " + id + " runs only inside ArticleChecker.check");
            }
            check.accept(run);
        });
    }

    @Override
    public void check(ArticleContext context) {
        checker.accept(context);
    }

    @Override
    public String toString() {
        return id;
    }
}
