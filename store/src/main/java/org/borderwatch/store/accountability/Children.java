package org.borderwatch.store.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Rows of a child table grouped by their parent id (the query's first column), in query order; a row
 * the reader maps to null is left out.
 */
final class Children {
    private Children() {
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> Map<Long, List<T>> of(Handle handle, String sql, List<Long> ids, RowReader<T> reader) {
        Map<Long, List<T>> byParent = new HashMap<>();
        if (ids.isEmpty()) {
            return byParent;
        }
        handle.createQuery(sql)
                .bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), reader.read(rs)})
                .forEach(e -> {
                    if (e[1] != null) {
                        @SuppressWarnings("unchecked")
                        T value = (T) e[1];
                        byParent.computeIfAbsent((Long) e[0], k -> new ArrayList<>()).add(value);
                    }
                });
        return byParent;
    }
}
