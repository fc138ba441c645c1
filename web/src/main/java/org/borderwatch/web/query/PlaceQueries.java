package org.borderwatch.web.query;

import java.util.List;
import java.util.Optional;
import org.borderwatch.web.Problem;
import org.borderwatch.web.query.Views.Page;
import org.borderwatch.web.query.Views.PlaceRef;
import org.jdbi.v3.core.Jdbi;

/** Places incidents were located at, with how many incidents each holds. */
public final class PlaceQueries {
    public static final List<String> SORTS = List.of("-incidents", "name", "border_km");
    public static final List<Param> PARAMS = List.of(
            Param.string("q", "Name containing these characters."),
            Param.string("country", "ISO 3166-1 alpha-2 code (PK, AF)."),
            Param.string("admin1", "Province or state."),
            Param.number("border_km", "Within this many km of the nearest international border."),
            Param.oneOf("sort", "Order (default -incidents).", SORTS),
            Param.integer("limit", "Page size, 1 to 500 (default 50)."),
            Param.integer("offset", "Items to skip."));

    public record PlaceSummary(PlaceRef place, int incidents, int killed) {
    }

    private static final String SELECT = """
            SELECT %s, COALESCE(n.incidents, 0) AS incidents, COALESCE(n.killed, 0) AS killed
            FROM place pl
            LEFT JOIN (SELECT inc.place_id, count(*) AS incidents, sum(inc.killed_best) AS killed FROM %s
                       WHERE inc.review_status <> 'REJECTED' GROUP BY inc.place_id) n ON n.place_id = pl.id
            """.formatted(Rows.PLACE_COLUMNS, IncidentQueries.INCIDENTS);

    private final Jdbi jdbi;

    public PlaceQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<PlaceSummary> list(Params p) {
        Sql where = new Sql();
        p.text("q").ifPresent(q -> where.and("strpos(lower(pl.name), lower(:q)) > 0", "q", q));
        p.text("country").ifPresent(c -> {
            if (!c.matches("[A-Za-z]{2}")) {
                throw Problem.badParameter("country", "must be a two-letter ISO code such as PK, was '" + c + "'");
            }
            where.and("pl.country = upper(:country)", "country", c);
        });
        p.text("admin1").ifPresent(a -> where.and("lower(pl.admin1) = lower(:admin1)", "admin1", a));
        p.decimal("border_km", 0, 20_000).ifPresent(km -> where.and("pl.border_km <= :km", "km", km));
        String order = switch (p.oneOf("sort", SORTS).orElse("-incidents")) {
            case "name" -> "pl.name, pl.id";
            case "border_km" -> "pl.border_km NULLS LAST, pl.id";
            default -> "incidents DESC, pl.name, pl.id";
        };
        int limit = p.integer("limit", 1, 500, 50);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        return jdbi.withHandle(h -> {
            long total = where.bind(h.createQuery("SELECT count(*) FROM place pl " + where.where())).mapTo(Long.class).one();
            List<PlaceSummary> items = where.bind(h.createQuery(SELECT + where.where() + "ORDER BY " + order
                            + " LIMIT :limit OFFSET :offset")).bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> new PlaceSummary(Rows.place(rs, null), rs.getInt("incidents"), rs.getInt("killed")))
                    .list();
            return new Page<>(total, limit, offset, items);
        });
    }

    public Optional<PlaceSummary> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE pl.id = :id").bind("id", id)
                .map((rs, ctx) -> new PlaceSummary(Rows.place(rs, null), rs.getInt("incidents"), rs.getInt("killed")))
                .findOne());
    }
}
