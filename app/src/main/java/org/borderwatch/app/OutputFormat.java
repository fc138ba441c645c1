package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How a listing prints: an aligned table, CSV with a header row, or a JSON array. */
enum OutputFormat {
    TABLE, CSV, JSON;

    static OutputFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format must be table, csv or json, was '" + value + "'");
        }
    }

    /** Prints the rows; {@code views} are what JSON shows for them. */
    <T> void print(PrintWriter out, List<Column<T>> columns, List<T> rows, List<?> views) {
        switch (this) {
            case TABLE -> TableFormat.print(out, columns, rows);
            case CSV -> CsvFormat.print(out, columns, rows);
            case JSON -> out.println(Json.write(views));
        }
        out.flush();
    }
}
