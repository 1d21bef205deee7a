package io.healthpage.i18n.tools;

import io.healthpage.problem.Severity;
import java.util.function.Consumer;

/**
 * A rule made of its parts, when it runs, and its check: the built-in rules, whose checks read the
 * {@link EntryCheck}, and the rules made with {@link TranslationRule#of}. Immutable.
 *
 * @param stage when it runs
 */
record DefinedRule(String id, Severity defaultSeverity, String description, Stage stage, Consumer<TranslationContext> checker)
        implements TranslationRule {

    /** When a rule runs. */
    enum Stage {
        /** Before the others, on every translation: when it fires, the others do not run (an empty or unparsable text). */
        GATE,
        /** On each translation that parses, in catalogue order: the built-in rules, then the rules users add. */
        ENTRY,
        /** Reported by the checker's walk over a bundle: keys, staleness and the file as a whole. */
        BUNDLE
    }

    /** A built-in rule: its check reads the {@link EntryCheck}, so it runs only inside {@link BundleChecker}. */
    static DefinedRule builtIn(String id, Severity severity, String description, Stage stage, Consumer<EntryCheck> check) {
        return new DefinedRule(id, severity, description, stage, entry -> {
            if (!(entry instanceof EntryCheck e)) {
                throw new IllegalArgumentException("built-in rule " + id + " runs only inside BundleChecker");
            }
            check.accept(e);
        });
    }

    /** A built-in rule the checker's walk over a bundle reports (no check of its own). */
    static DefinedRule ofBundle(String id, Severity severity, String description) {
        return new DefinedRule(id, severity, description, Stage.BUNDLE, entry -> { });
    }

    @Override
    public void check(TranslationContext entry) {
        checker.accept(entry);
    }

    @Override
    public String toString() {
        return id;
    }
}
