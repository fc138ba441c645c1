package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
final class CsvFormat {
    private CsvFormat() {
    }

    static <T> void print(PrintWriter out, List<Column<T>> all, List<T> rows) {
        List<Column<T>> columns = all.stream().filter(c -> c.name() != null).toList();
        out.print(record(columns.stream().map(Column::name).toList()));
        for (T row : rows) {
            out.print(record(columns.stream().map(c -> c.text(row)).toList()));
        }
        out.flush();
    }

    static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
