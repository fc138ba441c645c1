package org.borderwatch.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered as RFC 9457 problem details: a type, a title, the status, what went wrong, and for a
 * bad parameter its name, so a client can tell which of its inputs to fix.
 */
public final class Problem extends RuntimeException {
    private final int status;
    private final String title;
    private final String parameter;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Problem(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    public static Problem badParameter(String parameter, String detail) {
        return new Problem(400, "Bad parameter", parameter + ": " + detail, parameter);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail, null);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, null);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, null);
    }

    /** The problem with an extension member (RFC 9457 §3.2), e.g. the column of a syntax error. */
    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }

    /** The JSON body; {@code type} is a relative URI naming the kind of problem. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("instance", instance);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        extensions.forEach(body::putIfAbsent);
        return body;
    }
}
