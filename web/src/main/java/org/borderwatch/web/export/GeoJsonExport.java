package org.borderwatch.web.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderwatch.web.Json;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.PlaceRef;

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point feature per incident at its place (longitude first),
 * geometry null for incidents not placed, flat properties so GIS tools can style and filter by them.
 */
final class GeoJsonExport implements Exporter.FormatWriter {
    private final JsonGenerator json;

    GeoJsonExport(Writer out) throws IOException {
        this.json = Json.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void row(ExportRow row) throws IOException {
        IncidentSummary i = row.incident();
        PlaceRef p = i.place();
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", i.id());
        feature.put("geometry", p == null || p.latitude() == null ? null
                : Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", i.id());
        props.put("type", i.type());
        props.put("date", i.date());
        props.put("date_precision", i.datePrecision());
        props.put("place", p == null ? null : p.name());
        props.put("admin1", p == null ? null : p.admin1());
        props.put("admin2", p == null ? null : p.admin2());
        props.put("country", p == null ? null : p.country());
        props.put("place_precision", p == null ? null : p.precision());
        props.put("border_km", p == null ? null : p.borderKm());
        props.put("nearest_border", p == null ? null : p.nearestBorder());
        props.put("perpetrator", row.primary() == null ? null : row.primary().name());
        props.put("attribution", row.primary() == null ? "unknown" : row.primary().attribution());
        props.put("attributed_by", row.primary() == null ? null : row.primary().attributedBy());
        props.put("perpetrators", i.perpetrators().stream().map(x -> x.name() + " (" + x.attribution() + ")")
                .collect(Collectors.joining("; ")));
        props.put("killed", i.killed() == null ? null : i.killed().best());
        props.put("killed_low", i.killed() == null ? null : i.killed().low());
        props.put("killed_high", i.killed() == null ? null : i.killed().high());
        props.put("injured", i.injured() == null ? null : i.injured().best());
        props.put("reports", i.reports());
        props.put("review_status", i.reviewStatus());
        feature.put("properties", props);
        json.writeObject(feature);
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
