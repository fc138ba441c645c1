package org.borderwatch.web.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.web.Problem;

/**
 * Which incidents: by date range (overlapping it), type, actor (a perpetrator's registry id, name or
 * alias, or the words naming it), country and province of the place, distance to the nearest border,
 * words in any report's document, a place; by review status (rejected ones are left out unless asked for).
 */
public record IncidentFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> type,
                             Optional<String> actor, Optional<String> country, Optional<String> admin1,
                             Optional<Double> borderKm, Optional<String> q, Optional<Long> place,
                             Optional<String> status, String sort, int limit, int offset, Optional<Cursor> after) {
    public static final List<String> SORTS = List.of("-date", "date", "-killed", "killed", "-reports", "reports");
    public static final List<String> STATUSES = List.of("unreviewed", "accepted", "edited", "rejected", "all");
    public static final int MAX_LIMIT = 500;

    public static final List<Param> FILTER_PARAMS = List.of(
            Param.date("from", "Incidents on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); a date range counts "
                    + "when it overlaps."),
            Param.date("to", "Incidents on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
            Param.oneOf("type", "Incident type.", Params.lower(List.of(IncidentType.values()))),
            Param.string("actor", "A perpetrator: registry actor id, name or alias, or the words naming it (\"TTP\")."),
            Param.string("country", "ISO 3166-1 alpha-2 code of the place's country (PK, AF)."),
            Param.string("admin1", "Province or state of the place (Khyber Pakhtunkhwa)."),
            Param.number("border_km", "Only incidents placed within this many km of the nearest international border."),
            Param.string("q", "Full-text query over the reports' documents (web search syntax: words, \"a phrase\", -not)."),
            Param.integer("place", "Only incidents at this place id."),
            Param.oneOf("status", "Review status; default: all but rejected.", STATUSES));
    public static final List<Param> PAGE_PARAMS = List.of(
            Param.oneOf("sort", "Order (default -date: newest first).", SORTS),
            Param.integer("limit", "Page size, 1 to " + MAX_LIMIT + " (default 50)."),
            Param.integer("offset", "Items to skip (default 0); for deep pages follow the `next` link's cursor instead."),
            Param.string("after", "A cursor: start after this incident (VALUE~KEY, from the previous page's `next`)."));

    public static List<Param> params() {
        List<Param> all = new ArrayList<>(FILTER_PARAMS);
        all.addAll(PAGE_PARAMS);
        return all;
    }

    public static IncidentFilter from(Params p) {
        return from(p, 50);
    }

    public static IncidentFilter from(Params p, int defaultLimit) {
        Optional<LocalDate> from = p.date("from", false);
        Optional<LocalDate> to = p.date("to", true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw Problem.badParameter("to", "is before from (" + from.get() + ")");
        }
        Optional<String> country = p.text("country").map(c -> c.toUpperCase(Locale.ROOT));
        if (country.isPresent() && !country.get().matches("[A-Z]{2}")) {
            throw Problem.badParameter("country", "must be a two-letter ISO code such as PK, was '" + country.get() + "'");
        }
        String sort = p.oneOf("sort", SORTS).orElse("-date");
        int offset = p.integer("offset", 0, 10_000_000, 0);
        Optional<Cursor> after = p.text("after").map(a -> Cursor.parse(a, sort));
        if (after.isPresent() && offset > 0) {
            throw Problem.badParameter("offset", "give either offset or after (a cursor), not both");
        }
        return new IncidentFilter(from, to, p.oneOf("type", Params.lower(List.of(IncidentType.values())))
                .map(t -> t.toUpperCase(Locale.ROOT)),
                p.text("actor"), country, p.text("admin1"), p.decimal("border_km", 0, 20_000), p.text("q"),
                p.optionalLong("place", 1, Long.MAX_VALUE), p.oneOf("status", STATUSES),
                sort, p.integer("limit", 1, MAX_LIMIT, defaultLimit), offset, after);
    }

    public static IncidentFilter all(int limit) {
        return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "-date", limit, 0, Optional.empty());
    }

    /** Incidents attributed to an actor, newest first. */
    public static IncidentFilter byActor(String actor, int limit) {
        return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(actor),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "-date", limit, 0, Optional.empty());
    }

    public IncidentFilter page(int newLimit, int newOffset) {
        return new IncidentFilter(from, to, type, actor, country, admin1, borderKm, q, place, status, sort, newLimit,
                newOffset, Optional.empty());
    }

    /** The page after the cursor. */
    public IncidentFilter after(int newLimit, Cursor cursor) {
        return new IncidentFilter(from, to, type, actor, country, admin1, borderKm, q, place, status, sort, newLimit,
                0, Optional.of(cursor));
    }

    /** The filter as query parameters (no paging), for links that keep it. */
    public String query() {
        List<String> parts = new ArrayList<>();
        from.ifPresent(v -> parts.add("from=" + v));
        to.ifPresent(v -> parts.add("to=" + v));
        type.ifPresent(v -> parts.add("type=" + v.toLowerCase(Locale.ROOT)));
        actor.ifPresent(v -> parts.add("actor=" + enc(v)));
        country.ifPresent(v -> parts.add("country=" + v));
        admin1.ifPresent(v -> parts.add("admin1=" + enc(v)));
        borderKm.ifPresent(v -> parts.add("border_km=" + v));
        q.ifPresent(v -> parts.add("q=" + enc(v)));
        place.ifPresent(v -> parts.add("place=" + v));
        status.ifPresent(v -> parts.add("status=" + v));
        return String.join("&", parts);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
