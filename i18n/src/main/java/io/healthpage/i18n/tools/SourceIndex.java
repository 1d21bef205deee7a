package io.healthpage.i18n.tools;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Term;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.SourceHash;
import io.healthpage.text.Labels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The source side of a check, analysed once per article and shared by every locale: each message's
 * compiled pattern, its numbers and the do-not-translate terms it contains. Immutable after construction.
 */
final class SourceIndex {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** A do-not-translate glossary term: its id, text as written, folded text and a stem for inflected forms. */
    record Dnt(String id, String text, String folded, String stem) {}

    /**
     * One source message, analysed.
     *
     * @param name whether it is a glossary term's text or expansion: a name or phrase ("IV", "intravenous"),
     *     not a sentence, so its case follows the word, not the start of a sentence
     */
    record Src(Message message, PatternInfo info, List<Numbers.Num> numbers, List<Dnt> dnt, String hash, boolean name) {}

    /** What the bundles translate: an article, or the page labels. */
    final Bundle.Kind kind;
    /** The article id, or {@code "labels"}. */
    final String id;
    final Locale sourceLocale;
    final Map<String, Src> byKey;
    final List<Dnt> dnt;

    /** The source side of the page labels: the built-in English labels, keyed by label key. */
    static SourceIndex labels() {
        return LABELS;
    }

    private static final SourceIndex LABELS = new SourceIndex(Labels.english());

    private SourceIndex(Labels english) {
        this.kind = Bundle.Kind.LABELS;
        this.id = "labels";
        this.sourceLocale = english.locale();
        this.dnt = List.of();
        ULocale ul = ULocale.forLocale(sourceLocale);
        Map<String, Src> map = new LinkedHashMap<>();
        for (String key : english.keys()) {
            map.put(key, src(english.get(key), ul, List.of(), false));
        }
        this.byKey = Collections.unmodifiableMap(map);
    }

    SourceIndex(Article article) {
        this.kind = Bundle.Kind.ARTICLE;
        this.id = article.id();
        this.sourceLocale = article.sourceLocale();
        ULocale ul = ULocale.forLocale(sourceLocale);
        List<Dnt> terms = new ArrayList<>();
        for (Term t : article.glossary()) {
            if (!t.doNotTranslate()) continue;
            String text = PatternInfo.strip(t.text().pattern());
            terms.add(new Dnt(t.id(), text, fold(text), stem(fold(text))));
        }
        this.dnt = List.copyOf(terms);
        Set<String> names = new HashSet<>();
        for (Term t : article.glossary()) {
            names.add(t.text().key());
            if (t.expansion() != null) names.add(t.expansion().key());
        }
        Map<String, Src> map = new LinkedHashMap<>();
        for (Message m : article.messages()) {
            List<Dnt> present = new ArrayList<>();
            String folded = null;
            for (Dnt d : dnt) {
                if (m.pattern().contains("<term:" + d.id())) {
                    present.add(d);
                    continue;
                }
                if (folded == null) folded = fold(PatternInfo.strip(m.pattern()));
                if (folded.contains(d.folded())) present.add(d);
            }
            map.put(m.key(), src(m, ul, present, names.contains(m.key())));
        }
        this.byKey = Collections.unmodifiableMap(map);
    }

    private static Src src(Message m, ULocale locale, List<Dnt> present, boolean name) {
        PatternInfo info = PatternInfo.of(m.pattern());
        return new Src(m, info, Numbers.find(info.literals, locale), List.copyOf(present), SourceHash.of(m.pattern()), name);
    }

    /** Case folded, accents removed ("Kétamine" → "ketamine"), for tolerant matching of names. */
    static String fold(String s) {
        String d = NFD.normalize(s);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK) continue;
            sb.appendCodePoint(UCharacter.foldCase(cp, true));
        }
        return sb.toString();
    }

    /** The folded term without a final vowel, so inflected forms match ("ketamin" in ketamina, Ketamin, ketaminy). */
    static String stem(String folded) {
        if (folded.length() >= 6 && "aeiouy".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
            return folded.substring(0, folded.length() - 1);
        }
        return folded;
    }
}
