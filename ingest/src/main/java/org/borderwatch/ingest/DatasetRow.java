package org.borderwatch.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** One row of a dataset's CSV export, its cells by column name, read with the checks every dataset needs. */
final class DatasetRow {
    /** A cell that cannot be read as its column needs; the row is rejected with this message. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message);
        }
    }

    /** Column indexes by lower-case name, from the header row. */
    static final class Header {
        private final Map<String, Integer> index = new HashMap<>();

        Header(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i) == null ? "" : names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                index.putIfAbsent(n, i);
            }
        }

        List<String> missing(List<String> required) {
            return required.stream().filter(c -> !index.containsKey(c)).toList();
        }
    }

    private final Header header;
    private final CSVRecord record;

    DatasetRow(Header header, CSVRecord record) {
        this.header = header;
        this.record = record;
    }

    /** The cleaned cell, or empty when the column is absent or the cell blank. */
    Optional<String> text(String column) {
        Integer i = header.index.get(column);
        if (i == null || i >= record.size()) {
            return Optional.empty();
        }
        String v = RecordText.clean(record.get(i));
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(String column) {
        return text(column).orElseThrow(() -> new BadCell(column + " is empty"));
    }

    Optional<Integer> integer(String column) {
        Optional<String> v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < 0) {
                throw new BadCell(column + " " + n + " is negative");
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw new BadCell(column + " '" + shorten(v.get()) + "' is not a whole number");
        }
    }

    int requiredInteger(String column) {
        return integer(column).orElseThrow(() -> new BadCell(column + " is empty"));
    }

    double coordinate(String column, double limit) {
        String v = required(column);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= -limit && d <= limit)) {
                throw new BadCell(column + " " + v + " is out of range (-" + (int) limit + " to " + (int) limit + ")");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadCell(column + " '" + shorten(v) + "' is not a number");
        }
    }

    /** A date in any form {@link FieldDates} reads, or in the extra patterns given. */
    LocalDate date(String column, List<java.time.format.DateTimeFormatter> extra) {
        String v = required(column);
        Optional<LocalDate> d = FieldDates.parse(v);
        for (int k = 0; d.isEmpty() && k < extra.size(); k++) {
            try {
                d = Optional.of(LocalDate.parse(v, extra.get(k)));
            } catch (java.time.DateTimeException e) {
                // try the next form
            }
        }
        return d.orElseThrow(() -> new BadCell(column + " '" + shorten(v) + "' is not a date"));
    }

    int size() {
        return record.size();
    }

    private static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 39) + "…";
    }
}
