package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One translated message being checked: the source, the translation analysed once, the bundle's facts,
 * and where findings go. The {@link TranslationContext} of every rule run on it. Used by one thread.
 */
final class EntryCheck implements TranslationContext {
    final BundleChecker checker;
    final SourceIndex.Src src;
    final BundleEntry entry;
    final BundleFacts facts;
    /** The translation analysed, or null when it is blank. */
    final PatternInfo t;
    private final List<Problem> out;
    private TranslationRule current;
    private Severity severity;
    /** Whether an error was reported. */
    boolean error;
    private Apostrophe apostrophe;
    private boolean apostropheKnown;
    /** The translation's invisible characters, once scanned ({@link CharacterRules}); null before. */
    CharacterRules.Scan characterScan;

    /** A straight apostrophe that starts quoted text by mistake: where, and the text with ’ instead. */
    record Apostrophe(int first, String fixed) {}

    EntryCheck(BundleChecker checker, SourceIndex.Src src, BundleEntry entry, BundleFacts facts, List<Problem> out) {
        this.checker = checker;
        this.src = src;
        this.entry = entry;
        this.facts = facts;
        this.t = entry.text().isBlank() ? null : PatternInfo.of(entry.text());
        this.out = out;
    }

    /** Runs one rule, as configured (not at all when it is off). */
    void run(TranslationRule rule) {
        Severity s = checker.severity(rule);
        if (s == null) return;
        current = rule;
        severity = s;
        try {
            rule.check(this);
        } finally {
            current = null;
        }
    }

    /** Reports a finding of the running rule with a suggestion. */
    void add(String message, String fix) {
        report(problem(message).suggestion(fix));
    }

    /**
     * The first straight apostrophe before {, }, | (or # in a plural) that the source does not have, which
     * makes ICU show what follows literally; null when there is none.
     */
    Apostrophe apostrophe() {
        if (apostropheKnown) return apostrophe;
        apostropheKnown = true;
        String text = t.pattern;
        boolean plural = !t.complex.isEmpty();
        StringBuilder fixed = null;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'') continue;
            if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                i++;
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (next == '{' || next == '}' || next == '|' || (plural && next == '#')) {
                if (src.message().pattern().contains("'" + next)) continue; // the source quotes on purpose
                if (fixed == null) fixed = new StringBuilder(text);
                fixed.setCharAt(i, '\u2019');
                if (first < 0) first = i;
            }
        }
        apostrophe = fixed == null ? null : new Apostrophe(first, fixed.toString());
        return apostrophe;
    }

    // ---------------------------------------------------------------- TranslationContext

    @Override
    public String key() {
        return entry.key();
    }

    @Override
    public Message source() {
        return src.message();
    }

    @Override
    public String translation() {
        return entry.text();
    }

    @Override
    public Bundle bundle() {
        return facts.bundle;
    }

    @Override
    public BundleEntry entry() {
        return entry;
    }

    @Override
    public String sourceText() {
        return src.info().literals;
    }

    @Override
    public String translatedText() {
        return t == null ? "" : t.literals;
    }

    @Override
    public Problem.Builder problem(String message) {
        Objects.requireNonNull(message, "message");
        if (current == null) throw new IllegalStateException("report findings from TranslationRule.check, while the rule runs");
        return Problem.builder(current.id(), message).severity(severity).at(facts.bundle.file(), entry.line(), entry.column())
                .key(entry.key());
    }

    @Override
    public void report(Problem.Builder problem) {
        Objects.requireNonNull(problem, "problem");
        if (current == null) throw new IllegalStateException("report findings from TranslationRule.check, while the rule runs");
        Problem p = problem.rule(current.id()).severity(severity).build();
        out.add(p);
        error |= p.isError();
    }

    // ---------------------------------------------------------------- for messages

    /** Up to 12 characters either side of {@code index}, with … where cut. */
    static String around(String text, int index) {
        int from = Math.max(0, index - 12);
        int to = Math.min(text.length(), index + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** At most 80 characters. */
    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
