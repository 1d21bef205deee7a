package io.healthpage.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Language facts from ICU/CLDR data for language switchers and page direction: names of languages
 * in their own language and writing direction. Stateless and thread-safe.
 */
public final class Languages {

    private Languages() {}

    /**
     * One entry of a language switcher. Immutable.
     *
     * @param locale the locale to link to
     * @param tag its BCP 47 tag, for {@code lang} / {@code hreflang} attributes
     * @param nativeName the language's name in itself, as {@link #nativeName(Locale)}
     * @param rightToLeft whether the name is written right to left (for {@code dir})
     */
    public record SwitcherEntry(Locale locale, String tag, String nativeName, boolean rightToLeft) {
        /** Checks that nothing is null. */
        public SwitcherEntry {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(nativeName, "nativeName");
        }
    }

    /**
     * The name of a language in that language, from CLDR: {@code es} → "español",
     * {@code ar} → "العربية", {@code zh-Hans} → "中文（简体）", {@code pt-PT} → "português (Portugal)".
     * Capitalisation is CLDR's standard (lower case for languages that write names so).
     * A locale ICU does not know is named by its tag.
     */
    public static String nativeName(Locale locale) {
        ULocale u = ULocale.forLocale(Objects.requireNonNull(locale, "locale"));
        return LocaleDisplayNames.getInstance(u).localeDisplayName(u);
    }

    /**
     * Switcher entries for {@code locales}, without duplicates, sorted by native name with the CLDR
     * root collation (so the order is the same on every page, whatever its language: Latin, then
     * Greek, Cyrillic, Hebrew, Arabic, …, Han).
     */
    public static List<SwitcherEntry> switcherEntries(Collection<Locale> locales) {
        Objects.requireNonNull(locales, "locales");
        List<SwitcherEntry> entries = new ArrayList<>();
        for (Locale l : new LinkedHashSet<>(locales)) {
            entries.add(new SwitcherEntry(l, l.toLanguageTag(), nativeName(l), isRightToLeft(l)));
        }
        Collator collator = Collator.getInstance(ULocale.ROOT);
        entries.sort(Comparator.comparing(SwitcherEntry::nativeName, collator::compare)
                .thenComparing(SwitcherEntry::tag));
        return List.copyOf(entries);
    }

    /**
     * Whether text in this locale is written right to left, from the script of the locale (or its
     * CLDR likely script): true for ar, he, fa, ur, ps, yi, ckb, dv, az-Arab; false for ar-Latn,
     * for unknown languages and for root.
     */
    public static boolean isRightToLeft(Locale locale) {
        return ULocale.forLocale(Objects.requireNonNull(locale, "locale")).isRightToLeft();
    }
}
