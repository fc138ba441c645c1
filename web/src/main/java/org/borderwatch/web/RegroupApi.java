package org.borderwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.review.ReviewRequest;
import org.borderwatch.web.review.Regrouping;

/** The API's merge and split of consolidated incidents: parse the JSON body, call {@link Regrouping}. */
final class RegroupApi {
    private final Regrouping regrouping;

    RegroupApi(Regrouping regrouping) {
        this.regrouping = regrouping;
    }

    void register(Routes r) {
        r.post(ApiRoutes.V1 + "/incidents/{id}/merge", "An analyst's decision: this consolidated incident and the one "
                        + "named in `with` are one (recorded for every later consolidation; 409 when `version` is not "
                        + "the current one).", Permission.REVIEW, "Merge", "Regrouped",
                (ctx, who) -> {
                    JsonNode body = ApiRoutes.jsonObject(ctx);
                    Regrouping.Outcome o = regrouping.merge(consolidated(ctx), incident(body.path("with"), "with"),
                            version(body), text(body, "note"), who);
                    ctx.json(outcome(o));
                });
        r.post(ApiRoutes.V1 + "/incidents/{id}/split", "An analyst's decision: the reports named in `reports` are "
                        + "not this incident; they move out together into a new one (recorded for every later "
                        + "consolidation).", Permission.REVIEW, "Split", "Regrouped",
                (ctx, who) -> {
                    JsonNode body = ApiRoutes.jsonObject(ctx);
                    Regrouping.Outcome o = regrouping.split(consolidated(ctx), reports(body.path("reports")),
                            version(body), text(body, "note"), who);
                    ctx.json(outcome(o));
                });
    }

    private static Map<String, Object> outcome(Regrouping.Outcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident", "c" + o.incident());
        out.put("incidents", o.incidents().stream().map(id -> "c" + id).toList());
        return out;
    }

    /** The path's consolidated incident: {@code c12} (or 12); anything else names nothing. */
    static long consolidated(Context ctx) {
        String raw = ctx.pathParam("id");
        return parse(raw).orElseThrow(() -> Problem.notFound("no consolidated incident with id '" + raw
                + "' (only consolidated incidents, c<n>, are merged and split)"));
    }

    private static Optional<Long> parse(String raw) {
        return IncidentQueries.Key.consolidatedId(raw);
    }

    private static long incident(JsonNode node, String name) {
        if (node.isMissingNode() || node.isNull()) {
            throw Problem.badParameter(name, "missing: the id of the other consolidated incident (c<n>)");
        }
        return parse(node.asText()).orElseThrow(() -> Problem.badParameter(name, "not a consolidated incident id (c<n>): '"
                + node.asText() + "'"));
    }

    private static List<Long> reports(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            throw Problem.badParameter("reports", "missing: the ids of the reports to move out");
        }
        if (!node.isArray()) {
            throw Problem.badParameter("reports", "must be an array of report ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : node) {
            String raw = n.asText().strip();
            try {
                long id = Long.parseLong(raw.startsWith("r") ? raw.substring(1) : raw);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw Problem.badParameter("reports", "not a report id: '" + raw + "'");
            }
        }
        return ids;
    }

    private static Optional<Integer> version(JsonNode body) {
        JsonNode v = body.path("version");
        return v.isMissingNode() || v.isNull() ? Optional.empty() : Optional.of(ReviewRequest.version(v.asText()));
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.path(name);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
