package io.healthpage.jakarta;

import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The bounded cache of rendered bodies. Keys are built only from the content's own ids, versions and
 * negotiated (available) locales, never from raw request input, so a client cannot grow it; the bound
 * still holds whatever the content is: past {@code maxEntries}, other entries (in no particular order)
 * are evicted when a new one is kept. A body is rendered at most once per key at a time
 * (concurrent first requests wait for the one render). Thread-safe.
 */
final class RenderCache {
    /** What a body depends on: the kind, the article, its content and bundle versions, the negotiated locale. */
    record Key(Rendered.Kind kind, String id, String version, Locale locale) {}

    private final int maxEntries;
    private final ConcurrentHashMap<Key, Rendered> map = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    RenderCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Rendered get(Key key, Supplier<Rendered> render) {
        Rendered r = map.get(key);
        if (r != null) {
            hits.increment();
            return r;
        }
        boolean[] rendered = new boolean[1];
        r = map.computeIfAbsent(key, k -> {
            rendered[0] = true;
            return render.get();
        });
        if (rendered[0]) {
            misses.increment();
            trim(key);
        } else {
            hits.increment();
        }
        return r;
    }

    private void trim(Key keep) {
        if (map.size() <= maxEntries) return;
        Iterator<Key> it = map.keySet().iterator();
        while (map.size() > maxEntries && it.hasNext()) {
            Key k = it.next();
            if (!k.equals(keep)) it.remove();
        }
    }

    HealthContent.CacheStats stats() {
        return new HealthContent.CacheStats(hits.sum(), misses.sum(), map.size(), maxEntries);
    }
}
