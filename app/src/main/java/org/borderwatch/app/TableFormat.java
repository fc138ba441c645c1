package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;

/** Rows as aligned text columns for a terminal, long values clipped with an ellipsis. */
final class TableFormat {
    private TableFormat() {
    }

    static <T> void print(PrintWriter out, List<Column<T>> columns, List<T> rows) {
        List<Column<T>> shown = columns.stream().filter(c -> c.width() > 0).toList();
        out.println(line(shown, Column::label));
        for (T row : rows) {
            out.println(line(shown, c -> {
                String text = c.text(row);
                return text == null || text.isBlank() ? "-" : text;
            }));
        }
    }

    private static <T> String line(List<Column<T>> columns, java.util.function.Function<Column<T>, String> cell) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column<T> c = columns.get(i);
            String text = oneLine(cell.apply(c));
            boolean last = i == columns.size() - 1;
            line.append(last ? clip(text, c.width()) : pad(clip(text, c.width()), c.width()));
            if (!last) {
                line.append(' ');
            }
        }
        return line.toString().stripTrailing();
    }

    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
