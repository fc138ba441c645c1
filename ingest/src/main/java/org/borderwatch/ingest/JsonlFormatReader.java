package org.borderwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;

/**
 * One JSON object a line ({@code text}, and optionally {@code title}, {@code date}, {@code url},
 * {@code publisher}, {@code id}). Read a line at a time so that a large feed never sits in memory;
 * a bad line is rejected on its own and the rest of the file goes on.
 */
final class JsonlFormatReader implements FormatReader {
    // Trailing tokens would otherwise let "{...} junk" pass as a good line.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final long maxLineChars;

    JsonlFormatReader(Limits limits) {
        this.maxLineChars = limits.maxFileBytes();
    }

    @Override
    public void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException {
        boolean anyObject = false;
        try (Reader reader = encoding.openReader(input)) {
            BoundedLineReader lines = new BoundedLineReader(reader, maxLineChars);
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String origin = input.origin() + ":" + line.number();
                if (line.tooLong()) {
                    out.reject(origin, Problems.lineTooLong(maxLineChars));
                    anyObject = true;
                } else if (!line.text().replace("\uFEFF", "").isBlank()) {
                    anyObject = true;
                    readLine(line.text().replace("\uFEFF", ""), origin, out);
                }
            }
        }
        if (!anyObject) {
            out.reject(input.origin(), Problems.EMPTY);
        }
    }

    private static void readLine(String line, String origin, DocumentAssembler out) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            out.reject(origin, Problems.malformedJson(column, e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            out.reject(origin, Problems.NOT_JSON_OBJECT);
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            out.reject(origin, Problems.NO_TEXT_FIELD);
            return;
        }
        if (!text.isTextual()) {
            out.reject(origin, Problems.TEXT_NOT_STRING);
            return;
        }
        try {
            out.accept(Draft.of(origin, Format.JSONL, text.textValue())
                    .withTitle(scalar(node, "title"))
                    .withUrl(scalar(node, "url"))
                    .withPublisher(scalar(node, "publisher"))
                    .withExternalId(scalar(node, "id"))
                    .withPublished(FieldDates.given(scalar(node, "date"), origin)));
        } catch (RejectedInputException e) {
            out.reject(e.originOr(origin), e.getMessage());
        }
    }

    /** A field's value as text when it is a string or number; objects and arrays are not names. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
