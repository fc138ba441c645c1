package org.borderwatch.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.web.query.Param;

/** The OpenAPI 3.1 description of the API, generated from the routes and parameters actually registered. */
final class OpenApi {
    private OpenApi() {
    }

    static String document(List<Routes.Endpoint> endpoints) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Borderwatch API", "version", "1",
                "description", "Sourced, reviewable data on incidents, statements, actors and places. Errors are "
                        + "RFC 9457 problem details (application/problem+json); a bad parameter's problem names it "
                        + "in `parameter`. Incident ids are `c<n>` (consolidated) or `r<n>` (a report not yet "
                        + "consolidated)."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Routes.Endpoint e : endpoints) {
            String path = e.path();
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new LinkedHashMap<>());
            item.put(e.method(), operation(e));
        }
        doc.put("paths", paths);
        Map<String, Object> schemas = new LinkedHashMap<>(Map.of(
                "Problem", Map.of("type", "object", "required", List.of("type", "title", "status"),
                        "properties", Map.of("type", str(), "title", str(), "status", Map.of("type", "integer"),
                                "detail", str(), "instance", str(), "parameter", str(),
                                "column", Map.of("type", "integer", "description", "where in an expression parameter the syntax error is (1-based)"))),
                "Page", Map.of("type", "object", "required", List.of("total", "limit", "offset", "items"),
                        "properties", Map.of("total", Map.of("type", "integer"), "limit", Map.of("type", "integer"),
                                "offset", Map.of("type", "integer"), "items", Map.of("type", "array"))),
                "Review", Map.of("type", "object", "required", List.of("action", "version"),
                        "properties", Map.of("action", Map.of("type", "string", "enum", List.of("accept", "reject", "edit")),
                                "version", Map.of("type", "integer", "description", "the version you reviewed"),
                                "changes", Map.of("type", "object", "description", "field: new value as text, for edit"),
                                "note", str())),
                "Merge", Map.of("type", "object", "required", List.of("with"),
                        "properties", Map.of("with", Map.of("type", "string", "description", "the other consolidated incident, c<n>"),
                                "version", Map.of("type", "integer", "description", "the version of this incident you saw"),
                                "note", str())),
                "Split", Map.of("type", "object", "required", List.of("reports"),
                        "properties", Map.of("reports", Map.of("type", "array", "items", Map.of("type", "integer"),
                                        "description", "the ids of the reports to move out, together, into a new incident"),
                                "version", Map.of("type", "integer", "description", "the version of this incident you saw"),
                                "note", str()))));
        schemas.putAll(AccountabilityApi.SCHEMAS);
        doc.put("components", Map.of("schemas", schemas));
        return Json.write(doc);
    }

    private static Map<String, Object> operation(Routes.Endpoint e) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", e.summary());
        op.put("operationId", e.method() + e.path().replaceAll("[^A-Za-z]+", "_"));
        op.put("x-permission", e.permission().name().toLowerCase(Locale.ROOT));
        List<Object> parameters = new java.util.ArrayList<>();
        if (e.path().contains("{id}")) {
            parameters.add(Map.of("name", "id", "in", "path", "required", true, "schema", str()));
        }
        for (Param p : e.params()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.type());
            if (p.format() != null) {
                schema.put("format", p.format());
            }
            if (!p.values().isEmpty()) {
                schema.put("enum", p.values());
            }
            parameters.add(Map.of("name", p.name(), "in", "query", "required", p.name().equals("format"),
                    "description", p.description(), "schema", schema));
        }
        op.put("parameters", parameters);
        if (e.requestBody() != null) {
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                    Map.of("schema", Map.of("$ref", "#/components/schemas/" + e.requestBody())))));
        }
        Map<String, Object> ok = e.response().equals("Page")
                ? Map.of("$ref", "#/components/schemas/Page") : Map.of("type", "object");
        Map<String, Object> problem = Map.of("application/problem+json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", e.response(), "content", Map.of("application/json", Map.of("schema", ok))));
        responses.put("400", Map.of("description", "a bad parameter, named in the problem", "content", problem));
        if (e.path().contains("{id}")) {
            responses.put("404", Map.of("description", "no such id", "content", problem));
        }
        if (e.method().equals("post")) {
            responses.put("409", Map.of("description", "changed since the version reviewed", "content", problem));
        }
        responses.put("403", Map.of("description", "refused by the access policy", "content", problem));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> str() {
        return Map.of("type", "string");
    }
}
