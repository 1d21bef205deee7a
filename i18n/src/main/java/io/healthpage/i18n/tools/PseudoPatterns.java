package io.healthpage.i18n.tools;

import com.ibm.icu.text.MessagePattern;
import io.healthpage.text.InlineMarkup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits an ICU MessageFormat pattern into what a translator (or the pseudo-localizer) may change —
 * literal text — and what must stay as it is: argument syntax, apostrophe quoting, {@code #} and inline
 * tags. Used by {@link PseudoLocalizer} and {@link Xliff}. Stateless and thread-safe.
 */
final class PseudoPatterns {
    private PseudoPatterns() {}

    /** What a token is. */
    enum Kind {
        /** Literal text of a (sub-)message, possibly inside apostrophe quotes; may contain inline tags. */
        TEXT,
        /** Syntax to copy unchanged: braces, argument names/types/selectors, quoting apostrophes, {@code #}. */
        SYNTAX,
        /** Zero-width: a (sub-)message starts; {@code depth} 0 is the whole pattern. */
        MESSAGE_START,
        /** Zero-width: a (sub-)message ends (before its closing brace). */
        MESSAGE_END,
        /** Zero-width: an argument starts; {@code name} is its name or number. */
        ARG_START,
        /** Zero-width: an argument ends. */
        ARG_END
    }

    /**
     * One piece of a pattern: {@code pattern.substring(start, end)}; concatenating the TEXT and SYNTAX
     * tokens in order gives the pattern back exactly.
     */
    record Token(Kind kind, int start, int end, int depth, String name, MessagePattern.ArgType argType) {}

    /**
     * The tokens of a pattern, read as ICU reads it (apostrophe mode DOUBLE_OPTIONAL).
     *
     * @throws IllegalArgumentException with ICU's message when the pattern has a syntax error
     */
    static List<Token> tokens(String pattern) {
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        mp.parse(pattern);
        List<Token> out = new ArrayList<>();
        Deque<Boolean> inMessage = new ArrayDeque<>();
        int pos = 0;
        int depth = -1;
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            int index = p.getIndex();
            if (index > pos) {
                boolean text = !inMessage.isEmpty() && inMessage.peek();
                out.add(new Token(text ? Kind.TEXT : Kind.SYNTAX, pos, index, depth, null, null));
            }
            int limit = p.getLimit();
            index = Math.max(index, pos); // e.g. ARG_INT "0" lies inside the selector "=0" already copied
            switch (p.getType()) {
                case MSG_START -> {
                    syntax(out, index, limit, depth);
                    depth++;
                    out.add(new Token(Kind.MESSAGE_START, limit, limit, depth, null, null));
                    inMessage.push(true);
                }
                case MSG_LIMIT -> {
                    out.add(new Token(Kind.MESSAGE_END, index, index, depth, null, null));
                    depth--;
                    inMessage.pop();
                    syntax(out, index, limit, depth);
                }
                case ARG_START -> {
                    syntax(out, index, limit, depth);
                    String name = mp.getSubstring(mp.getPart(i + 1));
                    out.add(new Token(Kind.ARG_START, limit, limit, depth, name, p.getArgType()));
                    inMessage.push(false);
                }
                case ARG_LIMIT -> {
                    inMessage.pop();
                    syntax(out, index, limit, depth);
                    out.add(new Token(Kind.ARG_END, limit, limit, depth, null, p.getArgType()));
                }
                default -> syntax(out, index, limit, depth); // apostrophes, '#', names, types, selectors, numbers
            }
            pos = Math.max(pos, limit);
        }
        if (pos < pattern.length()) out.add(new Token(Kind.SYNTAX, pos, pattern.length(), depth, null, null));
        return out;
    }

    /**
     * The pattern with the plural cases a language needs: every {@code plural} gets exactly the categories
     * {@code cardinal}, every {@code selectordinal} exactly {@code ordinal}; a case the pattern lacks gets the
     * text of its {@code other} case, explicit cases ({@code =0}) stay, cases the language never uses are left
     * out. Select cases and everything else are copied as written; nested plurals are adapted too.
     *
     * @throws IllegalArgumentException with ICU's message when the pattern has a syntax error
     */
    static String withCategories(String pattern, Set<String> cardinal, Set<String> ordinal) {
        if (pattern.indexOf('{') < 0) return pattern;
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        mp.parse(pattern);
        boolean plural = false;
        for (int i = 0; i < mp.countParts() && !plural; i++) {
            MessagePattern.Part p = mp.getPart(i);
            plural = p.getType() == MessagePattern.Part.Type.ARG_START && p.getArgType().hasPluralStyle();
        }
        if (!plural) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        adapt(mp, 0, cardinal, ordinal, out);
        return out.toString();
    }

    /** Writes the (sub-)message starting at part {@code start} without its braces; returns its MSG_LIMIT part. */
    private static int adapt(MessagePattern mp, int start, Set<String> cardinal, Set<String> ordinal, StringBuilder out) {
        String p = mp.getPatternString();
        int prev = mp.getPart(start).getLimit();
        for (int i = start + 1; ; i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.MSG_LIMIT) {
                out.append(p, prev, part.getIndex());
                return i;
            }
            if (part.getType() != MessagePattern.Part.Type.ARG_START) continue;
            int limit = mp.getLimitPartIndex(i);
            MessagePattern.ArgType type = part.getArgType();
            if (!type.hasPluralStyle() && type != MessagePattern.ArgType.SELECT) {
                i = limit; // copied as written with the text after it
                continue;
            }
            Map<String, Integer> cases = new LinkedHashMap<>();
            int head = -1;
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part q = mp.getPart(j);
                if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    if (head < 0) head = q.getIndex();
                    cases.put(mp.getSubstring(q), j + (mp.getPart(j + 1).getType() == MessagePattern.Part.Type.MSG_START ? 1 : 2));
                } else if (q.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = mp.getLimitPartIndex(j);
                }
            }
            out.append(p, prev, head); // text before, "{count, plural, " and an offset
            List<String> order = new ArrayList<>();
            for (String sel : cases.keySet()) if (sel.startsWith("=") || type == MessagePattern.ArgType.SELECT) order.add(sel);
            if (type.hasPluralStyle()) {
                Set<String> wanted = type == MessagePattern.ArgType.SELECTORDINAL ? ordinal : cardinal;
                order.addAll(ArgumentRules.order(wanted));
            }
            String sep = "";
            for (String sel : order) {
                Integer msg = cases.get(sel);
                if (msg == null) msg = cases.containsKey("other") ? cases.get("other") : cases.values().iterator().next();
                out.append(sep).append(sel).append(" {");
                adapt(mp, msg, cardinal, ordinal, out);
                out.append('}');
                sep = " ";
            }
            out.append('}');
            i = limit;
            prev = mp.getPart(limit).getLimit();
        }
    }

    private static void syntax(List<Token> out, int start, int end, int depth) {
        if (end > start) out.add(new Token(Kind.SYNTAX, start, end, depth, null, null));
    }

    /**
     * Marks the characters of {@code pattern} that belong to an inline tag ({@code <em>}, {@code </em>},
     * {@code <term:ID>}, {@code <cite:ID/>}, …).
     *
     * @throws io.healthpage.text.MarkupException for raw HTML or an unknown tag
     */
    static boolean[] tagMask(String pattern) {
        boolean[] mask = new boolean[pattern.length()];
        for (InlineMarkup.Tag t : InlineMarkup.scan(pattern)) {
            int end = pattern.indexOf('>', t.offset());
            for (int i = t.offset(); i <= end; i++) mask[i] = true;
        }
        return mask;
    }
}
