package org.borderwatch.web.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.web.query.Views.DocRef;
import org.borderwatch.web.query.Views.Estimate;
import org.borderwatch.web.query.Views.EvidenceRef;
import org.borderwatch.web.query.Views.PlaceRef;

/** Reading the views' values from result columns named by the conventions of the schema. */
final class Rows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {
    }

    /** {@code prefix_low, prefix_best, prefix_high}; a missing low is the best, a missing high open-ended. */
    static Estimate estimate(ResultSet rs, String prefix) throws SQLException {
        Integer best = integer(rs, prefix + "_best");
        if (best == null) {
            return null;
        }
        Integer low = integer(rs, prefix + "_low");
        return new Estimate(low == null ? best : low, best, integer(rs, prefix + "_high"));
    }

    static FuzzyDate date(ResultSet rs) throws SQLException {
        LocalDate earliest = rs.getObject("date_earliest", LocalDate.class);
        if (earliest == null) {
            return null;
        }
        LocalDate latest = rs.getObject("date_latest", LocalDate.class);
        LocalDate end = latest == null ? earliest : latest;
        String p = rs.getString("date_precision");
        DatePrecision precision = p != null ? DatePrecision.valueOf(p)
                : earliest.equals(end) ? DatePrecision.DAY : DatePrecision.APPROXIMATE;
        return new FuzzyDate(earliest, end, precision);
    }

    static String iso(FuzzyDate date) {
        return date == null ? null : date.iso();
    }

    static String precision(FuzzyDate date) {
        return date == null ? null : lower(date.precision().name());
    }

    /** Columns {@code pl_id, pl_name, …} of a joined place row; null when there is none. */
    static PlaceRef place(ResultSet rs, String precision) throws SQLException {
        long id = rs.getLong("pl_id");
        if (rs.wasNull()) {
            return null;
        }
        Double km = rs.getObject("pl_border_km", Double.class);
        return new PlaceRef(id, rs.getString("pl_name"), rs.getString("pl_country"), rs.getString("pl_admin1"),
                rs.getString("pl_admin2"), rs.getObject("pl_latitude", Double.class),
                rs.getObject("pl_longitude", Double.class), lower(precision != null ? precision : rs.getString("pl_precision")),
                km == null ? null : Math.round(km * 10) / 10.0, rs.getString("pl_nearest_border"),
                rs.getObject("pl_geonames_id", Long.class));
    }

    static final String PLACE_COLUMNS = """
            pl.id AS pl_id, pl.name AS pl_name, pl.country AS pl_country, pl.admin1 AS pl_admin1, pl.admin2 AS pl_admin2,
            pl.latitude AS pl_latitude, pl.longitude AS pl_longitude, pl.precision AS pl_precision,
            pl.border_km AS pl_border_km, pl.nearest_border AS pl_nearest_border, pl.geonames_id AS pl_geonames_id""";

    static DocRef document(ResultSet rs) throws SQLException {
        long id = rs.getLong("doc_id");
        if (rs.wasNull()) {
            return null;
        }
        return new DocRef(id, rs.getString("doc_title"), rs.getObject("doc_published", LocalDate.class),
                rs.getString("doc_publisher"));
    }

    static EvidenceRef evidence(ResultSet rs) throws SQLException {
        return new EvidenceRef(rs.getLong("ev_id"), rs.getLong("ev_document"), rs.getInt("ev_start"),
                rs.getInt("ev_end"), rs.getInt("ev_sentence"), rs.getString("ev_quote"));
    }

    static JsonNode json(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        if (s == null) {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new SQLException("unreadable JSON in " + column, e);
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
