package io.healthpage.examples.bench;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs every benchmark shares: the built-in example article and a Spanish article bundle.
 * Immutable once built; built once per benchmark trial, never inside a measured method.
 *
 * <p>When the example content has a real {@code es} bundle it is used. Otherwise (the bundles were not
 * written yet when the benchmarks were) a pseudo-translation of every message is generated, so the
 * localizer still does a full per-unit lookup, hash check and validating format of a translated text:
 * see {@link #pseudoSpanish(String)}.
 */
final class BenchData {
    /** The example article's id in {@link ContentLibrary#builtIn()}. */
    static final String ARTICLE_ID = "ketamine-pain-relief";
    static final Locale SPANISH = Locale.forLanguageTag("es");

    final Article article;
    final BundleSet bundles;
    /** Whether {@link #bundles} holds a generated pseudo-translation rather than the real es bundle. */
    final boolean pseudoSpanish;

    private BenchData(Article article, BundleSet bundles, boolean pseudoSpanish) {
        this.article = article;
        this.bundles = bundles;
        this.pseudoSpanish = pseudoSpanish;
    }

    static BenchData load() {
        ContentLibrary library = ContentLibrary.builtIn();
        ContentLibrary.Entry entry = library.article(ARTICLE_ID).orElseThrow(() -> new IllegalStateException(
                "the built-in content has no article '" + ARTICLE_ID + "' (it has " + library.ids() + "; problems: "
                        + library.problems() + ")"));
        if (entry.bundles().article(SPANISH).isPresent()) {
            return new BenchData(entry.article(), entry.bundles(), false);
        }
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (Message m : entry.article().messages()) {
            entries.put(m.key(), new BundleEntry(m.key(), pseudoSpanish(m.pattern()), SourceHash.of(m.pattern()), null, 0, 0));
        }
        Bundle es = new Bundle("<generated pseudo-translation>", SPANISH, Bundle.Kind.ARTICLE, entry.article().id(),
                new BundleMetadata(entry.article().sourceLocale(), "benchmark pseudo-translation", false, null, null), entries);
        List<Bundle> all = new ArrayList<>();
        all.add(es);
        return new BenchData(entry.article(), entry.bundles().plus(BundleSet.of(all)), true);
    }

    /**
     * A pseudo-translation that keeps the message valid: vowels of the top-level literal text get an
     * acute accent ("Ketamine" → "Kétámíné"); arguments and everything inside braces (plural and
     * select branches), inline tags and quoted ICU text are copied unchanged, so the translation has
     * exactly the source's arguments and tags.
     */
    static String pseudoSpanish(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        int depth = 0;
        boolean inTag = false;
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                // DOUBLE_OPTIONAL: '' is a literal apostrophe; a single ' before { } # | starts quoting
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    sb.append("''");
                    i++;
                    continue;
                }
                if (quoted || (i + 1 < pattern.length() && "{}#|".indexOf(pattern.charAt(i + 1)) >= 0)) quoted = !quoted;
                sb.append(c);
                continue;
            }
            if (!quoted) {
                if (c == '{') depth++;
                else if (c == '}') depth--;
                else if (depth == 0 && c == '<') inTag = true;
                else if (depth == 0 && c == '>') inTag = false;
            }
            sb.append(depth == 0 && !inTag && !quoted ? accent(c) : c);
        }
        return sb.toString();
    }

    private static char accent(char c) {
        switch (c) {
            case 'a': return '\u00e1';
            case 'e': return '\u00e9';
            case 'i': return '\u00ed';
            case 'o': return '\u00f3';
            case 'u': return '\u00fa';
            default: return c;
        }
    }
}
