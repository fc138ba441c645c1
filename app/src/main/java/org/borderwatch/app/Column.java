package org.borderwatch.app;

import java.util.Locale;
import java.util.function.Function;

/**
 * One column of a listing: its CSV header (null: table only), its table label and width (0: CSV only;
 * the last table column takes what it needs), and how to read its value from a row (null prints as
 * empty, "-" in tables).
 */
record Column<T>(String name, String label, int width, Function<T, Object> value) {
    static <T> Column<T> of(String name, int width, Function<T, Object> value) {
        return new Column<>(name, name.toUpperCase(Locale.ROOT), width, value);
    }

    static <T> Column<T> of(String name, String label, int width, Function<T, Object> value) {
        return new Column<>(name, label, width, value);
    }

    static <T> Column<T> csv(String name, Function<T, Object> value) {
        return new Column<>(name, null, 0, value);
    }

    static <T> Column<T> table(String label, int width, Function<T, Object> value) {
        return new Column<>(null, label, width, value);
    }

    String text(T row) {
        Object v = value.apply(row);
        return v == null ? null : v.toString();
    }

    /** The lists one after the other, for listings built from shared groups of columns. */
    @SafeVarargs
    static <T> java.util.List<Column<T>> concat(java.util.List<Column<T>>... parts) {
        java.util.List<Column<T>> out = new java.util.ArrayList<>();
        for (java.util.List<Column<T>> p : parts) {
            out.addAll(p);
        }
        return java.util.List.copyOf(out);
    }
}
