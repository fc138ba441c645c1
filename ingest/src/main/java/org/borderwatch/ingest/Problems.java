package org.borderwatch.ingest;

import java.time.LocalDate;

/**
 * Every rejection message in one place, so that the wording users see (and README documents) stays
 * consistent across readers.
 */
final class Problems {
    static final String NO_SUCH_FILE = "no such file or directory";
    static final String NOT_REGULAR_FILE = "not a regular file";
    static final String SYMLINKED_DIRECTORY = "symbolic link to a directory is not followed";
    static final String BINARY = "binary file (not text)";
    static final String EMPTY = "empty document (no text)";
    static final String NOT_JSON_OBJECT = "line is not a JSON object";
    static final String NO_TEXT_FIELD = "no \"text\" field";
    static final String TEXT_NOT_STRING = "\"text\" is not a string";
    static final String CSV_NO_HEADER = "CSV file has no header row";
    static final String CSV_NO_ROWS = "CSV file has a header but no rows";
    static final String LINE_FORMAT_HEADER =
            "line format needs a first line 'date YYYY-MM-DD TITLE. text'";
    static final String ENTRY_ESCAPES = "entry path escapes the archive";
    static final String NESTED_ARCHIVE = "archive inside an archive is not opened";
    static final String NOT_ZIP = "not a zip archive";

    private Problems() {
    }

    static String cannotRead(String reason) {
        return "cannot read: " + reason;
    }

    static String documentTooLong(long chars, int limit) {
        return "document text is " + chars + " characters, over the limit of " + limit;
    }

    static String fileTooLarge(long bytes, long limit) {
        return "file is " + bytes + " bytes, over the limit of " + limit + " bytes for a single-document file";
    }

    static String future(LocalDate date) {
        return "publication date " + date + " is in the future";
    }

    static String unparseableDate(String value) {
        return "unparseable date '" + shorten(value, 60)
                + "' (expected yyyy-MM-dd, an ISO date-time, MM/dd/yyyy or MM/dd/yyyy HH:mm:ss)";
    }

    static String malformedJson(int column, String detail) {
        return "malformed JSON at column " + column + ": " + shorten(detail, 200);
    }

    static String lineTooLong(long limit) {
        return "line is longer than " + limit + " characters; skipped";
    }

    static String csvMissingColumn(String column, String field, String present) {
        return "no column '" + column + "' for field " + field + "; columns present: " + shorten(present, 400);
    }

    static String csvShortRow(int cells, int columns) {
        return "row has " + cells + " cells but the header has " + columns + " columns";
    }

    static String csvSyntax(String detail) {
        return "CSV syntax error: " + shorten(detail, 200) + "; rest of the file skipped";
    }

    static String csvRowTooLong(long limit) {
        return "row is longer than " + limit + " characters; rest of the file skipped";
    }

    static String csvBadHeader(String detail) {
        return "unreadable CSV header: " + shorten(detail, 200);
    }

    static String entryTooLarge(long limit) {
        return "entry expands to more than " + limit + " bytes (file size limit)";
    }

    static String zipBomb(int ratio) {
        return "entry expands more than " + ratio
                + " times its compressed size (possible zip bomb); rest of the archive skipped";
    }

    static String archiveTooLarge(long limit) {
        return "archive expands to more than " + limit + " bytes; rest of the archive skipped";
    }

    static String tooManyEntries(int limit) {
        return "archive has more than " + limit + " entries; rest of the archive skipped";
    }

    static String unreadableZip(String detail) {
        return "unreadable zip archive: " + shorten(detail, 200) + "; rest of the archive skipped";
    }

    static String unexpected(Throwable e) {
        return "could not read input: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage(), 200));
    }

    /** Keeps hostile input from turning a message into a wall of text. */
    static String shorten(String s, int max) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
