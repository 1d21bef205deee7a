package io.healthpage.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The translations of one locale from one file: either of one article or of the page-chrome labels.
 * Holds only entries that loaded cleanly (see {@link BundleLoader}). Immutable and thread-safe.
 *
 * @param file where it was loaded from (for messages), e.g. {@code examples/content/x/i18n/es.json}
 * @param locale the locale of the translations
 * @param kind article or labels
 * @param articleId the article's id for {@link Kind#ARTICLE}, {@code null} for {@link Kind#LABELS}
 * @param metadata translator and review information
 * @param entries the entries by key, in file order (unmodifiable)
 */
public record Bundle(String file, Locale locale, Kind kind, String articleId, BundleMetadata metadata,
        Map<String, BundleEntry> entries) {

    /** What a bundle translates. */
    public enum Kind {
        /** The messages of one article. */
        ARTICLE,
        /** The library's page-chrome labels ("Key takeaways", "References", …). */
        LABELS;

        /** The name used in files: {@code article} or {@code labels}. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks and copies. */
    public Bundle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metadata, "metadata");
        if ((kind == Kind.ARTICLE) != (articleId != null)) {
            throw new IllegalArgumentException("an article bundle needs an article id, a label bundle has none");
        }
        Map<String, BundleEntry> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BundleEntry> e : Objects.requireNonNull(entries, "entries").entrySet()) {
            if (!e.getKey().equals(e.getValue().key())) {
                throw new IllegalArgumentException("entry " + e.getValue().key() + " stored under " + e.getKey());
            }
            copy.put(e.getKey(), e.getValue());
        }
        entries = Collections.unmodifiableMap(copy);
    }

    /** The entry for a key, if this bundle has a good one. */
    public Optional<BundleEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
