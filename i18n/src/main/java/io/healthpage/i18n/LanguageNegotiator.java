package io.healthpage.i18n;

import com.ibm.icu.util.LocaleMatcher;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Picks the best of the locales an article is available in for a reader's preferences (an HTTP
 * {@code Accept-Language} header, a list of locales, a {@code ?lang=} parameter), using ICU's
 * {@link LocaleMatcher} and CLDR language-matching data ({@code es-MX} prefers {@code es-419} over
 * {@code es}; {@code zh-TW} does not get Simplified Chinese unless the reader also accepts {@code zh}).
 * When nothing acceptable is available, the article's source locale is chosen.
 *
 * <p>Immutable and thread-safe. Never throws on reader input: malformed headers and tags are skipped.
 */
public final class LanguageNegotiator {
    /** Longer headers are cut here: no browser sends this much, hostile clients might. */
    static final int MAX_HEADER_LENGTH = 4096;
    /** At most this many language ranges of a header are considered. */
    static final int MAX_RANGES = 32;
    private static final int MAX_TAG_LENGTH = 64;

    private final Locale sourceLocale;
    private final Set<Locale> available;
    private final LocaleMatcher matcher;

    private LanguageNegotiator(Locale sourceLocale, Set<Locale> available) {
        this.sourceLocale = sourceLocale;
        this.available = Set.copyOf(available);
        this.matcher = LocaleMatcher.builder()
                .setSupportedLocales(available)
                .setDefaultLocale(sourceLocale)
                .build();
    }

    /**
     * A negotiator for an article written in {@code sourceLocale} and translated into
     * {@code translations} (the source locale may be among them or not).
     */
    public static LanguageNegotiator of(Locale sourceLocale, Iterable<Locale> translations) {
        Objects.requireNonNull(sourceLocale, "source locale");
        Objects.requireNonNull(translations, "translations");
        LinkedHashSet<Locale> all = new LinkedHashSet<>();
        all.add(sourceLocale); // first: LocaleMatcher prefers earlier supported locales on ties
        for (Locale l : translations) all.add(Objects.requireNonNull(l, "translation locale"));
        return new LanguageNegotiator(sourceLocale, all);
    }

    /** The article's source locale: the answer when nothing else fits. */
    public Locale sourceLocale() {
        return sourceLocale;
    }

    /** Every locale the article can be shown in (source included); unmodifiable. */
    public Set<Locale> available() {
        return available;
    }

    /**
     * The best available locale for an {@code Accept-Language} header such as
     * {@code "es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7"}. Malformed ranges are skipped, {@code q=0}
     * excludes a range (when a range comes twice, the first counts), {@code *} adds nothing; a null, empty
     * or unusable header gives the source locale.
     * The result is always one of {@link #available()}.
     */
    public Locale negotiate(String acceptLanguageHeader) {
        return negotiate(parseAcceptLanguage(acceptLanguageHeader));
    }

    /** The best available locale for preferences in decreasing order; the source locale if none fits. */
    public Locale negotiate(List<Locale> preferences) {
        if (preferences == null || preferences.isEmpty()) return sourceLocale;
        List<Locale> clean = new ArrayList<>();
        for (Locale l : preferences) {
            if (l != null && !l.getLanguage().isEmpty()) clean.add(l);
        }
        if (clean.isEmpty()) return sourceLocale;
        try {
            Locale best = matcher.getBestLocaleResult(clean).getSupportedLocale();
            return best == null ? sourceLocale : best;
        } catch (RuntimeException e) {
            return sourceLocale; // never let a reader's odd locale break a page
        }
    }

    /**
     * Parses a {@code ?lang=} value strictly as a BCP 47 language tag ({@code "pt-BR"},
     * {@code "zh-Hant-HK"}). Rejects malformed tags ({@code "pt_BR"}, {@code "en-"}, {@code "<script>"}),
     * tags without a language ({@code "und"}, {@code "x-private"}) and overlong input. Extensions are
     * dropped.
     *
     * @return the locale, or empty when the value is not a usable language tag
     */
    public static Optional<Locale> parseTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) return Optional.empty();
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")) return Optional.empty();
        return Optional.of(new Locale.Builder()
                .setLanguage(locale.getLanguage())
                .setScript(locale.getScript())
                .setRegion(locale.getCountry())
                .setVariant(locale.getVariant())
                .build());
    }

    /**
     * The language ranges of an Accept-Language header (RFC 9110 §12.5.4) as locales, best first.
     * Parsing and ordering are the JDK's {@link Locale.LanguageRange#parse(String)} (RFC 4647 ranges,
     * case-insensitive, weights from 0 to 1, stable for equal weights, the first of duplicate ranges wins).
     * Each list element is tried on its own first, so that one malformed element (bad range, bad or
     * repeated {@code q}, other parameters) is left out without costing the others; left out as well are
     * empty elements, {@code q=0}, {@code *} and other wildcard ranges, and ranges that are no usable
     * language tag ({@code x-private}). At most {@link #MAX_HEADER_LENGTH} characters and
     * {@link #MAX_RANGES} elements are read.
     */
    static List<Locale> parseAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return List.of();
        String h = header.length() > MAX_HEADER_LENGTH ? header.substring(0, MAX_HEADER_LENGTH) : header;
        // HTTP allows tabs around ';' (OWS); the JDK drops spaces there but rejects tabs
        String[] elements = h.replace('\t', ' ').split(",", MAX_RANGES + 1);
        StringJoiner wellFormed = new StringJoiner(",");
        for (int i = 0; i < Math.min(elements.length, MAX_RANGES); i++) {
            String element = elements[i].strip();
            if (!element.isEmpty() && isWellFormed(element)) wellFormed.add(element);
        }
        if (wellFormed.length() == 0) return List.of();
        Set<Locale> result = new LinkedHashSet<>();
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(wellFormed.toString())) {
            if (range.getWeight() > 0) parseTag(range.getRange()).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    private static boolean isWellFormed(String element) {
        try {
            Locale.LanguageRange.parse(element);
            return true;
        } catch (RuntimeException e) {
            // IllegalArgumentException for a malformed range or weight; the JDK 17 parser also throws
            // ArrayIndexOutOfBoundsException for ranges made of hyphens only ("-----")
            return false;
        }
    }
}
