package io.healthpage.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The arguments of a {@link Message}: an unmodifiable, insertion-ordered copy without null keys or values that
 * remembers its hash code. Immutable and thread-safe (its values, {@link Arg} records, are immutable).
 *
 * <p>A message's arguments travel unchanged through localization ({@link Message#withText} and the other
 * copies) and are used as cache keys by the formatter and the localizer on every render: being recognized
 * as already copied, they are not copied again, and their hash is computed once.
 */
final class ArgMap extends AbstractMap<String, Arg> {
    private final Map<String, Arg> map;
    /** The hash code once computed, 0 before (as {@link String} does: racy but benign, every thread computes the same value). */
    private int hash;

    private ArgMap(Map<String, Arg> map) {
        this.map = map;
    }

    /** {@code values} itself when it is already one, else a checked copy; {@code key} names the message in errors. */
    static Map<String, Arg> of(Map<String, Arg> values, String key) {
        if (values instanceof ArgMap) return values;
        Map<String, Arg> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Arg> e : values.entrySet()) {
            if (e.getKey() == null) throw new NullPointerException("arguments of message '" + key + "' must not have a null key");
            if (e.getValue() == null) {
                throw new NullPointerException("arguments of message '" + key + "'[" + e.getKey() + "] must not be null");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return new ArgMap(Collections.unmodifiableMap(copy));
    }

    @Override
    public Arg get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Set<Map.Entry<String, Arg>> entrySet() {
        return map.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<Arg> values() {
        return map.values();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Arg> action) {
        map.forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = map.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
