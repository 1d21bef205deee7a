package io.healthpage.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks with messages that say which value was wrong and what is expected
 * (in the spirit of jsoup's {@code Validate}).
 *
 * <p>The rule for the whole project (see {@code CONTRIBUTING.md}): a required argument that is
 * {@code null} throws {@link NullPointerException} naming the argument
 * ({@code Objects.requireNonNull(x, "name")}, as the JDK's own collections and records do); a non-null
 * argument with a value that is not allowed throws {@link IllegalArgumentException} saying what is
 * expected (the methods here).
 *
 * <p>Internal: {@code module-info} exports this package only to the other healthpage modules, so it is
 * not part of the public API and may change without notice.
 */
public final class Validate {
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+");

    private Validate() {}

    /** {@code value}, which must not be null (NPE naming {@code what}) or blank (IllegalArgumentException). */
    public static String notBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return value;
    }

    /** An id: lower-case letters, digits and inner hyphens ("ketamine-pain-relief"). */
    public static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!isId(value)) {
            throw new IllegalArgumentException(what + " \"" + value
                    + "\" is not a valid id: use lower-case letters, digits and hyphens (for example \"side-effects\")");
        }
        return value;
    }

    /** Whether {@code value} is an id as {@link #id} accepts it; false for null. */
    public static boolean isId(String value) {
        // [a-z0-9](?:[a-z0-9-]*[a-z0-9])? without a regex: ids are checked for every part of every article built
        if (value == null || value.isEmpty()) return false;
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (c != '-' || i == 0 || i == last)) return false;
        }
        return true;
    }

    /** A message key: letters, digits, '.', '_' and '-', starting and ending with a letter or digit. */
    public static String key(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!isKey(value)) {
            throw new IllegalArgumentException(what + " \"" + value
                    + "\" is not a valid message key: use letters, digits, '.', '_' and '-' (for example \"section.risks.heading\")");
        }
        return value;
    }

    /** Whether {@code value} is a message key as {@link #key} accepts it; false for null. */
    public static boolean isKey(String value) {
        // [A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])? without a regex: every message of every article built is checked
        if (value == null || value.isEmpty()) return false;
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && ((c != '.' && c != '_' && c != '-') || i == 0 || i == last)) return false;
        }
        return true;
    }

    /** A checker rule id: lower case, a group and a name separated by a dot ("link.vague-text", "house.banned-term"). */
    public static String ruleId(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!RULE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " \"" + value
                    + "\" is not a valid rule id: use lower case with a group, like \"house.banned-term\"");
        }
        return value;
    }

    /** An unmodifiable copy that rejects null elements. */
    public static <T> List<T> list(List<T> values, String what) {
        if (values == null) return List.of();
        if (values.isEmpty()) return Collections.emptyList();
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null) throw new NullPointerException(what + "[" + i + "] must not be null");
            copy.add(v);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable, order-preserving copy that rejects null keys and values. */
    public static <K, V> Map<K, V> map(Map<K, V> values, String what) {
        if (values == null) return Map.of();
        if (values.isEmpty()) return Collections.emptyMap();
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<K, V> e : values.entrySet()) {
            if (e.getKey() == null) throw new NullPointerException(what + " must not have a null key");
            if (e.getValue() == null) throw new NullPointerException(what + "[" + e.getKey() + "] must not be null");
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }
}
