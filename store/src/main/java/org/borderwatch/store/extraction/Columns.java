package org.borderwatch.store.extraction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How the records' values sit in columns: a count in {@code x_low, x_best, x_high} (high NULL when
 * open-ended), a date in {@code date_earliest, date_latest, date_precision}.
 */
public final class Columns {
    private Columns() {
    }

    public static <S extends SqlStatement<S>> S bindCount(S statement, String prefix, Optional<Count> count) {
        return statement
                .bind(prefix + "Low", count.map(Count::low).orElse(null))
                .bind(prefix + "Best", count.map(Count::best).orElse(null))
                .bind(prefix + "High", count.filter(c -> c.high() != Count.OPEN).map(Count::high).orElse(null));
    }

    public static <S extends SqlStatement<S>> S bindDate(S statement, Optional<FuzzyDate> date) {
        return statement
                .bind("dateEarliest", date.map(FuzzyDate::earliest).orElse(null))
                .bind("dateLatest", date.map(FuzzyDate::latest).orElse(null))
                .bind("datePrecision", date.map(d -> d.precision().name()).orElse(null));
    }

    public static <S extends SqlStatement<S>> S bindSpan(S statement, String prefix, Optional<Span> span) {
        return statement
                .bind(prefix + "Start", span.map(Span::start).orElse(null))
                .bind(prefix + "End", span.map(Span::end).orElse(null));
    }

    /** Reads a count; a stored best without low is exact at its low end, without high open-ended. */
    public static Optional<Count> count(ResultSet rs, String prefix) throws SQLException {
        Integer best = integer(rs, prefix + "_best");
        if (best == null) {
            return Optional.empty();
        }
        Integer low = integer(rs, prefix + "_low");
        Integer high = integer(rs, prefix + "_high");
        return Optional.of(new Count(low == null ? best : low, best, high == null ? Count.OPEN : high));
    }

    /** Reads a victim count from V2's best column and V3's range columns. */
    public static Optional<Count> victimCount(ResultSet rs, String name) throws SQLException {
        Integer best = integer(rs, name);
        if (best == null) {
            return Optional.empty();
        }
        Integer low = integer(rs, name + "_low");
        Integer high = integer(rs, name + "_high");
        return Optional.of(new Count(low == null ? best : low, best, high == null ? Count.OPEN : high));
    }

    /** Reads a date; a missing end is the start, a missing precision is DAY or APPROXIMATE. */
    public static Optional<FuzzyDate> date(ResultSet rs) throws SQLException {
        LocalDate earliest = rs.getObject("date_earliest", LocalDate.class);
        if (earliest == null) {
            return Optional.empty();
        }
        LocalDate latest = rs.getObject("date_latest", LocalDate.class);
        LocalDate end = latest == null ? earliest : latest;
        String precision = rs.getString("date_precision");
        DatePrecision p = precision != null ? DatePrecision.valueOf(precision)
                : earliest.equals(end) ? DatePrecision.DAY : DatePrecision.APPROXIMATE;
        return Optional.of(new FuzzyDate(earliest, end, p));
    }

    /** The first-evidence columns {@code ev_document, ev_start, ev_end, ev_sentence, ev_quote}. */
    public static Optional<Evidence> evidence(ResultSet rs) throws SQLException {
        long document = rs.getLong("ev_document");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(document, new Span(rs.getInt("ev_start"), rs.getInt("ev_end")),
                rs.getInt("ev_sentence"), rs.getString("ev_quote")));
    }

    public static Optional<DocumentRef> document(ResultSet rs) throws SQLException {
        long id = rs.getLong("doc_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentRef(id, Optional.ofNullable(rs.getString("doc_title")),
                Optional.ofNullable(rs.getObject("doc_published", LocalDate.class))));
    }

    /**
     * The place columns {@code place_id, place_geonames_id, place_name, place_country, place_admin1,
     * place_admin2, place_latitude, place_longitude, place_precision, place_border_km, place_nearest_border}.
     */
    public static Optional<StoredPlace> place(ResultSet rs) throws SQLException {
        long id = rs.getLong("place_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new StoredPlace(id, rs.getObject("place_geonames_id", Long.class), rs.getString("place_name"),
                rs.getString("place_country"), rs.getString("place_admin1"), rs.getString("place_admin2"),
                rs.getObject("place_latitude", Double.class), rs.getObject("place_longitude", Double.class),
                rs.getString("place_precision"), rs.getObject("place_border_km", Double.class),
                rs.getString("place_nearest_border")));
    }

    public static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Rows of a child table grouped by their parent id (the query's first column), in query order; a row
     * the reader maps to null is left out.
     */
    public static <T> Map<Long, List<T>> children(Handle handle, String sql, List<Long> ids, RowReader<T> reader) {
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
