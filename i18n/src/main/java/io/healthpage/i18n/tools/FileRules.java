package io.healthpage.i18n.tools;

import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.WARNING;

import java.util.List;

/**
 * The rules about keys and about a bundle file as a whole. The checker reports them while it walks a bundle
 * (they concern a key or the file, not one translation); they are rule objects so that they are listed and
 * can be configured like the others.
 */
final class FileRules {
    private FileRules() {}

    static final DefinedRule KEYS_MISSING = DefinedRule.ofBundle("keys.missing", WARNING,
            "Translate the message; until then readers see the source text.");
    static final DefinedRule KEYS_EXTRA = DefinedRule.ofBundle("keys.extra", WARNING,
            "Remove the entry: the source has no such message (renamed or removed).");
    static final DefinedRule KEYS_STALE = DefinedRule.ofBundle("keys.stale", ERROR,
            "The source changed since you translated it: revise the translation and copy the new `source` hash.");
    static final DefinedRule KEYS_DUPLICATE = DefinedRule.ofBundle("keys.duplicate", ERROR,
            "Keep one entry per key; until then neither is used.");
    static final DefinedRule ARTICLE_MISMATCH = DefinedRule.ofBundle("bundle.article-mismatch", ERROR,
            "The bundle belongs to another article: move it to the right article's i18n folder.");
    static final DefinedRule SOURCE_LOCALE = DefinedRule.ofBundle("bundle.source-locale", ERROR,
            "Set `sourceLocale` to the article's source language.");
    static final DefinedRule LOCALE_MISMATCH = DefinedRule.ofBundle("bundle.locale-mismatch", ERROR,
            "Name the file after the `locale` inside it (es.json has \"locale\": \"es\").");
    static final DefinedRule WRONG_KIND = DefinedRule.ofBundle("bundle.wrong-kind", ERROR,
            "Article translations have \"kind\": \"article\"; page-label translations \"kind\": \"labels\".");

    static final List<DefinedRule> ALL = List.of(KEYS_MISSING, KEYS_EXTRA, KEYS_STALE, KEYS_DUPLICATE, ARTICLE_MISMATCH,
            SOURCE_LOCALE, LOCALE_MISMATCH, WRONG_KIND);
}
