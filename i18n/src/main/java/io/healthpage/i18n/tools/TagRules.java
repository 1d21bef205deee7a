package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.problem.Severity.ERROR;

import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MarkupException;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules about inline tags and HTML: only the tags of the source, properly nested. */
final class TagRules {
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    private static final MessageFormatter FORMATTER = MessageFormatter.withCacheSize(0);

    private TagRules() {}

    static final DefinedRule RAW_HTML = DefinedRule.builtIn("text.raw-html", ERROR,
            "Remove HTML tags and entities; type the character itself (é, not &eacute;).", ENTRY, e -> {
                if (e.t.markupError != null) {
                    e.add("HTML is not allowed: " + e.t.markupError.getMessage(),
                            "remove the tag; only the tags of the source may be used");
                    return;
                }
                Matcher ent = ENTITY.matcher(e.t.pattern);
                if (ent.find()) {
                    e.add("the HTML entity " + ent.group() + " is shown literally, not as a character", "type the character itself");
                }
            });

    static final DefinedRule TAGS_MISSING = DefinedRule.builtIn("tags.missing", ERROR,
            "Put back every inline tag of the source around the matching words.", ENTRY, e -> {
                if (e.t.markupError != null) return;
                List<String> missing = difference(source(e), e.t.tags);
                if (missing.isEmpty()) return;
                e.add("the tag" + (missing.size() > 1 ? "s " : " ") + String.join(" ", missing) + " of the source "
                        + (missing.size() > 1 ? "are" : "is") + " missing", "put them back around the matching words (you may move them)");
            });

    static final DefinedRule TAGS_EXTRA = DefinedRule.builtIn("tags.extra", ERROR,
            "Remove tags the source does not have; you cannot add links, terms or emphasis.", ENTRY, e -> {
                if (e.t.markupError != null) return;
                List<String> extra = difference(e.t.tags, source(e));
                if (extra.isEmpty()) return;
                e.add("the tag" + (extra.size() > 1 ? "s " : " ") + String.join(" ", extra) + " " + (extra.size() > 1 ? "are" : "is")
                        + " not in the source", "remove " + String.join(" ", extra));
            });

    static final DefinedRule TAGS_NESTING = DefinedRule.builtIn("tags.nesting", ERROR,
            "Close tags in the reverse order you opened them, inside one plural case: `<em><term:x>…</term:x></em>`.", ENTRY, e -> {
                if (e.t.markupError != null) return;
                String nesting = nesting(e.t.tags);
                if (nesting == null && !e.t.tags.isEmpty() && !e.t.complex.isEmpty()) {
                    try {
                        FORMATTER.format(e.key(), e.t.pattern, e.src.message().args(), e.facts.bundle.locale());
                    } catch (MessageFormatException ex) {
                        if (ex.getCause() instanceof MarkupException) nesting = ex.getCause().getMessage();
                    }
                }
                if (nesting != null) {
                    e.add("tags are not properly nested: " + nesting, "close tags in the reverse order you opened them, within one "
                            + "plural or select case");
                }
            });

    static final List<DefinedRule> ALL = List.of(RAW_HTML, TAGS_MISSING, TAGS_EXTRA, TAGS_NESTING);

    private static List<InlineMarkup.Tag> source(EntryCheck e) {
        return e.src.info().tags == null ? List.of() : e.src.info().tags;
    }

    /** Each tag of {@code a} as often as it occurs more often there than in {@code b}. */
    private static List<String> difference(List<InlineMarkup.Tag> a, List<InlineMarkup.Tag> b) {
        Map<String, Integer> want = multiset(a);
        Map<String, Integer> have = multiset(b);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> w : want.entrySet()) {
            int n = w.getValue() - have.getOrDefault(w.getKey(), 0);
            for (int i = 0; i < n; i++) out.add(w.getKey());
        }
        return out;
    }

    private static Map<String, Integer> multiset(List<InlineMarkup.Tag> tags) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (InlineMarkup.Tag tag : tags) m.merge(show(tag), 1, Integer::sum);
        return m;
    }

    private static String show(InlineMarkup.Tag t) {
        return "<" + (t.closing() ? "/" : "") + t.name() + (t.selfClosing() ? "/" : "") + ">";
    }

    /** The first nesting error in a tag sequence, or null. */
    private static String nesting(List<InlineMarkup.Tag> tags) {
        List<InlineMarkup.Tag> open = new ArrayList<>();
        for (InlineMarkup.Tag t : tags) {
            if (t.selfClosing()) {
                if (t.closing() || !(t.name().startsWith("cite:") || t.name().startsWith("term:"))) {
                    return show(t) + " cannot be written this way";
                }
            } else if (!t.closing()) {
                if (t.name().startsWith("cite:")) return "<" + t.name() + "> must be written <" + t.name() + "/>";
                open.add(t);
            } else {
                if (open.isEmpty()) return show(t) + " closes a tag that was never opened";
                InlineMarkup.Tag top = open.remove(open.size() - 1);
                if (!top.name().equals(t.name())) return show(t) + " closes " + show(top) + " (expected </" + top.name() + ">)";
            }
        }
        return open.isEmpty() ? null : show(open.get(open.size() - 1)) + " is never closed";
    }
}
