package org.borderwatch.web.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.web.Problem;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Documents: listed and searched (PostgreSQL full text, with highlighted snippets), and one with its facts. */
public final class DocumentQueries {
    public static final List<String> SORTS = List.of("-published", "published", "relevance");
    public static final List<Param> PARAMS = List.of(
            Param.date("from", "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY)."),
            Param.date("to", "Published on or before."),
            Param.string("q", "Full-text query (web search syntax: words, \"a phrase\", -not); adds a highlighted snippet."),
            Param.string("publisher", "Publisher, exactly."),
            Param.string("actor", "Documents with a fact naming this actor (id, name, alias or mention)."),
            Param.oneOf("sort", "Order (default: relevance with q, else -published).", SORTS),
            Param.integer("limit", "Page size, 1 to 500 (default 20)."),
            Param.integer("offset", "Items to skip."));
    /** Sentinels around highlighted words: control characters, which stored texts never contain (normalised). */
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=28, MinWords=8, FragmentDelimiter=\" … \"";

    /** A listed document; {@code snippet} and {@code highlights} (offsets into it) only for a text query. */
    public record DocumentSummary(long id, String title, LocalDate published, String publisher, String grade,
                                  String format, int characters, int incidents, int statements, String snippet,
                                  List<int[]> highlights) {
    }

    /** A span of the text that a fact was read from, and the fact: what the document page highlights. */
    public record FactSpan(int start, int end, String kind, String factId, String label, Long evidenceId) {
    }

    public record DocumentDetail(long id, String title, LocalDate published, String publisher, String url,
                                 String origin, String externalId, String grade, String language, String format,
                                 String text, List<FactSpan> facts) {
    }

    private static final String FACT_SPANS = """
            SELECT e.span_start AS s, e.span_end AS e, 'incident' AS kind, CAST(ie.incident_id AS text) AS fact,
                   lower(i.incident_type) AS label, i.consolidated_id, e.id AS evidence_id
            FROM evidence e JOIN incident_evidence ie ON ie.evidence_id = e.id JOIN incident i ON i.id = ie.incident_id
            WHERE e.document_id = :id AND i.review_status <> 'REJECTED'
            UNION ALL
            SELECT e.span_start, e.span_end, 'statement', CAST(se.statement_id AS text), lower(s.statement_type), NULL, e.id
            FROM evidence e JOIN statement_evidence se ON se.evidence_id = e.id JOIN statement s ON s.id = se.statement_id
            WHERE e.document_id = :id AND s.review_status <> 'REJECTED'
            UNION ALL
            SELECT p.span_start, p.span_end, 'perpetrator', CAST(i.id AS text), lower(p.attribution) || ': ' || p.mention,
                   i.consolidated_id, NULL
            FROM incident_perpetrator p JOIN incident i ON i.id = p.incident_id
            WHERE i.document_id = :id AND p.span_start IS NOT NULL AND i.review_status <> 'REJECTED'
            UNION ALL
            SELECT m.span_start, m.span_end, 'place', CAST(i.id AS text), 'place: ' || m.mention, i.consolidated_id, NULL
            FROM incident_place_mention m JOIN incident i ON i.id = m.incident_id
            WHERE i.document_id = :id AND m.span_start IS NOT NULL AND i.review_status <> 'REJECTED'
            UNION ALL
            SELECT s.speaker_start, s.speaker_end, 'speaker', CAST(s.id AS text), 'speaker: ' || s.speaker_mention, NULL, NULL
            FROM statement s WHERE s.document_id = :id AND s.speaker_start IS NOT NULL AND s.review_status <> 'REJECTED'
            UNION ALL
            SELECT s.addressee_start, s.addressee_end, 'addressee', CAST(s.id AS text), 'addressee: ' || s.addressee_mention, NULL, NULL
            FROM statement s WHERE s.document_id = :id AND s.addressee_start IS NOT NULL AND s.review_status <> 'REJECTED'
            ORDER BY 1, 2 DESC
            """;

    private final Jdbi jdbi;

    public DocumentQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<DocumentSummary> list(Params p) {
        Optional<LocalDate> from = p.date("from", false);
        Optional<LocalDate> to = p.date("to", true);
        Optional<String> q = p.text("q");
        String sort = p.oneOf("sort", SORTS).orElse(q.isPresent() ? "relevance" : "-published");
        if (sort.equals("relevance") && q.isEmpty()) {
            throw Problem.badParameter("sort", "relevance needs a text query q");
        }
        int limit = p.integer("limit", 1, 500, 20);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        Sql where = new Sql();
        from.ifPresent(d -> where.and("d.published_on >= :from", "from", d));
        to.ifPresent(d -> where.and("d.published_on <= :to", "to", d));
        p.text("publisher").ifPresent(v -> where.and("d.publisher = :publisher", "publisher", v));
        q.ifPresent(v -> where.and("d.search @@ websearch_to_tsquery('english', :q)", "q", v));
        p.text("actor").ifPresent(a -> where.and("""
                (d.id IN (SELECT r.document_id FROM incident r JOIN incident_perpetrator p ON p.incident_id = r.id
                          WHERE %s)
                 OR d.id IN (SELECT s.document_id FROM statement s WHERE %s OR %s))
                """.formatted(ActorQueries.matches("p.actor_id", "p.mention"),
                ActorQueries.matches("s.speaker_id", "s.speaker_mention"),
                ActorQueries.matches("s.addressee_id", "s.addressee_mention")), "actor", ActorQueries.bindable(a)));
        String order = switch (sort) {
            case "published" -> "d.published_on ASC NULLS LAST, d.id";
            case "relevance" -> "ts_rank(d.search, websearch_to_tsquery('english', :q)) DESC, d.id DESC";
            default -> "d.published_on DESC NULLS LAST, d.id DESC";
        };
        String snippet = q.isPresent()
                ? "ts_headline('english', d.text, websearch_to_tsquery('english', :q), :options)" : "NULL";
        return jdbi.withHandle(h -> {
            long total = where.bind(h.createQuery("SELECT count(*) FROM document d " + where.where())).mapTo(Long.class).one();
            var query = h.createQuery("""
                    SELECT d.id, d.title, d.published_on, d.publisher, d.grade, d.format, d.char_count,
                           (SELECT count(*) FROM incident i WHERE i.document_id = d.id) AS incidents,
                           (SELECT count(*) FROM statement s WHERE s.document_id = d.id) AS statements,
                           %s AS snippet
                    FROM document d
                    """.formatted(snippet) + where.where() + "ORDER BY " + order + " LIMIT :limit OFFSET :offset");
            where.bind(query).bind("limit", limit).bind("offset", offset);
            if (q.isPresent()) {
                query.bind("options", HEADLINE_OPTIONS);
            }
            List<DocumentSummary> items = query.map((rs, ctx) -> summary(rs)).list();
            return new Page<>(total, limit, offset, items);
        });
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        String marked = rs.getString("snippet");
        String snippet = null;
        List<int[]> highlights = List.of();
        if (marked != null) {
            StringBuilder plain = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == START) {
                    open = plain.length();
                } else if (c == STOP && open >= 0) {
                    spans.add(new int[] {open, plain.length()});
                    open = -1;
                } else {
                    plain.append(c);
                }
            }
            snippet = plain.toString();
            highlights = spans;
        }
        return new DocumentSummary(rs.getLong("id"), rs.getString("title"), rs.getObject("published_on", LocalDate.class),
                rs.getString("publisher"), rs.getString("grade"), rs.getString("format"), rs.getInt("char_count"),
                rs.getInt("incidents"), rs.getInt("statements"), snippet, highlights);
    }

    public Optional<DocumentDetail> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, title, published_on, publisher, url, origin, external_id, grade, language, format, text
                        FROM document WHERE id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> new DocumentDetail(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class), rs.getString("publisher"), rs.getString("url"),
                        rs.getString("origin"), rs.getString("external_id"), rs.getString("grade"),
                        rs.getString("language"), rs.getString("format"), rs.getString("text"), List.of()))
                .findOne()
                .map(d -> new DocumentDetail(d.id(), d.title(), d.published(), d.publisher(), d.url(), d.origin(),
                        d.externalId(), d.grade(), d.language(), d.format(), d.text(), facts(h, id, d.text().length()))));
    }

    private static List<FactSpan> facts(Handle h, long id, int length) {
        return h.createQuery(FACT_SPANS).bind("id", id).map((rs, ctx) -> {
            String kind = rs.getString("kind");
            long cid = rs.getLong("consolidated_id");
            boolean grouped = !rs.wasNull();
            String fact = rs.getString("fact");
            boolean incidentKind = !kind.equals("statement") && !kind.equals("speaker") && !kind.equals("addressee");
            String factId = incidentKind ? (grouped ? "c" + cid : "r" + fact) : fact;
            return new FactSpan(Math.min(rs.getInt("s"), length), Math.min(rs.getInt("e"), length), kind, factId,
                    rs.getString("label"), rs.getObject("evidence_id", Long.class));
        }).list();
    }
}
