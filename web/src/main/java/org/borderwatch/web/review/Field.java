package org.borderwatch.web.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.web.Problem;

/**
 * An editable field as analysts see it, stored in one or more columns: {@code killed} is
 * {@code killed_low, killed_best, killed_high}; {@code date} is earliest, latest and precision. Each
 * kind reads the columns into one text ("5-7", "2024-03") and parses an analyst's text back.
 */
enum Field {
    INCIDENT_TYPE("type", Kind.INCIDENT_TYPE, "incident_type"),
    STATEMENT_TYPE("type", Kind.STATEMENT_TYPE, "statement_type"),
    DATE("date", Kind.DATE, "date_earliest", "date_latest", "date_precision"),
    KILLED("killed", Kind.ESTIMATE, "killed_low", "killed_best", "killed_high"),
    INJURED("injured", Kind.ESTIMATE, "injured_low", "injured_best", "injured_high"),
    SPEAKER("speaker", Kind.TEXT, "speaker_mention"),
    ADDRESSEE("addressee", Kind.TEXT, "addressee_mention"),
    PROPOSITION("proposition", Kind.PROPOSITION, "proposition"),
    QUOTE("quote", Kind.TEXT, "quote"),
    NEGATED("negated", Kind.BOOLEAN, "negated"),
    CONDITION("condition", Kind.TEXT, "condition_text");

    enum Kind { TEXT, PROPOSITION, BOOLEAN, INCIDENT_TYPE, STATEMENT_TYPE, DATE, ESTIMATE }

    final String label;
    final Kind kind;
    final List<String> columns;

    Field(String label, Kind kind, String... columns) {
        this.label = label;
        this.kind = kind;
        this.columns = List.of(columns);
    }

    /** The stored columns as the analyst's text (null when empty). */
    String text(Map<String, Object> row) {
        Object first = row.get(columns.get(0));
        return switch (kind) {
            case TEXT, PROPOSITION, INCIDENT_TYPE, STATEMENT_TYPE -> first == null ? null
                    : kind == Kind.TEXT || kind == Kind.PROPOSITION ? first.toString() : first.toString().toLowerCase(Locale.ROOT);
            case BOOLEAN -> first == null ? null : first.toString();
            case DATE -> date(row);
            case ESTIMATE -> estimate(row);
        };
    }

    private String date(Map<String, Object> row) {
        Object e = row.get("date_earliest");
        if (e == null) {
            return null;
        }
        Object l = row.get("date_latest");
        String precision = String.valueOf(row.get("date_precision"));
        LocalDate earliest = LocalDate.parse(e.toString());
        return switch (precision) {
            case "MONTH" -> YearMonth.from(earliest).toString();
            case "YEAR" -> Integer.toString(earliest.getYear());
            case "DAY" -> earliest.toString();
            default -> l == null || l.toString().equals(e.toString()) ? earliest.toString() : earliest + "/" + l;
        };
    }

    private String estimate(Map<String, Object> row) {
        Object best = row.get(columns.get(1));
        if (best == null) {
            return null;
        }
        Object low = row.get(columns.get(0));
        Object high = row.get(columns.get(2));
        String l = low == null ? best.toString() : low.toString();
        if (high == null) {
            return l + "+";
        }
        if (l.equals(high.toString())) {
            return best.toString();
        }
        return l + "/" + best + "/" + high;
    }

    /** The analyst's text as column values; a bad value is a 400 naming {@code changes.<label>}. */
    Map<String, Object> parse(String value) {
        String v = value == null ? "" : value.strip();
        String param = "changes." + label;
        Map<String, Object> out = new LinkedHashMap<>();
        if (v.isEmpty()) {
            if (kind == Kind.INCIDENT_TYPE || kind == Kind.STATEMENT_TYPE || kind == Kind.BOOLEAN) {
                throw Problem.badParameter(param, "cannot be empty");
            }
            columns.forEach(c -> out.put(c, null));
            return out;
        }
        if (v.length() > 2000) {
            throw Problem.badParameter(param, "longer than 2000 characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw Problem.badParameter(param, "contains a control character");
        }
        switch (kind) {
            case TEXT -> out.put(columns.get(0), v);
            case PROPOSITION -> out.put(columns.get(0), v.toLowerCase(Locale.ROOT));
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw Problem.badParameter(param, "must be true or false, was '" + v + "'");
                }
                out.put(columns.get(0), Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)));
            }
            case INCIDENT_TYPE -> out.put(columns.get(0), constant(param, v, IncidentType.class));
            case STATEMENT_TYPE -> out.put(columns.get(0), constant(param, v, StatementType.class));
            case DATE -> parseDate(param, v, out);
            case ESTIMATE -> parseEstimate(param, v, out);
        }
        return out;
    }

    private static <E extends Enum<E>> String constant(String param, String v, Class<E> type) {
        String name = v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return name;
            }
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw Problem.badParameter(param, "must be one of " + String.join(", ", names) + ", was '" + v + "'");
    }

    private static void parseDate(String param, String v, Map<String, Object> out) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                put(out, d, d, "DAY");
            } else if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                put(out, m.atDay(1), m.atEndOfMonth(), "MONTH");
            } else if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                put(out, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "YEAR");
            } else if (v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate a = LocalDate.parse(v.substring(0, 10));
                LocalDate b = LocalDate.parse(v.substring(11));
                if (b.isBefore(a)) {
                    throw Problem.badParameter(param, "the range ends before it starts: '" + v + "'");
                }
                put(out, a, b, "APPROXIMATE");
            } else {
                throw Problem.badParameter(param, "must be YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO dates, was '" + v + "'");
            }
        } catch (java.time.DateTimeException e) {
            throw Problem.badParameter(param, "not a valid date: '" + v + "'");
        }
    }

    private static void put(Map<String, Object> out, LocalDate earliest, LocalDate latest, String precision) {
        out.put("date_earliest", earliest);
        out.put("date_latest", latest);
        out.put("date_precision", precision);
    }

    /** "6", "12+" (at least), "5-7" (best the middle), "5/6/7" (low/best/high). */
    private void parseEstimate(String param, String v, Map<String, Object> out) {
        int low;
        int best;
        Integer high;
        try {
            if (v.matches("\\d{1,6}")) {
                low = best = Integer.parseInt(v);
                high = low;
            } else if (v.matches("\\d{1,6}\\+")) {
                low = best = Integer.parseInt(v.substring(0, v.length() - 1));
                high = null;
            } else if (v.matches("\\d{1,6}\\s*[-–]\\s*\\d{1,6}")) {
                String[] p = v.split("\\s*[-–]\\s*");
                low = Integer.parseInt(p[0]);
                high = Integer.parseInt(p[1]);
                best = (low + high) / 2;
            } else if (v.matches("\\d{1,6}/\\d{1,6}/\\d{1,6}")) {
                String[] p = v.split("/");
                low = Integer.parseInt(p[0]);
                best = Integer.parseInt(p[1]);
                high = Integer.parseInt(p[2]);
            } else {
                throw Problem.badParameter(param, "must be a number (6), at least (12+), a range (5-7) or low/best/high "
                        + "(5/6/7), was '" + v + "'");
            }
        } catch (NumberFormatException e) {
            throw Problem.badParameter(param, "not a number: '" + v + "'");
        }
        if (best < low || (high != null && high < best)) {
            throw Problem.badParameter(param, "needs low <= best <= high, was '" + v + "'");
        }
        out.put(columns.get(0), low);
        out.put(columns.get(1), best);
        out.put(columns.get(2), high);
    }
}
