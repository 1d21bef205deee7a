package io.healthpage.i18n.tools;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The file formats translators' tools read and write, for {@link TranslationExchange}. Immutable and
 * thread-safe. Which tool reads which is in {@code docs/translating-tools.md}.
 */
public enum ExchangeFormat {
    /** XLIFF 1.2 (OASIS, transitional schema): codes protected as {@code <ph>}/{@code <bpt>}/{@code <ept>}. */
    XLIFF_12("xliff12", "xlf"),
    /** XLIFF 2.0 (OASIS): the whole ICU pattern as text. */
    XLIFF_20("xliff20", "xlf"),
    /** gettext PO: one locale, {@code msgctxt} = key. */
    PO("po", "po"),
    /** gettext POT: the template a new language starts from (no translations, no language). */
    POT("pot", "pot");

    private final String cliName;
    private final String extension;

    ExchangeFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** The name on the command line: {@code xliff12}, {@code xliff20}, {@code po}, {@code pot}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format with this {@link #cliName()} (case-insensitive), if any. */
    public static Optional<ExchangeFormat> byName(String name) {
        Objects.requireNonNull(name, "name");
        for (ExchangeFormat f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * The format of a file's text, for import: XML whose root is in the XLIFF 2.0 namespace is
     * {@link #XLIFF_20}, other XML {@link #XLIFF_12} (its reader names what it found if it is neither),
     * anything else {@link #PO}.
     */
    public static ExchangeFormat detect(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.stripLeading();
        if (!t.startsWith("<")) return PO;
        String head = t.substring(0, Math.min(t.length(), 4096));
        return head.contains(Xliff.NAMESPACE) ? XLIFF_20 : XLIFF_12;
    }
}
