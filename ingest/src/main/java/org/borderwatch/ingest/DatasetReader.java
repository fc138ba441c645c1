package org.borderwatch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an event dataset's CSV export (UCDP GED, ACLED) as one {@link DatasetRecord} per event. A bad
 * row is reported with its row number and the rest go on; rows that are not armed violence (ACLED's
 * peaceful protests, agreements…) are reported as skipped. A file that is not such an export (no
 * header, required columns missing) is refused as a whole, naming what is missing.
 */
public final class DatasetReader {
    /** A row longer than this is a broken quote swallowing the file, not an event. */
    private static final long MAX_ROW_CHARS = 1_000_000;

    /** The datasets we read, with the id their reports carry and the format their record documents have. */
    public enum Dataset {
        UCDP_GED("ucdp-ged", "UCDP GED", new UcdpGedRows()),
        ACLED("acled", "ACLED", new AcledRows());

        private final String id;
        private final String label;
        private final RowMapper rows;

        Dataset(String id, String label, RowMapper rows) {
            this.id = id;
            this.label = label;
            this.rows = rows;
        }

        /** Stored as {@code incident.source_dataset} and the first part of report keys. */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The format of the documents that render its records; extraction leaves them alone. */
        public String format() {
            return "dataset:" + id;
        }
    }

    /** What reading a file gives: events, rows rejected and rows skipped, each with where it was. */
    public interface Listener {
        void record(DatasetRecord record);

        /** @param where {@code file:row N} */
        void rejected(String where, String problem);

        void skipped(String where, String reason);
    }

    /** How one dataset's row becomes a record. */
    interface RowMapper {
        List<String> required();

        /** Empty when the row is an event we do not record; throws {@link DatasetRow.BadCell} for a bad row. */
        Optional<DatasetRecord> map(DatasetRow row, String file, String where);
    }

    private DatasetReader() {
    }

    /**
     * Reads every row of the file, in order; returns how many data rows it had.
     *
     * @throws IllegalArgumentException when the file is not this dataset's export (no header, columns missing)
     * @throws UncheckedIOException     when it cannot be read
     */
    public static long read(Dataset dataset, Path file, Listener listener) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": " + (Files.exists(file) ? Problems.NOT_REGULAR_FILE
                    : Problems.NO_SUCH_FILE));
        }
        FileInput input;
        TextEncoding encoding;
        try {
            input = new FileInput(file, Files.size(file));
            encoding = TextEncoding.forInput(input, TextEncoding.readHead(input, 4));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + Problems.cannotRead(e.getMessage()), e);
        }
        try (RecordSizeGuard guard = new RecordSizeGuard(encoding.openReader(input), MAX_ROW_CHARS);
             CSVParser parser = parse(guard, file)) {
            DatasetRow.Header header = new DatasetRow.Header(parser.getHeaderNames());
            List<String> missing = header.missing(dataset.rows.required());
            if (parser.getHeaderNames().isEmpty() || !missing.isEmpty()) {
                throw new IllegalArgumentException(file + " is not a " + dataset.label() + " CSV export: no column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + " (found: " + shorten(String.join(", ", parser.getHeaderNames())) + ")");
            }
            guard.recordDone();
            return rows(dataset, file, parser, header, guard, listener);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + Problems.cannotRead(e.getMessage()), e);
        }
    }

    private static CSVParser parse(Reader reader, Path file) throws IOException {
        try {
            return CsvFormatReader.FORMAT.parse(reader);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": " + Problems.csvBadHeader(e.getMessage()), e);
        }
    }

    private static long rows(Dataset dataset, Path file, CSVParser parser, DatasetRow.Header header,
                             RecordSizeGuard guard, Listener listener) {
        Map<String, Long> seen = new HashMap<>();
        Iterator<CSVRecord> records = parser.iterator();
        long row = 0;
        while (true) {
            String where = file + ":row " + (row + 1);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return row;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                boolean tooLong = e.getCause() instanceof RecordSizeGuard.RecordTooLongException;
                listener.rejected(where, tooLong ? Problems.csvRowTooLong(MAX_ROW_CHARS)
                        : Problems.csvSyntax(e.getCause().getMessage()) + "; the rest of the file is not read");
                return row + 1;
            }
            guard.recordDone();
            row++;
            try {
                Optional<DatasetRecord> r = dataset.rows.map(new DatasetRow(header, record), file.toString(), where);
                if (r.isEmpty()) {
                    listener.skipped(where, "not an act of armed violence (" + describe(record, header) + ")");
                    continue;
                }
                Long first = seen.putIfAbsent(r.get().recordId(), row);
                if (first != null) {
                    listener.rejected(where, "event " + r.get().recordId() + " appears twice in the file (first at row "
                            + first + ")");
                    continue;
                }
                listener.record(r.get());
            } catch (DatasetRow.BadCell | IllegalArgumentException e) {
                listener.rejected(where, e.getMessage());
            }
        }
    }

    private static String describe(CSVRecord record, DatasetRow.Header header) {
        DatasetRow r = new DatasetRow(header, record);
        return r.text("event_type").orElse("?") + ": " + r.text("sub_event_type").orElse("?");
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }
}
