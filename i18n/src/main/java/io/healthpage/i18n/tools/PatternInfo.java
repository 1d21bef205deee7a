package io.healthpage.i18n.tools;

import com.ibm.icu.text.MessagePattern;
import io.healthpage.i18n.IcuSyntax;
import io.healthpage.text.InlineMarkup;
import io.healthpage.text.MarkupException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One ICU pattern analysed once: syntax, arguments and their kinds, plural/select cases, inline tags
 * and the literal text (what a reader sees apart from arguments). Immutable after construction;
 * built by one thread, then read by any.
 */
final class PatternInfo {
    /** Stands for an argument in {@link #literals} and {@link #main}. */
    static final char ARG = '\uFFFC';
    /** The closed tag vocabulary, for stripping tags from literal text. */
    static final Pattern TAG = Pattern.compile("</?(?:em|strong|(?:term|link|cite):[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\\s*/?>");

    /** An ICU syntax problem at a UTF-16 index of the pattern; {@code noOther} when a case 'other' is missing. */
    record SyntaxError(int index, String message, boolean noOther) {}

    /** A plural, selectordinal or select argument and the cases written for it. */
    record Complex(String name, MessagePattern.ArgType type, List<String> selectors, int index) {}

    final String pattern;
    final SyntaxError error;
    /** Argument name → the kinds it is used as ("none", "number", "plural", "select", ...). */
    final Map<String, Set<String>> args = new LinkedHashMap<>();
    final List<Complex> complex = new ArrayList<>();
    /** Literal text of every branch (arguments as {@link #ARG}, branches on separate lines), tags stripped. */
    final String literals;
    /** {@link #literals} with the inline tags still in it. */
    final String literalsWithTags;
    /** The text along the 'other' cases (what most readers see), tags stripped, arguments as {@link #ARG}. */
    final String main;
    /** The tags in order, or null when {@link #markupError} is set. */
    final List<InlineMarkup.Tag> tags;
    final MarkupException markupError;

    private PatternInfo(String pattern, SyntaxError error, String literalsWithTags, String main, List<InlineMarkup.Tag> tags,
            MarkupException markupError) {
        this.pattern = pattern;
        this.error = error;
        this.literalsWithTags = literalsWithTags;
        this.literals = strip(literalsWithTags);
        this.main = main;
        this.tags = tags;
        this.markupError = markupError;
    }

    static PatternInfo of(String pattern) {
        List<InlineMarkup.Tag> tags = null;
        MarkupException markupError = null;
        if (pattern.indexOf('<') >= 0) {
            try {
                tags = InlineMarkup.scan(pattern);
            } catch (MarkupException e) {
                markupError = e;
            }
        } else {
            tags = List.of();
        }
        Optional<IcuSyntax.SyntaxError> problem = IcuSyntax.check(pattern);
        if (problem.isPresent() && !problem.get().parses()) {
            IcuSyntax.SyntaxError p = problem.get();
            SyntaxError err = new SyntaxError(p.index(), p.message(), p.message().contains("'other'"));
            return new PatternInfo(pattern, err, "", "", tags, markupError);
        }
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        mp.parse(pattern); // parses: IcuSyntax said so
        SyntaxError err = problem.map(p -> new SyntaxError(p.index(), p.message(), false)).orElse(null);
        StringBuilder all = new StringBuilder();
        String main = new Walker(mp, all).message(0);
        PatternInfo info = new PatternInfo(pattern, err, all.toString(), strip(main), tags, markupError);
        info.collect(mp);
        return info;
    }

    /** Tags removed from text (the closed vocabulary only; anything else stays and is reported elsewhere). */
    static String strip(String s) {
        return s.indexOf('<') < 0 ? s : TAG.matcher(s).replaceAll("");
    }

    /** Things MessagePattern accepts but that are mistakes: unknown simple types, a case given twice. */

    private void collect(MessagePattern mp) {
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) continue;
            String name = mp.getSubstring(mp.getPart(i + 1));
            MessagePattern.ArgType t = part.getArgType();
            String kind = switch (t) {
                case NONE -> "none";
                case SIMPLE -> mp.getSubstring(mp.getPart(i + 2)).toLowerCase(Locale.ROOT);
                case PLURAL -> "plural";
                case SELECTORDINAL -> "selectordinal";
                case SELECT -> "select";
                case CHOICE -> "choice";
            };
            args.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(kind);
            if (t.hasPluralStyle() || t == MessagePattern.ArgType.SELECT) {
                List<String> sel = new ArrayList<>();
                int limit = mp.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part q = mp.getPart(j);
                    if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) sel.add(mp.getSubstring(q));
                    else if (q.getType() == MessagePattern.Part.Type.MSG_START) j = mp.getLimitPartIndex(j);
                }
                complex.add(new Complex(name, t, List.copyOf(sel), part.getIndex()));
            }
        }
    }

    /** Walks messages the way ICU formats them, collecting literal text. */
    private static final class Walker {
        private final MessagePattern mp;
        private final String p;
        private final StringBuilder all;

        Walker(MessagePattern mp, StringBuilder all) {
            this.mp = mp;
            this.p = mp.getPatternString();
            this.all = all;
        }

        String message(int msgStart) {
            StringBuilder out = new StringBuilder();
            int prev = mp.getPart(msgStart).getLimit();
            for (int i = msgStart + 1; ; i++) {
                MessagePattern.Part part = mp.getPart(i);
                MessagePattern.Part.Type t = part.getType();
                out.append(p, prev, part.getIndex());
                all.append(p, prev, part.getIndex());
                if (t == MessagePattern.Part.Type.MSG_LIMIT) return out.toString();
                prev = part.getLimit();
                if (t == MessagePattern.Part.Type.INSERT_CHAR) {
                    out.append((char) part.getValue());
                    all.append((char) part.getValue());
                } else if (t == MessagePattern.Part.Type.REPLACE_NUMBER) {
                    out.append(ARG);
                    all.append(ARG);
                } else if (t == MessagePattern.Part.Type.ARG_START) {
                    int limit = mp.getLimitPartIndex(i);
                    MessagePattern.ArgType at = part.getArgType();
                    if (at.hasPluralStyle() || at == MessagePattern.ArgType.SELECT || at == MessagePattern.ArgType.CHOICE) {
                        String other = null;
                        String last = "";
                        String selector = null;
                        for (int j = i + 1; j < limit; j++) {
                            MessagePattern.Part q = mp.getPart(j);
                            if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) selector = mp.getSubstring(q);
                            else if (q.getType() == MessagePattern.Part.Type.MSG_START) {
                                all.append('\n');
                                String s = message(j);
                                all.append('\n');
                                if ("other".equals(selector)) other = s;
                                last = s;
                                j = mp.getLimitPartIndex(j);
                            }
                        }
                        out.append(other != null ? other : last);
                    } else {
                        out.append(ARG);
                        all.append(ARG);
                    }
                    prev = mp.getPart(limit).getLimit();
                    i = limit;
                }
            }
        }
    }


}
