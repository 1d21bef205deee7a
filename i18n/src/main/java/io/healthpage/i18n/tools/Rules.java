package io.healthpage.i18n.tools;

import io.healthpage.i18n.BundleProblem.Severity;

import java.util.List;

/** The catalogue of checker rules: id, severity, and how to fix a finding (documented in TRANSLATING.md). */
final class Rules {
    record Rule(String id, Severity severity, String fix) {}

    static final Severity E = Severity.ERROR;
    static final Severity W = Severity.WARNING;

    static final List<Rule> ALL = List.of(
            new Rule("icu.syntax", E, "Fix the braces: every '{' needs its '}', cases are written `one {…}`, argument types are number, date, plural, select, selectordinal."),
            new Rule("icu.no-other", E, "Add an `other {…}` case to every plural, selectordinal and select."),
            new Rule("icu.apostrophe", E, "A straight ' before {, }, # or | hides the text after it. Use the typographic ’ (or write '' for a straight one)."),
            new Rule("args.missing", E, "Put back every {argument} of the source; you may move it within the sentence."),
            new Rule("args.unknown", E, "Remove the {argument} the source does not have, or fix its spelling (names are never translated)."),
            new Rule("args.type", E, "Use the argument as the source does (for example keep `{count, plural, …}` a plural, not a select)."),
            new Rule("plural.missing-category", E, "Add the plural cases your language needs (see the table in TRANSLATING.md)."),
            new Rule("plural.unused-category", W, "Remove the case: your language never uses it, so it is never shown."),
            new Rule("tags.missing", E, "Put back every inline tag of the source around the matching words."),
            new Rule("tags.extra", E, "Remove tags the source does not have; you cannot add links, terms or emphasis."),
            new Rule("tags.nesting", E, "Close tags in the reverse order you opened them, inside one plural case: `<em><term:x>…</term:x></em>`."),
            new Rule("text.raw-html", E, "Remove HTML tags and entities; type the character itself (é, not &eacute;)."),
            new Rule("text.url", E, "Remove the address: translations cannot add links or URLs."),
            new Rule("text.bidi-unpaired", E, "Remove the invisible direction control character (or pair it)."),
            new Rule("text.bidi-unexpected", W, "Remove the invisible direction control; the page sets text direction itself."),
            new Rule("text.zero-width", W, "Remove the invisible zero-width character inside the word."),
            new Rule("text.control-char", E, "Remove the invisible control character."),
            new Rule("facts.number-changed", E, "Write every number, dose and unit exactly as the source does (digits of your script are fine)."),
            new Rule("facts.do-not-translate", E, "Keep the drug or brand name as written in the source (or as the bundle's own term entry gives it)."),
            new Rule("keys.missing", W, "Translate the message; until then readers see the source text."),
            new Rule("keys.extra", W, "Remove the entry: the source has no such message (renamed or removed)."),
            new Rule("keys.stale", E, "The source changed since you translated it: revise the translation and copy the new `source` hash."),
            new Rule("keys.duplicate", E, "Keep one entry per key; until then neither is used."),
            new Rule("text.empty", E, "Write the translation, or remove the entry."),
            new Rule("text.identical", W, "Translate the text (if it really is the same in your language, ignore this)."),
            new Rule("text.whitespace", W, "Remove the spaces at the start or end (or keep them as the source has them)."),
            new Rule("text.punctuation", W, "End the text like the source does: a question with a question mark, a sentence with a full stop."),
            new Rule("text.length", W, "The translation is much longer than the source: check nothing was added or repeated."),
            new Rule("bundle.article-mismatch", E, "The bundle belongs to another article: move it to the right article's i18n folder."),
            new Rule("bundle.source-locale", E, "Set `sourceLocale` to the article's source language."),
            new Rule("bundle.locale-mismatch", E, "Name the file after the `locale` inside it (es.json has \"locale\": \"es\")."),
            new Rule("bundle.wrong-kind", E, "Article translations have \"kind\": \"article\"; page-label translations \"kind\": \"labels\"."));

    private Rules() {}

    static Rule get(String id) {
        for (Rule r : ALL) if (r.id().equals(id)) return r;
        throw new IllegalArgumentException("unknown rule " + id);
    }
}
