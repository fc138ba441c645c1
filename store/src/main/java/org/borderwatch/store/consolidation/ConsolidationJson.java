package org.borderwatch.store.consolidation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.consolidation.CountSource;
import org.borderwatch.core.consolidation.Group;
import org.borderwatch.core.consolidation.Membership;
import org.borderwatch.core.consolidation.Reconciled;
import org.borderwatch.core.document.ContentHash;
import org.borderwatch.core.incident.Count;

/**
 * The jsonb values consolidation stores, written with a fixed key order so that equal content gives
 * equal text and an equal fingerprint:
 * <ul>
 * <li>{@code incident.match_features}: the per-feature similarities, {@code with} (the report key it
 *     matched) and {@code decision} when an analyst joined them;
 * <li>{@code consolidated_incident.reconciliation}: {@code chosenFrom} (type, date, place: the report
 *     key each came from) and {@code sources} (each report's killed and injured, high null when open);
 * <li>{@code consolidated_incident.notes}: an array of explanations.
 * </ul>
 */
final class ConsolidationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConsolidationJson() {
    }

    static String features(Membership m) {
        if (m.match().isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(m.match().get().features());
        m.matchedWith().ifPresent(k -> out.put("with", k));
        m.decision().ifPresent(d -> out.put("decision", d));
        return write(out);
    }

    /** For a report an analyst's merge joined before any run scored it. */
    static String decisionOnly(String with, String decision) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("with", with);
        out.put("decision", decision);
        return write(out);
    }

    static String reconciliation(Reconciled r) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> from = new LinkedHashMap<>();
        for (String field : List.of("type", "date", "place")) {
            if (r.chosenFrom().containsKey(field)) {
                from.put(field, r.chosenFrom().get(field));
            }
        }
        out.put("chosenFrom", from);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (CountSource s : r.sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("report", s.reportKey());
            m.put("source", s.label());
            m.put("killed", count(s.killed()));
            m.put("injured", count(s.injured()));
            sources.add(m);
        }
        out.put("sources", sources);
        return write(out);
    }

    private static Map<String, Object> count(Optional<Count> c) {
        if (c.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", c.get().low());
        m.put("best", c.get().best());
        m.put("high", c.get().high() == Count.OPEN ? null : c.get().high());
        return m;
    }

    static String notes(List<String> notes) {
        return write(notes);
    }

    static List<String> readNotes(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notes are not a JSON array of strings: " + json, e);
        }
    }

    static Map<String, Object> readObject(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object: " + json, e);
        }
    }

    /** A digest of everything a run writes for the group: equal digests, nothing to rewrite. */
    static String fingerprint(Group g) {
        StringBuilder s = new StringBuilder();
        Reconciled r = g.reconciled();
        s.append(r.type()).append('|').append(r.date().map(d -> d.earliest() + ".." + d.latest() + " " + d.precision())
                .orElse("-")).append('|').append(r.place().map(p -> p.placeId() + " " + p.precision()).orElse("-"))
                .append('|').append(r.killed()).append('|').append(r.injured()).append('|')
                .append(reconciliation(r)).append('|').append(notes(g.notes()));
        for (Membership m : g.members()) {
            s.append('\n').append(m.reportId()).append(' ').append(m.key()).append(' ')
                    .append(m.match().map(x -> Double.toString(x.score())).orElse("-")).append(' ').append(features(m));
        }
        return ContentHash.sha256(s.toString());
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
