package org.borderwatch.store.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads the mentions of a document's replaceable machine facts, with what resolving them needs. */
final class MentionRows {
    private static final String DOCUMENT = "SELECT text, published_on, publisher, url FROM document WHERE id = :doc";
    private static final String STATEMENTS = """
            SELECT id, speaker_mention, speaker_role, addressee_mention, addressee_role, voice FROM statement
            WHERE document_id = :doc AND fact_origin = 'MACHINE' AND review_status = 'UNREVIEWED' ORDER BY id""";
    private static final String PERPETRATORS = """
            SELECT p.id, p.mention, p.attributed_by_mention, i.source_dataset IS NOT NULL AS dataset
            FROM incident_perpetrator p JOIN incident i ON i.id = p.incident_id
            WHERE i.document_id = :doc AND p.fact_origin = 'MACHINE' AND i.review_status = 'UNREVIEWED' ORDER BY p.id""";
    private static final String PLACE_COUNTRIES = """
            SELECT pl.country FROM incident i JOIN place pl ON pl.id = i.place_id
            WHERE i.document_id = :doc AND pl.country IS NOT NULL ORDER BY i.id""";

    private MentionRows() {}

    static Optional<DocumentMentions> read(Handle h, long documentId) {
        return h.createQuery(DOCUMENT).bind("doc", documentId).map((rs, ctx) -> new Object[] {rs.getString("text"),
                rs.getObject("published_on", LocalDate.class), rs.getString("publisher"), rs.getString("url")})
                .findOne()
                .map(d -> new DocumentMentions(documentId, Optional.ofNullable((LocalDate) d[1]),
                        Optional.ofNullable((String) d[2]), Optional.ofNullable((String) d[3]), (String) d[0],
                        h.createQuery(PLACE_COUNTRIES).bind("doc", documentId).mapTo(String.class).list().stream()
                                .map(String::strip).toList(),
                        mentions(h, documentId)));
    }

    private static List<MentionRef> mentions(Handle h, long documentId) {
        List<MentionRef> out = new ArrayList<>();
        h.createQuery(STATEMENTS).bind("doc", documentId).map((rs, ctx) -> {
            long id = rs.getLong("id");
            boolean author = "AUTHOR".equals(rs.getString("voice"));
            add(out, SeenAs.SPEAKER, id, rs.getString("speaker_mention"), rs.getString("speaker_role"), author);
            add(out, SeenAs.ADDRESSEE, id, rs.getString("addressee_mention"), rs.getString("addressee_role"), false);
            return null;
        }).list();
        h.createQuery(PERPETRATORS).bind("doc", documentId).map((rs, ctx) -> {
            long id = rs.getLong("id");
            add(out, SeenAs.PERPETRATOR, id, rs.getString("mention"), null, false);
            if (!rs.getBoolean("dataset")) { // an imported event's attribution is the dataset's own, not an actor's
                add(out, SeenAs.ATTRIBUTED_BY, id, rs.getString("attributed_by_mention"), null, false);
            }
            return null;
        }).list();
        return out;
    }

    private static void add(List<MentionRef> out, SeenAs seenAs, long id, String mention, String role, boolean author) {
        if (mention != null && !mention.isBlank()) {
            out.add(new MentionRef(seenAs, id, mention, Optional.ofNullable(role).filter(r -> !r.isBlank()), author));
        }
    }
}
