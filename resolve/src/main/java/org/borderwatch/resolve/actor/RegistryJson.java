package org.borderwatch.resolve.actor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;

/**
 * The registry as JSON: {@code {"actors": [...], "affiliations": [...]}}, an optional {@code "about"} text.
 * Actors have {@code id, name, type, country, aliases, localAliases, from, to, source}; affiliations
 * {@code actor, related, relation, role, from, to, source}. Unknown fields are refused, so a misspelt one is
 * not silently lost.
 */
public final class RegistryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "type", "country", "aliases", "localAliases",
            "from", "to", "source");
    private static final Set<String> AFFILIATION_FIELDS = Set.of("actor", "related", "relation", "role", "from", "to",
            "source");

    private RegistryJson() {}

    /** @throws RegistryFileException naming the file and line of the first problem */
    public static RegistryFile read(Reader in, String fileName) {
        RegistryFile file = new RegistryFile(fileName);
        try (JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail(p, fileName, "expected a JSON object with \"actors\" and \"affiliations\"");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "about" -> p.skipChildren();
                    case "actors" -> array(p, fileName, field, value, (node, line) -> file.add(actor(node), line));
                    case "affiliations" -> array(p, fileName, field, value,
                            (node, line) -> file.add(affiliation(node), line));
                    default -> throw fail(p, fileName, "unknown field \"" + field
                            + "\" (expected about, actors, affiliations)");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw fail(p, fileName, "unexpected content after the registry object");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RegistryFileException(fileName, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RegistryFileException(fileName, 0, "cannot read: " + e.getMessage(), e);
        }
        return file;
    }

    private interface Entry {
        void accept(JsonNode node, long line);
    }

    private static void array(JsonParser p, String fileName, String field, JsonToken value, Entry entry)
            throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw fail(p, fileName, "\"" + field + "\" must be an array");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode node = MAPPER.readTree(p);
            try {
                entry.accept(node, line);
            } catch (IllegalArgumentException e) {
                throw new RegistryFileException(fileName, line, e.getMessage(), e);
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw fail(p, fileName, "\"" + field + "\" must hold objects only");
        }
    }

    private static RegistryFileException fail(JsonParser p, String fileName, String problem) {
        return new RegistryFileException(fileName, p.currentTokenLocation().getLineNr(), problem);
    }

    static Actor actor(JsonNode n) {
        known(n, ACTOR_FIELDS, "actor");
        String id = text(n, "id");
        return new Actor(id, text(n, "name"), RegistryValues.type(text(n, "type"), id), text(n, "country"),
                texts(n, "aliases"), texts(n, "localAliases"), date(n, "from"), date(n, "to"), text(n, "source"));
    }

    static Affiliation affiliation(JsonNode n) {
        known(n, AFFILIATION_FIELDS, "affiliation");
        return new Affiliation(text(n, "actor"), text(n, "related"), RegistryValues.relation(text(n, "relation")),
                text(n, "role"), date(n, "from"), date(n, "to"), text(n, "source"));
    }

    private static void known(JsonNode n, Set<String> fields, String what) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new IllegalArgumentException("unknown " + what + " field \"" + f + "\" (expected "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, was " + v);
        }
        return v.asText();
    }

    private static List<String> texts(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" must hold strings only, found " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    private static LocalDate date(JsonNode n, String field) {
        return RegistryValues.date(text(n, field), field);
    }

    /** Writes the entries, actors first, one field per line. */
    public static void write(RegistryEntries entries, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        var actors = root.putArray("actors");
        for (Actor a : entries.actors()) {
            ObjectNode o = actors.addObject().put("id", a.id()).put("name", a.name()).put("type", a.type().name());
            putIfSet(o, "country", a.country());
            putNames(o, "aliases", a.aliases());
            putNames(o, "localAliases", a.localAliases());
            putIfSet(o, "from", a.from());
            putIfSet(o, "to", a.to());
            o.put("source", a.source());
        }
        var links = root.putArray("affiliations");
        for (Affiliation f : entries.affiliations()) {
            ObjectNode o = links.addObject();
            putIfSet(o, "actor", f.actorId());
            o.put("related", f.relatedActorId()).put("relation", f.relation().name());
            putIfSet(o, "role", f.role());
            putIfSet(o, "from", f.validFrom());
            putIfSet(o, "to", f.validTo());
            o.put("source", f.source());
        }
        try {
            JsonGenerator g = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
            MAPPER.writeTree(g, root);
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the registry: " + e.getMessage(), e);
        }
    }

    private static void putNames(ObjectNode o, String field, List<String> names) {
        if (!names.isEmpty()) {
            var array = o.putArray(field);
            names.forEach(array::add);
        }
    }

    private static void putIfSet(ObjectNode o, String field, Object value) {
        if (value != null) {
            o.put(field, value.toString());
        }
    }
}
