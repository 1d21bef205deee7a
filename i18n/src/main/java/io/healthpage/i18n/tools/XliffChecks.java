package io.healthpage.i18n.tools;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MarkupException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks {@link Xliff#read} runs on each imported target against its source: ICU syntax, the same
 * argument names, the same inline tags. Stateless and thread-safe.
 */
final class XliffChecks {
    /** A failed check: a stable code, what is wrong, what to do. */
    record Finding(String code, String message, String hint) {}

    private XliffChecks() {}

    /** The first problem of {@code target} as a translation of {@code source}, or null. */
    static Finding check(String source, String target, Locale targetLocale) {
        List<PseudoPatterns.Token> tt;
        try {
            tt = PseudoPatterns.tokens(target);
            new MessageFormat(target, ULocale.forLocale(targetLocale));
        } catch (RuntimeException e) { // ICU reports syntax errors as IllegalArgumentException, a few as others
            return new Finding("xliff.icu-syntax", "ICU message syntax: " + e.getMessage(),
                    "check that every '{' has its '}' and that plural/select cases are written 'one {…}'; write a"
                            + " typographic apostrophe ’ in prose");
        }
        List<PseudoPatterns.Token> st;
        try {
            st = PseudoPatterns.tokens(source);
        } catch (IllegalArgumentException e) {
            return new Finding("xliff.source-syntax", "the unit's source is not valid ICU: " + e.getMessage(),
                    "do not edit <source>; export the file again");
        }
        Set<String> sa = argumentNames(st);
        Set<String> ta = argumentNames(tt);
        if (!sa.equals(ta)) {
            Set<String> missing = new TreeSet<>(sa);
            missing.removeAll(ta);
            Set<String> extra = new TreeSet<>(ta);
            extra.removeAll(sa);
            return new Finding("xliff.arguments", "the arguments differ from the source:"
                    + (missing.isEmpty() ? "" : " missing " + braces(missing))
                    + (extra.isEmpty() ? "" : " not in the source " + braces(extra)),
                    "keep every {argument} of the source, spelt exactly as there; do not translate argument names");
        }
        Map<String, Integer> tagsSource;
        try {
            tagsSource = tags(source, st);
        } catch (MarkupException e) {
            return new Finding("xliff.source-syntax", "the unit's source has bad markup: " + e.getMessage(),
                    "do not edit <source>; export the file again");
        }
        Map<String, Integer> tagsTarget;
        try {
            tagsTarget = tags(target, tt);
        } catch (MarkupException e) {
            return new Finding("xliff.tags", e.getMessage(), "keep the tags of the source as they are");
        }
        if (!tagsSource.equals(tagsTarget)) {
            return new Finding("xliff.tags", "the inline tags differ from the source: source has " + tagsSource
                    + ", translation has " + tagsTarget, "keep each tag of the source (<em>, </em>, <term:…>, <cite:…/>) exactly once"
                    + " around the matching words");
        }
        return null;
    }

    static Set<String> argumentNames(List<PseudoPatterns.Token> tokens) {
        Set<String> names = new TreeSet<>();
        for (PseudoPatterns.Token t : tokens) if (t.kind() == PseudoPatterns.Kind.ARG_START) names.add(t.name());
        return names;
    }

    /**
     * Tag tokens with their counts. Inside plural/select, the cases are alternatives: each tag counts
     * as often as in the case that has it most, so a translation with more or fewer plural cases than
     * its source still has the same tags.
     */
    static Map<String, Integer> tags(String pattern, List<PseudoPatterns.Token> tokens) {
        Deque<Map<String, Integer>> messages = new ArrayDeque<>();
        Deque<Map<String, Integer>> args = new ArrayDeque<>();
        Map<String, Integer> result = new TreeMap<>();
        for (PseudoPatterns.Token t : tokens) {
            switch (t.kind()) {
                case MESSAGE_START -> messages.push(new TreeMap<>());
                case TEXT -> {
                    for (InlineMarkup.Tag tag : InlineMarkup.scan(pattern.substring(t.start(), t.end()))) {
                        String name = (tag.closing() ? "</" : "<") + tag.name() + (tag.selfClosing() ? "/>" : ">");
                        messages.peek().merge(name, 1, Integer::sum);
                    }
                }
                case MESSAGE_END -> {
                    Map<String, Integer> m = messages.pop();
                    if (args.isEmpty()) result = m;
                    else m.forEach((k, v) -> args.peek().merge(k, v, Math::max));
                }
                case ARG_START -> args.push(new TreeMap<>());
                case ARG_END -> args.pop().forEach((k, v) -> messages.peek().merge(k, v, Integer::sum));
                default -> { }
            }
        }
        return result;
    }

    private static String braces(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) sb.append(sb.length() == 0 ? "" : ", ").append('{').append(n).append('}');
        return sb.toString();
    }
}
