package org.borderwatch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV with a header row, one document a row. Columns are found by name (case-insensitive), either
 * the user's mapping or the field's own name. Rows are numbered from 1 after the header, so origin
 * {@code events.csv:row 7} is the seventh data row.
 */
final class CsvFormatReader implements FormatReader {
    /** Header row, columns by name (duplicates and blanks allowed), empty lines skipped: shared with dataset exports. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .get();

    private final long maxRowChars;
    private final Map<String, String> columnForField;

    CsvFormatReader(IngestOptions options) {
        this.maxRowChars = options.limits().maxFileBytes();
        this.columnForField = options.csvColumns();
    }

    @Override
    public void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException {
        try (RecordSizeGuard guard = new RecordSizeGuard(encoding.openReader(input), maxRowChars);
             CSVParser parser = open(guard, input)) {
            CsvColumns columns = CsvColumns.of(parser.getHeaderNames(), columnForField);
            if (columns.isEmpty()) {
                throw new RejectedInputException(Problems.CSV_NO_HEADER);
            }
            columns.requireText();
            guard.recordDone();
            long row = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                String origin = input.origin() + ":row " + (row + 1);
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    boolean tooLong = e.getCause() instanceof RecordSizeGuard.RecordTooLongException;
                    throw new RejectedInputException(origin, tooLong
                            ? Problems.csvRowTooLong(maxRowChars) : Problems.csvSyntax(e.getCause().getMessage()));
                }
                guard.recordDone();
                row++;
                readRow(record, columns, origin, out);
            }
            if (row == 0) {
                out.reject(input.origin(), Problems.CSV_NO_ROWS);
            }
        }
    }

    private CSVParser open(Reader reader, Input input) throws IOException {
        try {
            return FORMAT.parse(reader);
        } catch (RecordSizeGuard.RecordTooLongException e) {
            throw new RejectedInputException(Problems.csvRowTooLong(maxRowChars));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RejectedInputException(input.origin(), Problems.csvBadHeader(e.getMessage()));
        }
    }

    private static void readRow(CSVRecord record, CsvColumns columns, String origin, DocumentAssembler out) {
        if (record.size() < columns.count()) {
            out.reject(origin, Problems.csvShortRow(record.size(), columns.count()));
            return;
        }
        try {
            out.accept(Draft.of(origin, Format.CSV, columns.value(record, "text"))
                    .withTitle(columns.value(record, "title"))
                    .withUrl(columns.value(record, "url"))
                    .withPublisher(columns.value(record, "publisher"))
                    .withExternalId(columns.value(record, "id"))
                    .withPublished(FieldDates.given(columns.value(record, "date"), origin)));
        } catch (RejectedInputException e) {
            out.reject(e.originOr(origin), e.getMessage());
        }
    }
}
