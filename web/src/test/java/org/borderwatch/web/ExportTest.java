package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.web.export.ExportFormat;
import org.borderwatch.web.export.Exporter;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.Params;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** CSV, JSON, GeoJSON and STIX 2.1 exports, from the exporter and over HTTP; STIX checked against the OASIS schemas. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {
    private TestDatabase db;
    private WebServer server;
    private Http http;
    private long group;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        WebFixtures data = WebFixtures.load(db);
        Consolidations.run(db);
        group = Consolidations.incidentOf(db, Consolidations.reportsOf(db, data.dawn).get(0));
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi());
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String export(ExportFormat format, String... params) throws Exception {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        StringWriter out = new StringWriter();
        new Exporter(db.jdbi()).write(format, IncidentFilter.from(Params.of(map)), out, Instant.parse("2026-01-02T03:04:05.678Z"));
        return out.toString();
    }

    @Test
    void csvHasAcledLikeColumnsAndOurAttributionFields() throws Exception {
        String csv = export(ExportFormat.CSV);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("event_id_cnty,event_date,year,time_precision,event_type,actor1,assoc_actor_1,"
                + "country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities")
                .contains("attribution,attributed_by", "border_km", "reports");
        assertThat(lines).hasSize(4);
        String bisham = java.util.Arrays.stream(lines).filter(l -> l.startsWith("c" + group + ",")).findFirst().orElseThrow();
        assertThat(bisham).startsWith("c" + group + ",2024-03-26,2024,1,suicide_attack,TTP,Tehreek-e-Taliban Pakistan,PK,"
                + "Khyber Pakhtunkhwa,Shangla District,Besham,");
        assertThat(bisham).contains(",6,", ",attributed,The interior minister,", "Dawn; The News");
        assertThat(bisham).contains(",A suicide bomber killed five Chinese engineers and one local driver in Bisham,");
        // A field with a comma or quote is quoted (RFC 4180): the perpetrators list here.
        assertThat(lines[0].split(",")).contains("perpetrators");
        assertThat(export(ExportFormat.CSV, "type", "clash").split("\r\n")).hasSize(2);
    }

    @Test
    void geoJsonHasAPointPerPlacedIncident() throws Exception {
        JsonNode fc = Json.mapper().readTree(export(ExportFormat.GEOJSON));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(3);
        JsonNode bisham = byId(fc.get("features"), "c" + group);
        assertThat(bisham.get("geometry").get("type").asText()).isEqualTo("Point");
        double lon = bisham.get("geometry").get("coordinates").get(0).asDouble();
        double lat = bisham.get("geometry").get("coordinates").get(1).asDouble();
        assertThat(lon).isBetween(72.5, 73.2);
        assertThat(lat).isBetween(34.7, 35.1);
        assertThat(bisham.get("properties").get("perpetrator").asText()).isEqualTo("TTP");
        assertThat(bisham.get("properties").get("border_km").asDouble()).isBetween(50.0, 200.0);
    }

    @Test
    void stixBundleValidatesAgainstTheStix21Schemas() throws Exception {
        JsonNode bundle = Json.mapper().readTree(export(ExportFormat.STIX));
        StixSchemas schemas = new StixSchemas();
        assertThat(schemas.errors(bundle)).isEmpty();
        List<String> types = new ArrayList<>();
        bundle.get("objects").forEach(o -> types.add(o.get("type").asText()));
        assertThat(types).contains("incident", "report", "threat-actor", "identity", "location", "relationship");
        assertThat(types.stream().filter("incident"::equals).count()).isEqualTo(3);
        JsonNode relations = Json.mapper().createArrayNode();
        List<String> kinds = new ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (o.get("type").asText().equals("relationship")) {
                kinds.add(o.get("relationship_type").asText());
            }
        });
        assertThat(kinds).contains("located-at", "attributed-to", "attributes");
        assertThat(relations).isEmpty();
        // Every reference points at an object of the bundle.
        java.util.Set<String> ids = new java.util.HashSet<>();
        bundle.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        bundle.get("objects").forEach(o -> {
            o.path("object_refs").forEach(r -> assertThat(ids).contains(r.asText()));
            if (o.has("source_ref")) {
                assertThat(ids).contains(o.get("source_ref").asText(), o.get("target_ref").asText());
            }
        });
        // Exporting again gives the same object ids.
        JsonNode again = Json.mapper().readTree(export(ExportFormat.STIX));
        assertThat(again.get("objects").get(1).get("id")).isEqualTo(bundle.get("objects").get(1).get("id"));
    }

    @Test
    void theValidatorCatchesABrokenObject() throws Exception {
        JsonNode bundle = Json.mapper().readTree(export(ExportFormat.STIX));
        ObjectNode incident = null;
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asText().equals("incident")) {
                incident = (ObjectNode) o;
            }
        }
        incident.remove("name");
        incident.put("created", "yesterday");
        assertThat(new StixSchemas().errors(bundle)).isNotEmpty();
    }

    @Test
    void theApiExportsTheSameWithFilters() throws Exception {
        Http.Response csv = http.get("/api/v1/export?format=csv&actor=TTP");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        Http.Response stix = http.get("/api/v1/export?format=stix");
        assertThat(stix.contentType()).startsWith("application/stix+json");
        assertThat(new StixSchemas().errors(stix.json())).isEmpty();
        Http.Response geo = http.get("/api/v1/export?format=geojson&border_km=25");
        assertThat(geo.json().get("features")).hasSize(1);
        Http.Response json = http.get("/api/v1/export?format=json");
        assertThat(json.json()).hasSize(3);
        assertThat(byId(json.json(), "c" + group).get("sources")).hasSize(2);
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode i : items) {
            if (i.path("id").asText(i.path("incident").path("id").asText()).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }
}
