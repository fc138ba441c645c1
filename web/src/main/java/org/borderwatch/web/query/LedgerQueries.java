package org.borderwatch.web.query;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/**
 * The claim ledger, basic form: statements grouped by their normalised proposition (a claim and its
 * denial carry the same one), counted for and against, with when each side was first and last heard.
 */
public final class LedgerQueries {
    public static final List<Param> PARAMS = List.of(
            Param.string("q", "Propositions containing these characters."),
            Param.integer("limit", "Page size, 1 to 500 (default 50)."),
            Param.integer("offset", "Items to skip."));

    public record Proposition(String proposition, int statements, int supporting, int opposing, int speakers,
                              LocalDate first, LocalDate last) {
    }

    private static final String LIST = """
            SELECT s.proposition, count(*) AS statements,
                   count(*) FILTER (WHERE NOT (s.negated OR s.statement_type = 'DENY')) AS supporting,
                   count(*) FILTER (WHERE s.negated OR s.statement_type = 'DENY') AS opposing,
                   count(DISTINCT lower(COALESCE(CAST(s.speaker_id AS text), s.speaker_mention))) AS speakers,
                   min(COALESCE(s.date_earliest, d.published_on)) AS first,
                   max(COALESCE(s.date_earliest, d.published_on)) AS last
            FROM statement s JOIN document d ON d.id = s.document_id
            WHERE s.proposition IS NOT NULL AND s.review_status <> 'REJECTED'
            """;

    private final Jdbi jdbi;

    public LedgerQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Propositions most discussed first; those with both sides before those with one. */
    public Page<Proposition> list(Params p) {
        String q = p.text("q").orElse(null);
        int limit = p.integer("limit", 1, 500, 50);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        String filter = q == null ? "" : " AND strpos(s.proposition, lower(:q)) > 0";
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT count(*) FROM (" + LIST + filter + " GROUP BY s.proposition) x");
            var list = h.createQuery(LIST + filter + """
                     GROUP BY s.proposition
                    ORDER BY (count(*) FILTER (WHERE s.negated OR s.statement_type = 'DENY') > 0
                              AND count(*) FILTER (WHERE NOT (s.negated OR s.statement_type = 'DENY')) > 0) DESC,
                             count(*) DESC, s.proposition
                    LIMIT :limit OFFSET :offset""");
            if (q != null) {
                count.bind("q", q);
                list.bind("q", q);
            }
            long total = count.mapTo(Long.class).one();
            List<Proposition> items = list.bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> new Proposition(rs.getString("proposition"), rs.getInt("statements"),
                            rs.getInt("supporting"), rs.getInt("opposing"), rs.getInt("speakers"),
                            rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                    .list();
            return new Page<>(total, limit, offset, items);
        });
    }
}
