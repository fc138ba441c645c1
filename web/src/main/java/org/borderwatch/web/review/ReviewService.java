package org.borderwatch.web.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.review.ReviewRequest.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies analysts' decisions. One transaction per decision: the row is locked, its version compared
 * with the one the analyst saw (a mismatch is a 409 conflict), the change written with the version
 * bumped, and who, when, the old and the new value appended to {@code audit_log}. An edited fact becomes
 * CORRECTED and an accepted or rejected one is no longer UNREVIEWED; re-extraction replaces only
 * unreviewed MACHINE facts, so it never overwrites either.
 */
public final class ReviewService {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final java.util.Set<String> ENUMS = java.util.Set.of("review_status", "fact_origin", "date_precision");
    private final Jdbi jdbi;

    public ReviewService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What the decision changed: the fact's new version and the audit entry's values. */
    public record Outcome(long id, int version, String reviewStatus, Map<String, Object> oldValue,
                          Map<String, Object> newValue) {
    }

    public Outcome review(Reviewable what, long id, ReviewRequest request, Reviewer who) {
        return jdbi.inTransaction(h -> {
            Map<String, Object> row = lock(h, what, id);
            int version = ((Number) row.get("version")).intValue();
            if (version != request.version()) {
                throw Problem.conflict(what.name().toLowerCase(Locale.ROOT) + " " + id + " was changed by someone else"
                        + " (you reviewed version " + request.version() + ", it is now at version " + version
                        + "): reload it and review again");
            }
            Map<String, Object> oldValue = new TreeMap<>();
            Map<String, Object> newValue = new TreeMap<>();
            Map<String, Object> columns = new LinkedHashMap<>();
            String status = switch (request.action()) {
                case ACCEPT -> "ACCEPTED";
                case REJECT -> "REJECTED";
                case EDIT -> "EDITED";
            };
            if (request.action() == Action.EDIT) {
                for (var change : new TreeMap<>(request.changes()).entrySet()) {
                    Field field = what.field(change.getKey()).orElseThrow(() -> Problem.badParameter(
                            "changes." + change.getKey(), "not an editable field; one of " + what.fieldNames()));
                    Map<String, Object> parsed = field.parse(change.getValue());
                    Map<String, Object> after = new LinkedHashMap<>(row);
                    after.putAll(parsed);
                    String before = field.text(row);
                    String now = field.text(after);
                    if (!java.util.Objects.equals(before, now)) {
                        oldValue.put(field.label, before);
                        newValue.put(field.label, now);
                        columns.putAll(parsed);
                    }
                }
                if (columns.isEmpty()) {
                    throw Problem.badParameter("changes", "changes nothing: every value is as stored");
                }
                columns.put("fact_origin", "CORRECTED");
                oldValue.put("origin", lower(row.get("fact_origin")));
                newValue.put("origin", "corrected");
            }
            oldValue.put("review_status", lower(row.get("review_status")));
            newValue.put("review_status", lower(status));
            if (request.note() != null && !request.note().isBlank()) {
                newValue.put("note", request.note().strip());
            }
            int next = update(h, what, id, version, columns, status, who);
            h.createUpdate("""
                            INSERT INTO audit_log (entity, entity_id, action, author, old_value, new_value)
                            VALUES (:entity, :id, :action, :author, CAST(:old AS jsonb), CAST(:new AS jsonb))""")
                    .bind("entity", what.table()).bind("id", id).bind("action", lower(request.action().name()))
                    .bind("author", who.name()).bind("old", json(oldValue)).bind("new", json(newValue)).execute();
            return new Outcome(id, next, lower(status), oldValue, newValue);
        });
    }

    private static Map<String, Object> lock(Handle h, Reviewable what, long id) {
        List<String> columns = new ArrayList<>(List.of("version", "review_status", "fact_origin"));
        what.fields.forEach(f -> columns.addAll(f.columns));
        List<String> select = columns.stream().distinct()
                .map(c -> ENUMS.contains(c) ? "CAST(" + c + " AS text) AS " + c : c).toList();
        List<Map<String, Object>> rows = h.createQuery("SELECT " + String.join(", ", select)
                        + " FROM " + what.table() + " WHERE id = :id FOR UPDATE")
                .bind("id", id).mapToMap().list();
        if (rows.isEmpty()) {
            throw Problem.notFound("no " + what.name().toLowerCase(Locale.ROOT) + " with id " + id);
        }
        return rows.get(0);
    }

    private static int update(Handle h, Reviewable what, long id, int version, Map<String, Object> columns, String status,
                              Reviewer who) {
        StringBuilder set = new StringBuilder();
        int i = 0;
        for (String column : columns.keySet()) {
            set.append(column).append(" = ").append(cast(column, ":v" + i++)).append(", ");
        }
        var update = h.createUpdate("UPDATE " + what.table() + " SET " + set
                + "review_status = CAST(:status AS review_status), version = version + 1, updated_at = now(), "
                + "reviewed_by = :who, reviewed_at = now() WHERE id = :id AND version = :version");
        i = 0;
        for (Object value : columns.values()) {
            update.bind("v" + i++, value);
        }
        int changed = update.bind("status", status).bind("who", who.name()).bind("id", id).bind("version", version)
                .execute();
        if (changed != 1) {
            throw Problem.conflict(what.name().toLowerCase(Locale.ROOT) + " " + id + " was changed by someone else");
        }
        return version + 1;
    }

    private static String cast(String column, String placeholder) {
        return switch (column) {
            case "fact_origin" -> "CAST(" + placeholder + " AS fact_origin)";
            case "date_precision" -> "CAST(" + placeholder + " AS date_precision)";
            default -> placeholder;
        };
    }

    private static String lower(Object o) {
        return o == null ? null : o.toString().toLowerCase(Locale.ROOT);
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
