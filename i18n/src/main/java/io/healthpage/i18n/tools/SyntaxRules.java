package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.i18n.tools.DefinedRule.Stage.GATE;
import static io.healthpage.i18n.tools.EntryCheck.around;
import static io.healthpage.i18n.tools.EntryCheck.shorten;
import static io.healthpage.problem.Severity.ERROR;

import java.util.List;

/** The rules about a translation as an ICU pattern: empty, unparsable, a missing 'other', a stray apostrophe. */
final class SyntaxRules {
    private SyntaxRules() {}

    static final DefinedRule TEXT_EMPTY = DefinedRule.builtIn("text.empty", ERROR, "Write the translation, or remove the entry.",
            GATE, e -> {
                if (e.t == null) e.add("the translation is empty", "translate: " + shorten(e.src.message().pattern()));
            });

    static final DefinedRule ICU_SYNTAX = DefinedRule.builtIn("icu.syntax", ERROR, "Fix the braces: every '{' needs its '}', cases "
            + "are written `one {…}`, argument types are number, date, plural, select, selectordinal.", GATE, e -> {
                if (e.t == null || e.t.error == null || e.t.error.noOther()) return;
                e.add("ICU message syntax: " + e.t.error.message() + " (at character " + (e.t.error.index() + 1)
                        + " of the text: \u201c" + around(e.t.pattern, e.t.error.index()) + "\u201d)", null);
            });

    static final DefinedRule ICU_NO_OTHER = DefinedRule.builtIn("icu.no-other", ERROR,
            "Add an `other {…}` case to every plural, selectordinal and select.", GATE, e -> {
                if (e.t == null || e.t.error == null || !e.t.error.noOther()) return;
                e.add("a plural, selectordinal or select has no 'other' case (near character " + (e.t.error.index() + 1) + ")",
                        "add `other {…}`");
            });

    static final DefinedRule ICU_APOSTROPHE = DefinedRule.builtIn("icu.apostrophe", ERROR, "A straight ' before {, }, # or | hides "
            + "the text after it. Use the typographic ’ (or write '' for a straight one).", ENTRY, e -> {
                EntryCheck.Apostrophe a = e.apostrophe();
                if (a == null) return;
                e.add("the straight apostrophe at character " + (a.first() + 1) + " (\u201c" + around(e.t.pattern, a.first())
                        + "\u201d) starts quoted text, so what follows is shown literally and the placeholder is lost",
                        "use \u2019: " + a.fixed());
            });

    static final List<DefinedRule> ALL = List.of(TEXT_EMPTY, ICU_SYNTAX, ICU_NO_OTHER, ICU_APOSTROPHE);
}
