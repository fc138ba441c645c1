package org.borderwatch.store.accountability;

import org.jdbi.v3.core.Handle;

/** Every analyst change to accountability records goes to {@code audit_log}: who, when, old and new. */
final class Audit {
    private static final String INSERT = """
            INSERT INTO audit_log (entity, entity_id, action, author, old_value, new_value)
            VALUES (:entity, :id, :action, :author, CAST(:old AS jsonb), CAST(:new AS jsonb))
            """;

    private Audit() {
    }

    /** @param oldJson and {@code newJson}: JSON objects, or null */
    static void record(Handle handle, String entity, long id, String action, String author, String oldJson, String newJson) {
        handle.createUpdate(INSERT).bind("entity", entity).bind("id", id).bind("action", action).bind("author", author)
                .bind("old", oldJson).bind("new", newJson).execute();
    }

    /** A flat JSON object from name/value pairs (values as strings, null kept). */
    static String json(Object... pairs) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(String.valueOf(pairs[i]))).append(':');
            Object v = pairs[i + 1];
            s.append(v == null ? "null" : v instanceof Number || v instanceof Boolean ? v.toString() : quote(v.toString()));
        }
        return s.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    static String requireAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("an analyst's change needs its author (--author)");
        }
        return author.strip();
    }
}
