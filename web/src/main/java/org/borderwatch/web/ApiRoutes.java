package org.borderwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.web.export.ExportFormat;
import org.borderwatch.web.query.ActorQueries;
import org.borderwatch.web.query.DocumentQueries;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.Param;
import org.borderwatch.web.query.Params;
import org.borderwatch.web.query.PlaceQueries;
import org.borderwatch.web.query.StatementQueries;
import org.borderwatch.web.review.ReviewRequest;
import org.borderwatch.web.review.Reviewable;

/** The REST API: short handlers that check parameters, call a service and map its answer to JSON. */
final class ApiRoutes {
    static final String V1 = "/api/v1";
    private static final List<Param> NONE = List.of();
    private final Services s;

    ApiRoutes(Services services) {
        this.s = services;
    }

    void register(Routes r) {
        r.get(V1 + "/health", "Liveness: answers when the server and its database do.", Permission.READ, NONE,
                "Health", (ctx, who) -> ctx.json(Map.of("status", "ok",
                        "database", s.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1)));
        r.get(V1 + "/documents", "Documents, newest first; with q, a full-text search with highlighted snippets.",
                Permission.READ, DocumentQueries.PARAMS, "Page",
                (ctx, who) -> ctx.json(s.documents().list(params(ctx, DocumentQueries.PARAMS))));
        r.get(V1 + "/search", "Full-text search over documents (q required), best matches first, with snippets.",
                Permission.READ, DocumentQueries.PARAMS, "Page", (ctx, who) -> {
                    Params p = params(ctx, DocumentQueries.PARAMS);
                    if (p.text("q").isEmpty()) {
                        throw Problem.badParameter("q", "missing: the words to search for");
                    }
                    ctx.json(s.documents().list(p));
                });
        r.get(V1 + "/documents/{id}", "A document: provenance, text, and the spans of every fact read from it.",
                Permission.READ, NONE, "Document",
                (ctx, who) -> ctx.json(s.documents().find(id(ctx, "document")).orElseThrow(() -> missing("document", ctx))));
        r.get(V1 + "/incidents", "Incidents (consolidated, or reports not yet consolidated), filtered, sorted, paged.",
                Permission.READ, IncidentFilter.params(), "Page",
                (ctx, who) -> {
                    IncidentFilter f = IncidentFilter.from(params(ctx, IncidentFilter.params()));
                    ctx.json(s.incidents().list(f).linked(V1 + "/incidents", f));
                });
        r.get(V1 + "/incidents/{id}", "An incident with its reports, their evidence, victims, perpetrators, the "
                        + "consolidation decision, the statements about it and its review history.", Permission.READ, NONE,
                "IncidentDetail", (ctx, who) -> ctx.json(s.reports().incident(ctx.pathParam("id"))
                        .orElseThrow(() -> missing("incident", ctx))));
        r.get(V1 + "/reports/{id}", "One report of an incident.", Permission.READ, NONE, "Report",
                (ctx, who) -> ctx.json(s.reports().report(id(ctx, "report")).orElseThrow(() -> missing("report", ctx))));
        r.get(V1 + "/statements", "Statements: who said what to whom, with quote and document.", Permission.READ,
                StatementQueries.PARAMS, "Page",
                (ctx, who) -> ctx.json(s.statements().list(params(ctx, StatementQueries.PARAMS))));
        r.get(V1 + "/statements/{id}", "A statement with its evidence.", Permission.READ, NONE, "Statement",
                (ctx, who) -> ctx.json(s.statements().find(id(ctx, "statement")).orElseThrow(() -> missing("statement", ctx))));
        r.get(V1 + "/actors", "Actors: the registry's, and names not yet resolved to it.", Permission.READ,
                ActorQueries.PARAMS, "Page", (ctx, who) -> ctx.json(s.actors().list(params(ctx, ActorQueries.PARAMS))));
        r.get(V1 + "/actors/{id}", "An actor (registry id or name): aliases, affiliations, incidents attributed, "
                        + "statements made and received, over time.", Permission.READ, NONE, "Actor",
                (ctx, who) -> ctx.json(s.actors().find(ctx.pathParam("id")).orElseThrow(() -> missing("actor", ctx))));
        r.get(V1 + "/places", "Places incidents happened at, with their incident counts.", Permission.READ,
                PlaceQueries.PARAMS, "Page", (ctx, who) -> ctx.json(s.places().list(params(ctx, PlaceQueries.PARAMS))));
        r.get(V1 + "/places/{id}", "A place.", Permission.READ, NONE, "Place",
                (ctx, who) -> ctx.json(s.places().find(id(ctx, "place")).orElseThrow(() -> missing("place", ctx))));
        r.get(V1 + "/dashboard", "Counts, incidents and deaths per month by perpetrator, incidents per place.",
                Permission.READ, IncidentFilter.FILTER_PARAMS, "Dashboard",
                (ctx, who) -> ctx.json(s.dashboard().dashboard(IncidentFilter.from(params(ctx, IncidentFilter.FILTER_PARAMS)))));
        List<Param> exportParams = new ArrayList<>(IncidentFilter.FILTER_PARAMS);
        exportParams.add(0, new Param("format", "string", null, "csv, json, geojson or stix.", ExportFormat.NAMES));
        r.get(V1 + "/export", "Every incident the filters select, as CSV (ACLED-like columns and our attribution "
                        + "fields), JSON, GeoJSON or a STIX 2.1 bundle.", Permission.EXPORT, exportParams, "Export",
                (ctx, who) -> export(ctx, exportParams));
        for (Reviewable kind : Reviewable.values()) {
            String path = switch (kind) {
                case REPORT -> "/reports/{id}/review";
                case STATEMENT -> "/statements/{id}/review";
                case INCIDENT -> "/incidents/{id}/review";
            };
            r.post(V1 + path, "Accept, reject or edit this " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " (409 when it changed since the version you reviewed). Editable: " + kind.fieldNames(),
                    Permission.REVIEW, "Review", "ReviewOutcome", (ctx, who) -> review(ctx, who, kind));
        }
    }

    private void export(Context ctx, List<Param> known) throws Exception {
        Params p = params(ctx, known);
        ExportFormat format = ExportFormat.parse("format", p.text("format").orElse(null));
        IncidentFilter filter = IncidentFilter.from(p);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"borderwatch-incidents." + format.extension() + "\"");
        // Written to a buffer first: a failure half-way must be an error, not a truncated file that looks whole.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            s.exporter().write(format, filter, w, Instant.now());
        }
        ctx.result(buffer.toByteArray());
    }

    private void review(Context ctx, Reviewer who, Reviewable kind) throws Exception {
        long id = kind == Reviewable.INCIDENT ? consolidatedId(ctx) : id(ctx, kind.name().toLowerCase(java.util.Locale.ROOT));
        JsonNode body = jsonObject(ctx);
        Map<String, String> changes = new LinkedHashMap<>();
        JsonNode c = body.path("changes");
        if (!c.isMissingNode() && !c.isNull()) {
            if (!c.isObject()) {
                throw Problem.badParameter("changes", "must be an object of field: value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                var e = it.next();
                changes.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
            }
        }
        ReviewRequest request = new ReviewRequest(ReviewRequest.action(body.path("action").asText(null)),
                ReviewRequest.version(body.path("version").isMissingNode() ? null : body.path("version").asText()),
                changes, body.path("note").asText(null));
        ctx.json(s.review().review(kind, id, request, who));
    }

    /** The request's body, which must be a JSON object. */
    static JsonNode jsonObject(Context ctx) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw Problem.badParameter("body", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw Problem.badParameter("body", "must be a JSON object {\"field\": value, …}");
        }
        return body;
    }

    static Params params(Context ctx, List<Param> known) {
        return new Params(ctx.queryParamMap()).allowOnly(known);
    }

    /** A numeric path id; anything else names nothing, so it is a 404 like an unknown id. */
    static long id(Context ctx, String what) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw Problem.notFound("no " + what + " with id '" + raw + "'");
    }

    private static long consolidatedId(Context ctx) {
        String raw = ctx.pathParam("id");
        return org.borderwatch.web.query.IncidentQueries.Key.parse(raw).filter(k -> k.consolidated())
                .map(k -> k.id()).orElseThrow(() -> Problem.notFound("no consolidated incident with id '" + raw
                        + "' (a report not yet consolidated is reviewed as /reports/ID)"));
    }

    private static Problem missing(String what, Context ctx) {
        return Problem.notFound("no " + what + " with id '" + ctx.pathParam("id") + "'");
    }
}
