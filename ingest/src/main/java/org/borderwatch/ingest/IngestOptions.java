package org.borderwatch.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.core.document.SourceGrade;

/**
 * How to read a batch of inputs.
 *
 * @param format     the format of every input, or AUTO to decide per file
 * @param publisher  publisher for documents that do not name one, else null
 * @param grade      source grade for every document
 * @param csvColumns our field name to the CSV column holding it ({@code text=body,date=published});
 *                   unmapped fields are looked up under their own name
 * @param limits     size bounds
 * @param today      dates after this day are rejected as being in the future
 */
public record IngestOptions(
        Format format,
        String publisher,
        SourceGrade grade,
        Map<String, String> csvColumns,
        Limits limits,
        LocalDate today) {

    /** Fields a CSV or JSON object may carry. */
    public static final java.util.Set<String> FIELDS =
            java.util.Set.of("text", "title", "date", "url", "publisher", "id");

    public IngestOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(today, "today");
        csvColumns = Map.copyOf(csvColumns == null ? Map.of() : csvColumns);
        for (String field : csvColumns.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("--map names unknown field '" + field
                        + "'; fields are " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Format.AUTO, null, SourceGrade.F, Map.of(), Limits.DEFAULT, LocalDate.now());
    }
}
