package org.borderwatch.web.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.borderwatch.web.Problem;

/**
 * Where a page of the incident list ends, so that the next one starts after it without counting the rows
 * before (keyset paging): the last incident's sort value ({@code null} when it had none), its row id and
 * whether it is a report not consolidated yet (a report and a consolidated incident may share a row id,
 * each in its own table). As text {@code <value>~<c|r><id>}, with {@code -} for no value:
 * {@code 2019-05-03~c1234}, {@code 12~r98}; an id without a letter is a consolidated incident's.
 */
public record Cursor(String value, long id, boolean report) {
    public Cursor {
        if (id < 1) {
            throw new IllegalArgumentException("a cursor's id is positive, was " + id);
        }
    }

    /** @param sort the list's sort, which says what the value is (a date, or a number) */
    public static Cursor parse(String text, String sort) {
        int at = text.lastIndexOf('~');
        if (at < 1 || at == text.length() - 1) {
            throw Problem.badParameter("after", "not a cursor (VALUE~KEY, as the previous page's next link gives it): '"
                    + text + "'");
        }
        String value = text.substring(0, at);
        String key = text.substring(at + 1);
        boolean report = key.startsWith("r");
        if (report || key.startsWith("c")) {
            key = key.substring(1);
        }
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw Problem.badParameter("after", "the cursor's id is not a number: '" + text + "'");
        }
        if (id < 1) {
            throw Problem.badParameter("after", "the cursor's id is not positive: '" + text + "'");
        }
        if (value.equals("-")) {
            return new Cursor(null, id, report);
        }
        try {
            if (column(sort).equals("date_earliest")) {
                LocalDate.parse(value);
            } else {
                Integer.parseInt(value);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw Problem.badParameter("after", "the cursor's value '" + value + "' is not a "
                    + (column(sort).equals("date_earliest") ? "date" : "number") + " as sort " + sort + " needs");
        }
        return new Cursor(value, id, report);
    }

    /** The column of {@code inc} a sort orders by. */
    static String column(String sort) {
        return switch (sort.replace("-", "")) {
            case "killed" -> "killed_best";
            case "reports" -> "report_count";
            default -> "date_earliest";
        };
    }

    /** The value as the database compares it. */
    Object bindable(String sort) {
        return value == null ? null : column(sort).equals("date_earliest") ? LocalDate.parse(value) : Integer.parseInt(value);
    }

    @Override
    public String toString() {
        return (value == null ? "-" : value) + "~" + (report ? "r" : "c") + id;
    }
}
