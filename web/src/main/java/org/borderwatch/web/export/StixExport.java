package org.borderwatch.web.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.borderwatch.web.Json;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.borderwatch.web.query.Views.PlaceRef;
import org.borderwatch.web.query.Views.Source;

/**
 * A STIX 2.1 bundle for threat-intelligence tools (OpenCTI, MISP): each incident an {@code incident},
 * its place a {@code location} ({@code located-at}), its perpetrators {@code threat-actor}s
 * ({@code attributed-to}, with the attribution status), who attributed it an {@code identity}
 * ({@code attributes}), and each source document a {@code report} citing the incidents it reports.
 * Ids are UUIDv5 of our own ids, so exporting again gives the same objects; our fields without a STIX
 * property are custom properties prefixed {@code x_borderwatch_}.
 */
final class StixExport implements Exporter.FormatWriter {
    /** The namespace of our UUIDv5 ids (a fixed random UUID). */
    private static final UUID NAMESPACE = UUID.fromString("6f0cf4bf-5f0e-4d1e-9a43-2f4c0a8b7a51");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonGenerator json;
    private final String now;
    private final String producer = id("identity", "borderwatch");
    private final Set<String> written = new HashSet<>();
    /** Reports are written last: a document may report incidents met on different pages. */
    private final Map<String, Map<String, Object>> reports = new LinkedHashMap<>();

    StixExport(Writer out, Instant now) throws IOException {
        this.json = Json.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.now = MILLIS.format(now.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "bundle");
        json.writeStringField("id", "bundle--" + UUID.randomUUID());
        json.writeArrayFieldStart("objects");
        Map<String, Object> me = object("identity", producer);
        me.remove("created_by_ref");
        me.put("name", "Borderwatch");
        me.put("identity_class", "system");
        json.writeObject(me);
    }

    @Override
    public void row(ExportRow row) throws IOException {
        IncidentSummary i = row.incident();
        String incidentId = id("incident", i.id());
        Map<String, Object> incident = object("incident", incidentId);
        incident.put("name", name(i));
        incident.put("description", description(row));
        incident.put("external_references", List.of(Map.of("source_name", "borderwatch", "external_id", i.id())));
        incident.put("x_borderwatch_incident_type", i.type());
        putIfSet(incident, "x_borderwatch_date", i.date());
        putIfSet(incident, "x_borderwatch_date_precision", i.datePrecision());
        if (i.killed() != null) {
            incident.put("x_borderwatch_killed_low", i.killed().low());
            incident.put("x_borderwatch_killed_best", i.killed().best());
            putIfSet(incident, "x_borderwatch_killed_high", i.killed().high());
        }
        if (i.injured() != null) {
            incident.put("x_borderwatch_injured_best", i.injured().best());
        }
        incident.put("x_borderwatch_reports", i.reports());
        incident.put("x_borderwatch_review_status", i.reviewStatus());
        json.writeObject(incident);
        if (i.place() != null && i.place().latitude() != null) {
            String location = location(i.place());
            relationship(incidentId, "located-at", location, null, Map.of());
        }
        for (PerpetratorRef p : i.perpetrators()) {
            String actor = id("threat-actor", p.actorId() != null ? "actor:" + p.actorId() : "name:" + key(p.name()));
            if (written.add(actor)) {
                Map<String, Object> a = object("threat-actor", actor);
                a.put("name", p.name());
                json.writeObject(a);
            }
            relationship(incidentId, "attributed-to", actor, p.name() + ": " + p.attribution()
                    + (p.attributedBy() == null ? "" : " (by " + p.attributedBy() + ")"),
                    Map.of("x_borderwatch_attribution", p.attribution()));
            if (p.attributedBy() != null) {
                String by = id("identity", "name:" + key(p.attributedBy()));
                if (written.add(by)) {
                    Map<String, Object> who = object("identity", by);
                    who.put("name", p.attributedBy());
                    who.put("identity_class", "unknown");
                    json.writeObject(who);
                }
                relationship(by, "attributes", incidentId, p.attributedBy() + " attributed it to " + p.name(), Map.of());
            }
        }
        for (Source s : row.sources()) {
            if (s.document() == null) {
                continue;
            }
            Map<String, Object> report = reports.computeIfAbsent(id("report", "document:" + s.document().id()), rid -> {
                Map<String, Object> r = object("report", rid);
                r.put("name", s.document().title() == null ? "document " + s.document().id() : s.document().title());
                LocalDate published = s.document().published();
                r.put("published", published == null ? now : MILLIS.format(published.atStartOfDay(ZoneOffset.UTC)));
                r.put("report_types", List.of("threat-report"));
                r.put("object_refs", new LinkedHashSet<String>());
                if (s.url() != null) {
                    r.put("external_references", List.of(Map.of("source_name", "source", "url", s.url())));
                }
                r.put("x_borderwatch_document_id", s.document().id());
                return r;
            });
            @SuppressWarnings("unchecked")
            Set<String> refs = (Set<String>) report.get("object_refs");
            refs.add(incidentId);
        }
    }

    private String location(PlaceRef p) throws IOException {
        String id = id("location", "place:" + p.id());
        if (written.add(id)) {
            Map<String, Object> l = object("location", id);
            l.put("name", p.name());
            l.put("latitude", p.latitude());
            l.put("longitude", p.longitude());
            l.put("precision", switch (p.precision() == null ? "" : p.precision()) {
                case "town" -> 5_000.0;
                case "district" -> 30_000.0;
                case "province" -> 150_000.0;
                default -> 500_000.0;
            });
            putIfSet(l, "country", p.country());
            putIfSet(l, "administrative_area", p.admin1());
            putIfSet(l, "x_borderwatch_border_km", p.borderKm());
            putIfSet(l, "x_borderwatch_nearest_border", p.nearestBorder());
            putIfSet(l, "x_borderwatch_geonames_id", p.geonamesId());
            json.writeObject(l);
        }
        return id;
    }

    private void relationship(String source, String type, String target, String description, Map<String, Object> extra)
            throws IOException {
        String id = id("relationship", source + " " + type + " " + target);
        if (!written.add(id)) {
            return;
        }
        Map<String, Object> r = object("relationship", id);
        r.put("relationship_type", type);
        r.put("source_ref", source);
        r.put("target_ref", target);
        putIfSet(r, "description", description);
        r.putAll(extra);
        json.writeObject(r);
    }

    @Override
    public void end() throws IOException {
        for (Map<String, Object> r : reports.values()) {
            json.writeObject(r);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private Map<String, Object> object(String type, String id) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created", now);
        o.put("modified", now);
        o.put("created_by_ref", producer);
        return o;
    }

    private static String name(IncidentSummary i) {
        String type = i.type().replace('_', ' ');
        String where = i.place() == null ? "" : " in " + i.place().name();
        String when = i.date() == null ? "" : ", " + i.date();
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + where + when;
    }

    private static String description(ExportRow row) {
        IncidentSummary i = row.incident();
        StringBuilder s = new StringBuilder(name(i)).append('.');
        if (i.killed() != null) {
            s.append(" Killed: ").append(i.killed().text()).append('.');
        }
        row.sources().stream().map(Source::quote).filter(q -> q != null && !q.isBlank()).findFirst()
                .ifPresent(q -> s.append(" \"").append(q).append('"'));
        return s.toString();
    }

    private static void putIfSet(Map<String, Object> o, String key, Object value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code type--UUIDv5(namespace, type + ":" + name)} (RFC 4122 section 4.3, SHA-1). */
    static String id(String type, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            long msb = NAMESPACE.getMostSignificantBits();
            long lsb = NAMESPACE.getLeastSignificantBits();
            byte[] ns = new byte[16];
            for (int i = 0; i < 8; i++) {
                ns[i] = (byte) (msb >>> (8 * (7 - i)));
                ns[8 + i] = (byte) (lsb >>> (8 * (7 - i)));
            }
            sha1.update(ns);
            byte[] h = sha1.digest((type + ":" + name).getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (h[i] & 0xff);
                lo = (lo << 8) | (h[8 + i] & 0xff);
            }
            return type + "--" + new UUID(hi, lo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java", e);
        }
    }
}
