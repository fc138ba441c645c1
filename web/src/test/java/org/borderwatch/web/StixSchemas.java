package org.borderwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The OASIS STIX 2.1 JSON schemas, loaded from the shared data folder (their $refs resolved there too). */
final class StixSchemas {
    private static final String ID_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    static final Path DIR = Path.of("../../shared/data/stix2.1-schemas/schemas");

    private final SchemaRegistry registry;

    StixSchemas() {
        if (!Files.isDirectory(DIR)) {
            throw new IllegalStateException("STIX schemas missing: " + DIR.toAbsolutePath());
        }
        // Every schema is read from the folder: nothing is fetched from the network.
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(iri -> {
            if (!iri.startsWith(ID_PREFIX)) {
                return null;
            }
            try {
                return Files.readString(DIR.resolve(iri.substring(ID_PREFIX.length()).replaceAll("#.*", "")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /**
     * Every error of the bundle against bundle.json and of each object against its own type's schema.
     *
     * <p>The upstream bundle.json lists the SDOs an object may be, but not incident and location (nor
     * grouping, note, opinion, malware-analysis); those fall to its branch for custom objects, which
     * requires exactly one of core.json and cyber-observable-core.json to hold, and every SDO satisfies
     * both. So the envelope is checked against bundle.json with the objects it lists, and every object,
     * those two types included, against its own schema.
     */
    List<String> errors(JsonNode bundle) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> listed = listedTypes();
        com.fasterxml.jackson.databind.node.ObjectNode envelope = bundle.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode objects = envelope.putArray("objects");
        bundle.path("objects").forEach(o -> {
            if (listed.contains(o.path("type").asText())) {
                objects.add(o);
            }
        });
        validate("common/bundle.json", envelope, "bundle", out);
        for (JsonNode o : bundle.path("objects")) {
            String type = o.path("type").asText();
            String file = type.equals("relationship") || type.equals("sighting") ? "sros/" + type + ".json"
                    : "sdos/" + type + ".json";
            validate(file, o, o.path("id").asText(), out);
        }
        return out;
    }

    /** The object types bundle.json's item list names, from its $refs ("../sdos/report.json" → report). */
    private static java.util.Set<String> listedTypes() {
        java.util.Set<String> types = new java.util.HashSet<>();
        try {
            JsonNode schema = Json.mapper().readTree(DIR.resolve("common/bundle.json").toFile());
            for (JsonNode alternative : schema.at("/properties/objects/items/anyOf")) {
                for (JsonNode ref : alternative.path("oneOf")) {
                    String r = ref.path("$ref").asText();
                    if (!r.isEmpty()) {
                        types.add(r.substring(r.lastIndexOf('/') + 1).replace(".json", ""));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return types;
    }

    private void validate(String file, JsonNode node, String what, List<String> out) {
        Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + file));
        for (Error e : schema.validate(node)) {
            out.add(what + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
    }
}
