package org.borderwatch.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, optionally opened by a header block ({@code title:}, {@code date:}, {@code url:},
 * {@code publisher:}) that a blank line ends. Only a block made entirely of such lines counts as a
 * header, so that a story starting "Note: ..." keeps its first line.
 */
final class TextFormatReader implements FormatReader {
    private static final Pattern HEADER_LINE =
            Pattern.compile("^(title|date|url|publisher)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private final long maxFileBytes;

    TextFormatReader(Limits limits) {
        this.maxFileBytes = limits.maxFileBytes();
    }

    @Override
    public void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException {
        String content = encoding.readAll(input, maxFileBytes).replace("\r\n", "\n").replace('\r', '\n');
        Map<String, String> header = new LinkedHashMap<>();
        String body = splitHeader(content.replace("\uFEFF", "").stripLeading(), header);
        Draft draft = Draft.of(input.origin(), Format.TEXT, body)
                .withTitle(header.get("title"))
                .withUrl(header.get("url"))
                .withPublisher(header.get("publisher"));
        out.accept(draft.withPublished(FieldDates.given(header.get("date"), input.origin())));
    }

    /** Fills header from the top block when it is one, and returns the text after it. */
    private static String splitHeader(String content, Map<String, String> header) {
        int pos = 0;
        while (pos < content.length()) {
            int end = content.indexOf('\n', pos);
            String line = content.substring(pos, end < 0 ? content.length() : end);
            if (line.isBlank()) {
                return header.isEmpty() ? content : content.substring(Math.min(content.length(), end + 1));
            }
            Matcher m = HEADER_LINE.matcher(line.strip());
            if (!m.matches()) {
                header.clear();
                return content;
            }
            header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            if (end < 0) {
                return "";
            }
            pos = end + 1;
        }
        return header.isEmpty() ? content : "";
    }
}
