package io.healthpage.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and why an ICU MessageFormat (v1) pattern is wrong, the way ICU reads it (apostrophe mode
 * {@code DOUBLE_OPTIONAL}), in words a translator understands. Shared by the bundle loader and the
 * translator checker so both report the same position and message. Stateless and thread-safe.
 */
public final class IcuSyntax {
    private static final Pattern AT_INDEX = Pattern.compile("\\[at pattern index (\\d+)\\]");
    private static final Set<String> SIMPLE_TYPES = Set.of("number", "date", "time", "spellout", "ordinal", "duration");

    private IcuSyntax() {}

    /**
     * A mistake in a pattern.
     *
     * @param index the UTF-16 index in the pattern where it is
     * @param message what is wrong, without ICU's echo of the whole pattern
     * @param parses whether ICU could still parse the pattern (false for broken braces and the like;
     *               true for mistakes ICU's parser lets through, such as an unknown argument type or a
     *               plural case given twice)
     */
    public record SyntaxError(int index, String message, boolean parses) {}

    /** The first problem of {@code pattern}, or empty when its syntax is sound. */
    public static Optional<SyntaxError> check(String pattern) {
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            mp.parse(pattern);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            Matcher m = AT_INDEX.matcher(msg);
            int index = m.find() ? Integer.parseInt(m.group(1)) : unmatchedBrace(pattern);
            return Optional.of(new SyntaxError(Math.min(index, pattern.length()), clean(msg), false));
        }
        // things MessagePattern accepts that are surely mistakes or fail later in MessageFormat
        Deque<Set<String>> selectors = new ArrayDeque<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            switch (part.getType()) {
                case ARG_START -> {
                    MessagePattern.ArgType t = part.getArgType();
                    selectors.push(t.hasPluralStyle() || t == MessagePattern.ArgType.SELECT ? new HashSet<>() : Set.of());
                }
                case ARG_LIMIT -> selectors.pop();
                case ARG_TYPE -> {
                    String type = mp.getSubstring(part);
                    if (mp.getPart(i - 2).getArgType() == MessagePattern.ArgType.SIMPLE
                            && !SIMPLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                        return Optional.of(new SyntaxError(part.getIndex(), "unknown argument type '" + type
                                + "' (use plural, select, selectordinal, number, date, time, spellout, ordinal or duration)", true));
                    }
                }
                case ARG_SELECTOR -> {
                    String selector = mp.getSubstring(part);
                    if (selectors.peek() instanceof HashSet<String> seen && !seen.add(selector)) {
                        return Optional.of(new SyntaxError(part.getIndex(), "the case '" + selector + "' appears twice", true));
                    }
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** Index of the first '{' that is never closed, for ICU's "Unmatched '{' braces" (which has no index). */
    private static int unmatchedBrace(String pattern) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') open.push(i);
            else if (c == '}' && !open.isEmpty()) open.pop();
        }
        return open.isEmpty() ? 0 : open.peekLast();
    }

    /** ICU's message without the position and without echoing the whole pattern. */
    static String clean(String message) {
        String s = message;
        int at = s.indexOf("[at pattern index");
        if (at >= 0) s = s.substring(0, at);
        int in = s.indexOf(" in \"");
        if (in >= 0) s = s.substring(0, in);
        s = s.strip();
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
