package io.healthpage.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Arg;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.YearArg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Formats {@link Message}s: ICU MessageFormat (v1, apostrophe mode {@code DOUBLE_OPTIONAL}) in the
 * language the message is really in, typed arguments through ICU's number, unit, range and date
 * formatters, then the closed inline-tag vocabulary parsed into {@link Inline} nodes.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe: share one instance. ICU's {@code MessageFormat}
 * is not thread-safe and parsing a pattern costs far more than formatting it, so each distinct
 * (locale, pattern) is parsed once into a prototype; a formatting thread takes a private clone
 * from a small lock-free pool and returns it afterwards. A pattern without arguments is formatted
 * once: its (immutable) result is kept with the compiled pattern; so is the result of a pattern with
 * arguments, per argument values (arguments are immutable and formatting them is deterministic), so a
 * page rendered again formats nothing. Caches are bounded. Typed arguments (numbers, units, ranges,
 * dates) are formatted by ICU formatters and a cache of results shared by all instances.
 *
 * <p>Formatted arguments are never parsed as tags (they are substituted after tag parsing) and
 * are marked for bidi isolation when their direction can differ from the text's.
 */
public final class MessageFormatter {
    private static final int DEFAULT_MAX_PATTERNS = 10_000;
    private static final int POOL_SIZE = 4;
    private static final int MAX_RESULTS = 8_192;
    /** Locales whose patterns are cached; past this, patterns of further locales are compiled and not kept. */
    private static final int MAX_LOCALES = 512;

    private final int maxPatterns;
    /**
     * Compiled patterns by locale, then by pattern: a lookup allocates no key and hashes the locale and the
     * pattern (both cache their hash codes); {@link #cached} counts the patterns of all locales.
     */
    private final ConcurrentHashMap<Locale, Patterns> cache = new ConcurrentHashMap<>();
    private final AtomicInteger cached = new AtomicInteger();
    /** Formatted nodes of patterns with arguments, per (compiled pattern, arguments); not with {@code withCacheSize(0)}. */
    private final ConcurrentHashMap<ResultKey, List<Inline>> results = new ConcurrentHashMap<>();
    /**
     * Typed arguments are formatted the same way by every formatter (deterministic, immutable inputs), and
     * ICU's number and range formatters are slow until used a few times, so all formatters share one
     * (thread-safe, bounded): a formatter made per article, as the static site does, starts warm.
     */
    private static final ArgFormatter ARGS = new ArgFormatter();
    private final ArgFormatter args = ARGS;

    private MessageFormatter(int maxPatterns) {
        this.maxPatterns = maxPatterns;
    }

    /** A formatter with the default cache bound (10,000 patterns). */
    public static MessageFormatter create() {
        return new MessageFormatter(DEFAULT_MAX_PATTERNS);
    }

    /** A formatter caching at most {@code maxPatterns} compiled patterns (0 disables the cache, for benchmarks). */
    public static MessageFormatter withCacheSize(int maxPatterns) {
        if (maxPatterns < 0) throw new IllegalArgumentException("maxPatterns must be >= 0, was " + maxPatterns);
        return new MessageFormatter(maxPatterns);
    }

    /**
     * Formats a message in its own locale.
     *
     * @throws MessageFormatException if the pattern, its arguments or its tags are invalid
     */
    public FormattedText format(Message message) {
        return format(message.key(), message.pattern(), message.args(), message.locale());
    }

    /**
     * Formats a pattern with typed arguments in {@code locale}.
     *
     * @throws MessageFormatException if the pattern, its arguments or its tags are invalid
     */
    public FormattedText format(String key, String pattern, Map<String, Arg> arguments, Locale locale) {
        return format(key, pattern, arguments, locale, true);
    }

    /**
     * Checks a message as {@link #format(Message)} would, without formatting its dates, units, ranges and
     * other non-numeric arguments (the costly part, with ICU's locale data): its ICU syntax, that every
     * argument is supplied with a fitting type, and its inline tags.
     *
     * @throws MessageFormatException if the pattern, its arguments or its tags are invalid
     */
    public void check(Message message) {
        format(message.key(), message.pattern(), message.args(), message.locale(), false);
    }

    private FormattedText format(String key, String pattern, Map<String, Arg> arguments, Locale locale, boolean formatArgs) {
        Compiled c = compiled(key, pattern, locale);
        List<Inline> constant = c.constantNodes;
        if (constant != null) return new FormattedText(key, locale, constant);
        // a check formats no arguments: its result must neither come from nor go into the result cache
        ResultKey rk = formatArgs && maxPatterns > 0 && !c.argNames.isEmpty() ? new ResultKey(c, arguments) : null;
        if (rk != null) {
            List<Inline> known = results.get(rk);
            if (known != null) return new FormattedText(key, locale, known);
        }
        ULocale ul = c.locale;
        boolean rtlText = ul.isRightToLeft();
        Map<String, Object> values = new HashMap<>();
        List<Inline.Arg> placeholders = new ArrayList<>();
        for (String name : c.argNames) {
            Arg a = arguments.get(name);
            if (a == null) {
                throw new MessageFormatException(key, MessageFormatException.Kind.ARGUMENT, "argument {" + name + "} is used in the pattern but not supplied", null);
            }
            if (c.numericArgs.contains(name)) {
                if (a instanceof NumberArg n) values.put(name, n.value());
                else if (a instanceof PercentArg p) values.put(name, p.percent());
                else if (a instanceof YearArg y) values.put(name, y.year());
                else throw new MessageFormatException(key, MessageFormatException.Kind.ARGUMENT, "argument {" + name + "} is used as a number (plural, "
                        + "selectordinal or number) but is a " + a.typeName() + "; use a number argument", null);
            } else {
                String text;
                try {
                    text = formatArgs ? args.format(a, ul) : "";
                } catch (RuntimeException e) {
                    throw new MessageFormatException(key, MessageFormatException.Kind.ARGUMENT, "argument {" + name + "} could not be formatted: " + e.getMessage(), e);
                }
                boolean isolate = rtlText || hasStrongRtl(text);
                placeholders.add(new Inline.Arg(name, text, isolate));
                values.put(name, String.valueOf(InlineMarkup.ARG_MARK) + (char) (InlineMarkup.ARG_BASE + placeholders.size() - 1));
            }
        }
        String out;
        MessageFormat mf = c.take();
        try {
            out = mf.format(values);
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(key, MessageFormatException.Kind.ARGUMENT, "ICU could not format the pattern: " + e.getMessage(), e);
        } finally {
            c.give(mf);
        }
        FormattedText result;
        try {
            result = new FormattedText(key, locale, InlineMarkup.parse(out, placeholders));
        } catch (MarkupException e) {
            throw new MessageFormatException(key, MessageFormatException.Kind.MARKUP, e.getMessage(), e);
        }
        // without arguments the result depends only on (locale, pattern): keep it with the compiled pattern;
        // with arguments, on (locale, pattern, arguments), all immutable: keep it too, bounded
        if (c.argNames.isEmpty()) {
            c.constantNodes = result.nodes();
        } else if (rk != null) {
            if (results.size() >= MAX_RESULTS) {
                var it = results.keySet().iterator();
                if (it.hasNext()) results.remove(it.next());
            }
            // the key keeps its own copy: a caller may reuse and change the map it passed
            results.putIfAbsent(new ResultKey(c, Map.copyOf(arguments)), result.nodes());
        }
        return result;
    }

    /** The number of compiled patterns currently cached (for tests and monitoring). */
    public int cachedPatterns() {
        return Math.max(0, cached.get());
    }

    private Compiled compiled(String key, String pattern, Locale locale) {
        Patterns ps = cache.get(locale);
        if (ps == null) {
            Patterns fresh = new Patterns(ULocale.forLocale(locale));
            if (maxPatterns == 0 || cache.size() >= MAX_LOCALES) return compile(key, pattern, fresh.locale);
            ps = cache.putIfAbsent(locale, fresh);
            if (ps == null) ps = fresh;
        }
        Compiled c = ps.byPattern.get(pattern);
        if (c != null) return c;
        c = compile(key, pattern, ps.locale);
        if (cached.get() >= maxPatterns) evictOne();
        Compiled prev = ps.byPattern.putIfAbsent(pattern, c);
        if (prev != null) return prev;
        cached.incrementAndGet();
        return c;
    }

    /** Bounded: drops an arbitrary pattern; the patterns of one site fit comfortably in the default bound. */
    private void evictOne() {
        for (Patterns ps : cache.values()) {
            var it = ps.byPattern.keySet().iterator();
            while (it.hasNext()) {
                if (ps.byPattern.remove(it.next()) != null) {
                    cached.decrementAndGet();
                    return;
                }
            }
        }
    }

    private static Compiled compile(String key, String pattern, ULocale locale) {
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch >= '\uE000' && ch <= '\uE1FF') {
                throw new MessageFormatException(key, MessageFormatException.Kind.SYNTAX, "private-use character U+" + Integer.toHexString(ch).toUpperCase(Locale.ROOT)
                        + " at offset " + i + " is not allowed in a message", null);
            }
        }
        MessagePattern mp;
        try {
            mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
            mp.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(key, MessageFormatException.Kind.SYNTAX, "ICU syntax error: " + e.getMessage(), e);
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        Set<String> numeric = new HashSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part namePart = mp.getPart(i + 1);
                String name = mp.getSubstring(namePart);
                if (namePart.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    throw new MessageFormatException(key, MessageFormatException.Kind.SYNTAX, "numbered argument {" + name + "}: use named arguments", null);
                }
                names.add(name);
                MessagePattern.ArgType t = p.getArgType();
                if (t == MessagePattern.ArgType.PLURAL || t == MessagePattern.ArgType.SELECTORDINAL
                        || t == MessagePattern.ArgType.CHOICE
                        || (t == MessagePattern.ArgType.SIMPLE && isNumberStyle(mp, i))) {
                    numeric.add(name);
                }
            }
        }
        MessageFormat mf;
        try {
            mf = new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(key, MessageFormatException.Kind.SYNTAX, "ICU syntax error: " + e.getMessage(), e);
        }
        return new Compiled(mf, locale, List.copyOf(names), Set.copyOf(numeric));
    }

    private static boolean isNumberStyle(MessagePattern mp, int argStart) {
        // ARG_START, ARG_NAME, ARG_TYPE ("number", "date", ...)
        MessagePattern.Part type = mp.getPart(argStart + 2);
        return type.getType() == MessagePattern.Part.Type.ARG_TYPE && "number".equals(mp.getSubstring(type));
    }

    private static boolean hasStrongRtl(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int d = UCharacter.getDirection(cp);
            if (d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The compiled patterns of one locale, by pattern, and its ICU locale. */
    private static final class Patterns {
        final ULocale locale;
        final ConcurrentHashMap<String, Compiled> byPattern = new ConcurrentHashMap<>();

        Patterns(ULocale locale) {
            this.locale = locale;
        }
    }

    /** A compiled pattern (by identity) and the arguments it was formatted with (immutable values). */
    private record ResultKey(Compiled compiled, Map<String, Arg> arguments) {}

    private static final class Compiled {
        final MessageFormat prototype;
        final ULocale locale;
        final List<String> argNames;
        final Set<String> numericArgs;
        final ConcurrentLinkedQueue<MessageFormat> pool = new ConcurrentLinkedQueue<>();
        /** The (immutable) nodes of a pattern without arguments once formatted; racing writers store equal lists. */
        volatile List<Inline> constantNodes;

        Compiled(MessageFormat prototype, ULocale locale, List<String> argNames, Set<String> numericArgs) {
            this.prototype = prototype;
            this.locale = locale;
            this.argNames = argNames;
            this.numericArgs = numericArgs;
        }

        MessageFormat take() {
            MessageFormat mf = pool.poll();
            return mf != null ? mf : prototype.clone();
        }

        void give(MessageFormat mf) {
            if (pool.size() < POOL_SIZE) pool.offer(mf);
        }
    }
}
