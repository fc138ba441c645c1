package org.borderwatch.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Which CSV column holds each of our fields, resolved once from the header row. */
final class CsvColumns {
    private final List<String> header;
    private final Map<String, String> columnForField;
    private final Map<String, Integer> indexOfField = new HashMap<>();

    private CsvColumns(List<String> header, Map<String, String> columnForField) {
        this.header = header;
        this.columnForField = columnForField;
        for (String field : IngestOptions.FIELDS) {
            int index = find(columnName(field));
            if (index >= 0) {
                indexOfField.put(field, index);
            }
        }
    }

    static CsvColumns of(List<String> header, Map<String, String> columnForField) {
        List<String> cleaned = header.stream().map(h -> h == null ? "" : h.replace("\uFEFF", "").strip()).toList();
        return new CsvColumns(cleaned, columnForField);
    }

    boolean isEmpty() {
        return header.isEmpty() || header.stream().allMatch(String::isEmpty);
    }

    int count() {
        return header.size();
    }

    /** Without a text column no row can become a document, so the whole file is refused. */
    void requireText() {
        if (!indexOfField.containsKey("text")) {
            throw new RejectedInputException(Problems.csvMissingColumn(
                    columnName("text"), "text", String.join(", ", header)));
        }
    }

    /** The field's cell in this row, or null when the file has no such column. */
    String value(CSVRecord record, String field) {
        Integer index = indexOfField.get(field);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private String columnName(String field) {
        return columnForField.getOrDefault(field, field);
    }

    private int find(String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(column.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
