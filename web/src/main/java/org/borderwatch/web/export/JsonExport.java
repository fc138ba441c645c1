package org.borderwatch.web.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.borderwatch.web.Json;

/** A JSON array of incidents as the API lists them, each with its reports' sources. */
final class JsonExport implements Exporter.FormatWriter {
    private final JsonGenerator json;

    JsonExport(Writer out) throws IOException {
        this.json = Json.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartArray();
    }

    @Override
    public void row(ExportRow row) throws IOException {
        json.writeObject(row);
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.flush();
    }
}
