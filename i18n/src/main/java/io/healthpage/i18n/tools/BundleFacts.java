package io.healthpage.i18n.tools;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the rules need to know about one bundle, worked out once for all its entries. Immutable after construction. */
final class BundleFacts {
    private static final Map<String, Set<String>> KEYWORDS = new ConcurrentHashMap<>();

    final Bundle bundle;
    final ULocale locale;
    final boolean sameLanguage;
    final boolean noFinalPunctuation;
    final Set<String> cardinal;
    final Set<String> ordinal;
    /** Term id → the folded text this bundle gives the term. */
    final Map<String, String> translatedTerms = new HashMap<>();
    /** A pseudo-locale (en-XA, ar-XB), which transforms every letter on purpose. */
    final boolean pseudo;

    BundleFacts(Bundle bundle, SourceIndex src) {
        this.bundle = bundle;
        this.locale = ULocale.forLocale(bundle.locale());
        String region = bundle.locale().getCountry();
        this.pseudo = region.equals("XA") || region.equals("XB");
        this.sameLanguage = bundle.locale().getLanguage().equals(src.sourceLocale.getLanguage());
        String lang = bundle.locale().getLanguage();
        this.noFinalPunctuation = lang.equals("th") || lang.equals("lo");
        this.cardinal = keywords(locale, PluralRules.PluralType.CARDINAL);
        this.ordinal = keywords(locale, PluralRules.PluralType.ORDINAL);
        for (SourceIndex.Dnt d : src.dnt) {
            BundleEntry e = bundle.entries().get("term." + d.id() + ".text");
            if (e != null && !e.text().isBlank()) {
                translatedTerms.put(d.id(), SourceIndex.fold(PatternInfo.strip(e.text()).strip()));
            }
        }
    }

    /** The plural categories of a locale (shared: ICU builds them once per locale and type). */
    static Set<String> keywords(ULocale locale, PluralRules.PluralType type) {
        return KEYWORDS.computeIfAbsent(type + "|" + locale.toLanguageTag(),
                k -> Set.copyOf(PluralRules.forLocale(locale, type).getKeywords()));
    }
}
