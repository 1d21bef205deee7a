package io.healthpage.i18n.tools;

import io.healthpage.problem.Severity;
import java.util.function.Consumer;

/** A rule of the translator checker itself: its parts, when it runs, and its check. Immutable. */
final class BuiltInRule implements TranslationRule {
    /** When a built-in rule runs. */
    enum Stage {
        /** Before the others, on every translation: when it fires, the others do not run (an empty or unparsable text). */
        GATE,
        /** On each translation that parses, in catalogue order, with the rules users add. */
        ENTRY,
        /** Reported by the checker's walk over a bundle: keys, staleness and the file as a whole. */
        BUNDLE
    }

    private final String id;
    private final Severity severity;
    private final String description;
    final Stage stage;
    private final Consumer<EntryCheck> check;

    BuiltInRule(String id, Severity severity, String description, Stage stage, Consumer<EntryCheck> check) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.stage = stage;
        this.check = check;
    }

    /** A rule the checker's walk over a bundle reports (no check of its own). */
    static BuiltInRule ofBundle(String id, Severity severity, String description) {
        return new BuiltInRule(id, severity, description, Stage.BUNDLE, e -> { });
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
    public String description() {
        return description;
    }

    @Override
    public void check(TranslationContext entry) {
        if (!(entry instanceof EntryCheck e)) {
            throw new IllegalArgumentException("built-in rule " + id + " runs only inside BundleChecker");
        }
        check.accept(e);
    }

    @Override
    public String toString() {
        return id;
    }
}
