package io.healthpage.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the inline tags of the closed vocabulary in (formatted) message text: which glossary terms a
 * message uses, the spans of term and link tags. Regex-based; assumes tags nest properly (the validator
 * checks that). Stateless and thread-safe.
 */
final class InlineTags {
    private static final Pattern TERM_OPEN_OR_SELF = Pattern.compile("<term:([a-z0-9-]+)/?>");
    private static final Pattern TERM_SPAN = Pattern.compile("<term:([a-z0-9-]+)>(.*?)</term:\\1>", Pattern.DOTALL);
    private static final Pattern TERM_SELF = Pattern.compile("<term:([a-z0-9-]+)/>");
    private static final Pattern LINK_SPAN = Pattern.compile("<link:([a-z0-9-]+)>(.*?)</link:\\1>", Pattern.DOTALL);
    private static final Pattern CITE = Pattern.compile("<cite:([a-z0-9-]+)/>");
    private static final Pattern EMPHASIS = Pattern.compile("<(?:em|strong)>");

    private InlineTags() {}

    /** A tagged span: the id and the raw text between the tags (which may hold other tags). */
    record Span(String id, String inner) {}

    /** Ids of the glossary terms used, in order of first use. */
    static Set<String> termIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = TERM_OPEN_OR_SELF.matcher(text);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** {@code <term:ID>…</term:ID>} spans. */
    static List<Span> termSpans(String text) {
        return spans(TERM_SPAN, text);
    }

    /** {@code <link:ID>…</link:ID>} spans. */
    static List<Span> linkSpans(String text) {
        return spans(LINK_SPAN, text);
    }

    /** Whether the text cites a reference with {@code <cite:ID/>}. */
    static boolean hasCitation(String text) {
        return CITE.matcher(text).find();
    }

    /** Whether the text uses {@code <em>} or {@code <strong>}. */
    static boolean hasEmphasis(String text) {
        return EMPHASIS.matcher(text).find();
    }

    /** The text with every term (tagged span or inserted term) removed, so what is left is untagged. */
    static String withoutTerms(String text) {
        return TERM_SELF.matcher(TERM_SPAN.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** The text with the tagged term spans whose id passes {@code remove} taken out (inserted terms too). */
    static String withoutTerms(String text, java.util.function.Predicate<String> remove) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TERM_SPAN.matcher(text);
        while (m.find()) m.appendReplacement(sb, remove.test(m.group(1)) ? " " : Matcher.quoteReplacement(m.group(0)));
        m.appendTail(sb);
        Matcher s = TERM_SELF.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (s.find()) s.appendReplacement(out, remove.test(s.group(1)) ? " " : Matcher.quoteReplacement(s.group(0)));
        s.appendTail(out);
        return out.toString();
    }

    private static List<Span> spans(Pattern p, String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(new Span(m.group(1), m.group(2)));
        return out;
    }
}
