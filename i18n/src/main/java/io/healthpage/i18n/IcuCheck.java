package io.healthpage.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks an ICU MessageFormat (v1) pattern the way ICU will read it (apostrophe mode DOUBLE_OPTIONAL). */
final class IcuCheck {
    /** Where in the pattern (UTF-16 index) and what. */
    record Failure(int index, String message) {}

    private static final Pattern AT_INDEX = Pattern.compile("\\[at pattern index (\\d+)\\]");
    private static final Set<String> SIMPLE_TYPES = Set.of("number", "date", "time", "spellout", "ordinal", "duration");

    private IcuCheck() {}

    /** The first problem of {@code pattern}, or null when ICU can use it. */
    static Failure check(String pattern, Locale locale) {
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            mp.parse(pattern);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            Matcher m = AT_INDEX.matcher(msg);
            int index = m.find() ? Integer.parseInt(m.group(1)) : unmatchedBrace(pattern);
            return new Failure(Math.min(index, pattern.length()), clean(msg));
        }
        // Things MessagePattern accepts but that are surely mistakes or fail later in MessageFormat.
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
                    if (mp.getPart(i - 2).getArgType() == MessagePattern.ArgType.SIMPLE && !SIMPLE_TYPES.contains(type)) {
                        return new Failure(part.getIndex(), "unknown argument type '" + type
                                + "' (use plural, select, selectordinal, number, date, time, spellout, ordinal or duration)");
                    }
                }
                case ARG_SELECTOR -> {
                    String selector = mp.getSubstring(part);
                    if (selectors.peek() instanceof HashSet<String> seen && !seen.add(selector)) {
                        return new Failure(part.getIndex(), "the case '" + selector + "' appears twice");
                    }
                }
                default -> { }
            }
        }
        try {
            new MessageFormat(pattern, ULocale.forLocale(locale));
        } catch (RuntimeException e) {
            return new Failure(0, clean(String.valueOf(e.getMessage())));
        }
        return null;
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
    private static String clean(String message) {
        String s = message;
        int at = s.indexOf(" [at pattern index");
        if (at < 0) at = s.indexOf("[at pattern index");
        if (at >= 0) s = s.substring(0, at);
        int in = s.indexOf(" in \"");
        if (in >= 0) s = s.substring(0, in);
        s = s.strip();
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
