package org.borderwatch.web.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Results by key and PostgreSQL snapshot. Two transactions with the same snapshot (xmin, xmax and the
 * transactions then in progress) see exactly the same committed data, so a cached result is never
 * stale: any commit since gives a new snapshot, and a miss. Use it in a REPEATABLE READ transaction
 * before any other statement, so that the snapshot read is the one the computation runs in.
 */
final class SnapshotCache<K, V> {
    private final Map<List<Object>, V> entries;

    SnapshotCache(int size) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, V> eldest) {
                return size() > size;
            }
        });
    }

    V get(Handle h, K key, Supplier<V> compute) {
        String snapshot = h.createQuery("SELECT CAST(pg_current_snapshot() AS text)").mapTo(String.class).one();
        List<Object> k = List.of(key, snapshot);
        V cached = entries.get(k);
        if (cached != null) {
            return cached;
        }
        V value = compute.get();
        entries.put(k, value);
        return value;
    }
}
