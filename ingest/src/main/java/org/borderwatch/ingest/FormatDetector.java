package org.borderwatch.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Chooses the reader for an input when the user asked for AUTO: by extension, then by content. */
final class FormatDetector {
    private static final Pattern LINE_HEADER = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2} .*");

    private FormatDetector() {
    }

    static Format detect(Format requested, String fileName, String headText) {
        if (requested != Format.AUTO) {
            return requested;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        switch (extension(lower)) {
            case "jsonl", "ndjson":
                return Format.JSONL;
            case "csv":
                return Format.CSV;
            case "html", "htm", "xhtml":
                return Format.HTML;
            default:
                break;
        }
        // Other names (.txt, .md, none, unknown) are read as text of some kind, decided by content.
        String start = headText.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Format.HTML;
        }
        return LINE_HEADER.matcher(firstNonBlankLine(headText)).matches() ? Format.LINE : Format.TEXT;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1);
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.replace("\uFEFF", "").split("\\R", 50)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }
}
