package org.borderwatch.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.PublicationDate;

/**
 * The seed editorial format: a first line {@code date 2024-05-28 TITLE. first paragraph} followed by
 * more paragraphs. The title ends at the first ". "; the text starts after it.
 */
final class LineFormatReader implements FormatReader {
    private static final Pattern FIRST_LINE = Pattern.compile("^\\s*date (\\S+) (.*)$", Pattern.DOTALL);

    private final long maxFileBytes;

    LineFormatReader(Limits limits) {
        this.maxFileBytes = limits.maxFileBytes();
    }

    @Override
    public void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException {
        String content = encoding.readAll(input, maxFileBytes).replace("\r\n", "\n").replace('\r', '\n');
        String stripped = content.replace("\uFEFF", "").stripLeading();
        int lineEnd = stripped.indexOf('\n');
        String first = lineEnd < 0 ? stripped : stripped.substring(0, lineEnd);
        String rest = lineEnd < 0 ? "" : stripped.substring(lineEnd + 1);
        Matcher m = FIRST_LINE.matcher(first);
        if (!m.matches()) {
            out.reject(input.origin(), stripped.isBlank() ? Problems.EMPTY : Problems.LINE_FORMAT_HEADER);
            return;
        }
        Optional<LocalDate> date = m.group(1).matches("\\d{4}-\\d{2}-\\d{2}")
                ? FieldDates.parse(m.group(1)) : Optional.empty();
        if (date.isEmpty()) {
            out.reject(input.origin(), Problems.unparseableDate(m.group(1)));
            return;
        }
        String headline = m.group(2);
        int titleEnd = headline.indexOf(". ");
        String title = titleEnd < 0 ? stripFinalDot(headline) : headline.substring(0, titleEnd);
        String firstParagraph = titleEnd < 0 ? "" : headline.substring(titleEnd + 2);
        out.accept(Draft.of(input.origin(), Format.LINE, firstParagraph + "\n" + rest)
                .withTitle(title)
                .withPublished(PublicationDate.of(date.get(), DateSource.GIVEN)));
    }

    private static String stripFinalDot(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
