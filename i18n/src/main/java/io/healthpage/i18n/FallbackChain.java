package io.healthpage.i18n;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * The CLDR locale fallback chain: where to look for a translated message when the requested locale
 * has none. Stateless and thread-safe (the CLDR table is read once, immutable afterwards).
 *
 * <p>The parent of a locale is not simply "strip the last subtag". Following
 * <a href="https://www.unicode.org/reports/tr35/#Parent_Locales">UTS #35 parent locales</a>:
 * <ol>
 *   <li>an explicit CLDR parent wins: {@code pt-AO → pt-PT}, {@code es-MX → es-419},
 *       {@code en-AU → en-001}, {@code zh-Hant-MO → zh-Hant-HK} (read from ICU's
 *       {@code supplementalData/parentLocales});</li>
 *   <li>otherwise the last subtag is removed (variant, then region, then script);</li>
 *   <li>but a locale whose script is not the default script of its language has the root as parent:
 *       {@code zh-Hant → root} (not {@code zh}, which is Simplified), {@code sr-Latn → root}
 *       (not {@code sr}, which is Cyrillic). The default script comes from CLDR likely subtags
 *       ({@link ULocale#addLikelySubtags}).</li>
 * </ol>
 * A requested locale without a script whose likely script is not the language's default gets the
 * script inserted after it: {@code zh-HK → zh-Hant-HK → zh-Hant}, {@code zh-TW → zh-Hant-TW →
 * zh-Hant}. Extensions ({@code -u-…}, {@code -x-…}) are dropped.
 */
public final class FallbackChain {

    /** child ("pt_AO", "zh_Hant_MO") → parent ("pt_PT", "zh_Hant_HK"), from CLDR via ICU data. */
    private static final Map<String, String> PARENTS = readParentLocales();

    private FallbackChain() {}

    /**
     * The locales to try, in order, for a message requested in {@code requested}: the requested
     * locale, its CLDR ancestors (root excluded), and finally {@code sourceLocale}. No locale occurs
     * twice; the chain stops at the source locale (the source has every message).
     *
     * @param requested the locale the reader wants
     * @param sourceLocale the article's source locale (always the last element)
     * @return an unmodifiable, non-empty list
     * @throws NullPointerException if an argument is null
     */
    public static List<Locale> of(Locale requested, Locale sourceLocale) {
        Objects.requireNonNull(requested, "requested locale");
        Locale source = base(Objects.requireNonNull(sourceLocale, "source locale"));
        LinkedHashSet<Locale> chain = new LinkedHashSet<>();
        Locale current = base(requested);
        if (!current.getLanguage().isEmpty()) {
            chain.add(current);
            Locale withScript = withLikelyScript(current);
            if (withScript != null) {
                chain.add(withScript);
                current = withScript;
            }
            for (Locale parent = parent(current); parent != null; parent = parent(parent)) {
                if (!chain.add(parent)) break; // defensive: a cycle in data would end here
            }
        }
        List<Locale> result = new ArrayList<>();
        for (Locale locale : chain) {
            result.add(locale);
            if (locale.equals(source)) return Collections.unmodifiableList(result);
        }
        result.add(source);
        return Collections.unmodifiableList(result);
    }

    /** Language, script, region and variant only. */
    private static Locale base(Locale locale) {
        return new Locale.Builder()
                .setLanguage(locale.getLanguage())
                .setScript(locale.getScript())
                .setRegion(locale.getCountry())
                .setVariant(locale.getVariant())
                .build();
    }

    /** zh-HK → zh-Hant-HK when the likely script (Hant) is not the language's default (Hans); else null. */
    private static Locale withLikelyScript(Locale locale) {
        if (!locale.getScript().isEmpty() || locale.getCountry().isEmpty()) return null;
        String likely = ULocale.addLikelySubtags(
                new ULocale(locale.getLanguage() + "_" + locale.getCountry())).getScript();
        if (likely.isEmpty() || likely.equals(defaultScript(locale.getLanguage()))) return null;
        return new Locale.Builder().setLocale(locale).setScript(likely).build();
    }

    /** The script CLDR assumes for a bare language ("Hans" for zh, "Cyrl" for sr), or "". */
    private static String defaultScript(String language) {
        return ULocale.addLikelySubtags(new ULocale(language)).getScript();
    }

    /** The CLDR parent, or null for root. */
    private static Locale parent(Locale locale) {
        String explicit = PARENTS.get(icuId(locale));
        if (explicit == null && !locale.getScript().isEmpty()
                && locale.getScript().equals(defaultScript(locale.getLanguage()))) {
            // pt-Latn-AO is pt-AO: the table is keyed without the default script
            explicit = PARENTS.get(icuId(new Locale.Builder().setLocale(locale).setScript("").build()));
        }
        if (explicit != null) {
            return explicit.equals("root") ? null : ULocale.createCanonical(explicit).toLocale();
        }
        Locale.Builder b = new Locale.Builder().setLocale(locale);
        if (!locale.getVariant().isEmpty()) return b.setVariant("").build();
        if (!locale.getCountry().isEmpty()) return b.setRegion("").build();
        if (!locale.getScript().isEmpty()) {
            return locale.getScript().equals(defaultScript(locale.getLanguage())) ? b.setScript("").build() : null;
        }
        return null;
    }

    private static String icuId(Locale locale) {
        return ULocale.forLocale(locale).getName();
    }

    /**
     * Reads {@code parentLocales} from ICU's copy of CLDR supplemental data. The table maps a parent to
     * the array of its children ("es_419" → ["es_AR", "es_MX", …]); we invert it.
     */
    private static Map<String, String> readParentLocales() {
        Map<String, String> parents = new HashMap<>();
        try {
            UResourceBundle supplemental = UResourceBundle.getBundleInstance(
                    "com/ibm/icu/impl/data/icudata", "supplementalData", ULocale.class.getClassLoader());
            UResourceBundle table = supplemental.get("parentLocales");
            for (int i = 0; i < table.getSize(); i++) {
                UResourceBundle entry = table.get(i);
                if (entry.getType() == UResourceBundle.STRING) {
                    parents.put(entry.getString(), entry.getKey());
                } else if (entry.getType() == UResourceBundle.ARRAY) {
                    for (String child : entry.getStringArray()) parents.put(child, entry.getKey());
                }
            }
        } catch (MissingResourceException e) {
            // ICU data without supplemental parent locales: plain truncation still gives a usable chain;
            // FallbackChainTest fails loudly in this case.
        }
        return Map.copyOf(parents);
    }
}
