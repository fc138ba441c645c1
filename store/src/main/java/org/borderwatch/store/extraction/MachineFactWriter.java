package org.borderwatch.store.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.store.consolidation.ReportKeys;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Inserts one extraction's facts as MACHINE rows, each citing evidence quoted from the stored text. */
final class MachineFactWriter {
    private static final String INSERT_INCIDENT = """
            INSERT INTO incident (incident_type, date_earliest, date_latest, date_precision,
                                  killed_low, killed_best, killed_high, injured_low, injured_best, injured_high,
                                  captured_low, captured_best, captured_high,
                                  fact_origin, extractor, document_id, report_key)
            VALUES (:type, :dateEarliest, :dateLatest, CAST(:datePrecision AS date_precision),
                    :killedLow, :killedBest, :killedHigh, :injuredLow, :injuredBest, :injuredHigh,
                    :capturedLow, :capturedBest, :capturedHigh,
                    'MACHINE', :extractor, :document, :reportKey)
            RETURNING id
            """;
    private static final String INSERT_REPORT =
            "INSERT INTO incident_report (incident_id, document_id) VALUES (:incident, :document)";
    private static final String INSERT_PLACE = """
            INSERT INTO incident_place_mention (incident_id, mention, span_start, span_end, place_id)
            VALUES (:incident, :mention, :spanStart, :spanEnd, :place)
            """;
    private static final String SET_INCIDENT_PLACE =
            "UPDATE incident SET place_id = :place, place_precision = :precision WHERE id = :incident";
    private static final String INSERT_PERPETRATOR = """
            INSERT INTO incident_perpetrator (incident_id, mention, span_start, span_end, attribution,
                                              attributed_by_mention, fact_origin)
            VALUES (:incident, :mention, :spanStart, :spanEnd, :attribution, :attributedBy, 'MACHINE')
            """;
    private static final String INSERT_VICTIM = """
            INSERT INTO incident_victim (incident_id, category, nationality,
                                         killed_low, killed, killed_high, injured_low, injured, injured_high,
                                         captured_low, captured, captured_high, fact_origin)
            VALUES (:incident, :category, :nationality,
                    :killedLow, :killedBest, :killedHigh, :injuredLow, :injuredBest, :injuredHigh,
                    :capturedLow, :capturedBest, :capturedHigh, 'MACHINE')
            """;
    private static final String INSERT_INCIDENT_EVIDENCE = """
            WITH e AS (INSERT INTO evidence (document_id, span_start, span_end, sentence, quote)
                       VALUES (:document, :spanStart, :spanEnd, :sentence, :quote) RETURNING id)
            INSERT INTO incident_evidence (incident_id, evidence_id) SELECT :fact, id FROM e
            """;
    private static final String INSERT_STATEMENT = """
            INSERT INTO statement (document_id, statement_type,
                                   speaker_mention, speaker_role, speaker_start, speaker_end,
                                   addressee_mention, addressee_role, addressee_start, addressee_end,
                                   proposition, quote, date_earliest, date_latest, date_precision,
                                   negated, condition_text, voice, fact_origin, extractor)
            VALUES (:document, :type,
                    :speaker, :speakerRole, :speakerStart, :speakerEnd,
                    :addressee, :addresseeRole, :addresseeStart, :addresseeEnd,
                    :proposition, :quote, :dateEarliest, :dateLatest, CAST(:datePrecision AS date_precision),
                    :negated, :condition, :voice, 'MACHINE', :extractor)
            RETURNING id
            """;
    private static final String INSERT_STATEMENT_EVIDENCE = """
            WITH e AS (INSERT INTO evidence (document_id, span_start, span_end, sentence, quote)
                       VALUES (:document, :spanStart, :spanEnd, :sentence, :quote) RETURNING id)
            INSERT INTO statement_evidence (statement_id, evidence_id) SELECT :fact, id FROM e
            """;
    // Run after the remover: what is left of the document's machine-derived facts an analyst reviewed,
    // corrected or relies on. The new extraction's copy of such a fact is not stored again.
    private static final String SURVIVING_REPORTS = """
            SELECT report_key, id FROM incident
            WHERE document_id = :document AND fact_origin <> 'HUMAN' AND report_key IS NOT NULL""";
    private static final String SURVIVING_STATEMENTS = "SELECT " + StatementKeys.SQL + " AS key FROM statement s "
            + StatementKeys.FIRST_EVIDENCE + " WHERE s.document_id = :document AND s.fact_origin <> 'HUMAN'";
    private static final String INSERT_STATEMENT_INCIDENT =
            "INSERT INTO statement_incident (statement_id, incident_id) VALUES (:statement, :incident) ON CONFLICT DO NOTHING";

    private final Handle handle;
    private final Extraction extraction;
    private final String text;
    private final SentenceLocator sentences;
    private final List<List<Optional<ResolvedPlace>>> placements;
    private int incidentsInserted;

    /**
     * @param placements one list per incident, one entry per place mention (see
     *                   {@link PostgresExtractionStore#replaceMachineFacts(Extraction, List, List)}); empty
     *                   when nothing was resolved
     */
    MachineFactWriter(Handle handle, Extraction extraction, String documentText, SentenceLocator sentences,
                      List<List<Optional<ResolvedPlace>>> placements) {
        this.handle = handle;
        this.extraction = extraction;
        this.text = documentText;
        this.sentences = sentences;
        this.placements = checked(extraction, placements);
    }

    private static List<List<Optional<ResolvedPlace>>> checked(Extraction extraction,
                                                                List<List<Optional<ResolvedPlace>>> placements) {
        if (placements.isEmpty()) {
            return placements;
        }
        List<IncidentReport> incidents = extraction.incidents();
        if (placements.size() != incidents.size()) {
            throw new IllegalArgumentException("placements for " + placements.size() + " incidents but document "
                    + extraction.documentId() + " has " + incidents.size());
        }
        for (int i = 0; i < incidents.size(); i++) {
            if (placements.get(i).size() != incidents.get(i).places().size()) {
                throw new IllegalArgumentException("incident " + i + " of document " + extraction.documentId()
                        + " names " + incidents.get(i).places().size() + " places but has "
                        + placements.get(i).size() + " placements");
            }
        }
        return placements;
    }

    /**
     * Inserts the incidents, returning their ids in the extraction's order: a new id, or the id of the
     * surviving report with the same key (an analyst reviewed or uses it), which is kept as it is.
     */
    List<Long> incidents() {
        Map<ResolvedPlace, Long> placeIds = PlaceWriter.upsertAll(handle, placements);
        List<Long> ids = new ArrayList<>();
        List<IncidentReport> incidents = extraction.incidents();
        List<String> keys = ReportKeys.extracted(extraction.documentId(),
                incidents.stream().map(r -> r.evidence().get(0).start()).toList());
        Map<String, Long> surviving = new java.util.HashMap<>();
        handle.createQuery(SURVIVING_REPORTS).bind("document", extraction.documentId())
                .map((rs, ctx) -> surviving.putIfAbsent(rs.getString("report_key"), rs.getLong("id"))).list();
        for (int i = 0; i < incidents.size(); i++) {
            IncidentReport r = incidents.get(i);
            Long kept = surviving.get(keys.get(i));
            if (kept != null) {
                ids.add(kept);
                continue;
            }
            incidentsInserted++;
            long id = insertIncident(r, keys.get(i));
            ids.add(id);
            handle.createUpdate(INSERT_REPORT).bind("incident", id).bind("document", extraction.documentId()).execute();
            places(id, r.places(), placements.isEmpty() ? List.of() : placements.get(i), placeIds);
            perpetrators(id, r.perpetrators());
            victims(id, r.victims());
            evidence(INSERT_INCIDENT_EVIDENCE, id, r.evidence());
        }
        return ids;
    }

    /** How many incidents {@link #incidents()} inserted (not counting the surviving ones it kept). */
    int incidentsInserted() {
        return incidentsInserted;
    }

    /**
     * Inserts the statements, linking each to the ids of the incidents it names, and returns how many it
     * inserted: a statement with the key of a surviving one ({@link StatementKeys}) is that one, kept as it is.
     */
    int statements(List<Long> incidentIds) {
        java.util.Set<String> surviving = new java.util.HashSet<>(handle.createQuery(SURVIVING_STATEMENTS)
                .bind("document", extraction.documentId())
                .mapTo(String.class).list());
        int inserted = 0;
        for (StatementReport s : extraction.statements()) {
            if (surviving.contains(StatementKeys.of(extraction.documentId(), s))) {
                continue;
            }
            inserted++;
            long id = insertStatement(s);
            evidence(INSERT_STATEMENT_EVIDENCE, id, s.evidence());
            for (int index : s.incidents()) {
                if (index < 0 || index >= incidentIds.size()) {
                    throw new IllegalArgumentException("statement '" + s.proposition() + "' names incident " + index
                            + " but document " + extraction.documentId() + " has " + incidentIds.size());
                }
                handle.createUpdate(INSERT_STATEMENT_INCIDENT)
                        .bind("statement", id).bind("incident", incidentIds.get(index)).execute();
            }
        }
        return inserted;
    }

    private long insertIncident(IncidentReport r, String reportKey) {
        var insert = handle.createQuery(INSERT_INCIDENT)
                .bind("type", r.type().name())
                .bind("extractor", extraction.extractorVersion())
                .bind("document", extraction.documentId())
                .bind("reportKey", reportKey);
        Columns.bindDate(insert, r.date());
        Columns.bindCount(insert, "killed", r.killed());
        Columns.bindCount(insert, "injured", r.injured());
        Columns.bindCount(insert, "captured", r.captured());
        return insert.mapTo(Long.class).one();
    }

    /**
     * The mentions with the rows of the places they resolved to; the incident is placed at the most
     * precise of those (the first on a tie).
     */
    private void places(long incident, List<PlaceMention> places, List<Optional<ResolvedPlace>> resolved,
                        Map<ResolvedPlace, Long> placeIds) {
        PreparedBatch batch = handle.prepareBatch(INSERT_PLACE);
        Long best = null;
        ResolvedPlace bestPlace = null;
        for (int i = 0; i < places.size(); i++) {
            PlaceMention p = places.get(i);
            Optional<ResolvedPlace> r = resolved.isEmpty() ? Optional.empty() : resolved.get(i);
            Long placeId = r.map(placeIds::get).orElse(null);
            if (placeId != null && (bestPlace == null || r.get().precisionRank() < bestPlace.precisionRank())) {
                best = placeId;
                bestPlace = r.get();
            }
            Columns.bindSpan(batch.bind("incident", incident).bind("mention", p.text()), "span", Optional.of(p.span()))
                    .bind("place", placeId)
                    .add();
        }
        execute(batch);
        if (best != null) {
            handle.createUpdate(SET_INCIDENT_PLACE).bind("place", best).bind("precision", bestPlace.precision())
                    .bind("incident", incident).execute();
        }
    }

    private void perpetrators(long incident, List<Perpetrator> perpetrators) {
        PreparedBatch batch = handle.prepareBatch(INSERT_PERPETRATOR);
        for (Perpetrator p : perpetrators) {
            Columns.bindSpan(batch, "span", Optional.of(p.span()))
                    .bind("incident", incident)
                    .bind("mention", p.mention())
                    .bind("attribution", p.attribution().name())
                    .bind("attributedBy", p.attributedBy())
                    .add();
        }
        execute(batch);
    }

    private void victims(long incident, List<VictimGroup> victims) {
        PreparedBatch batch = handle.prepareBatch(INSERT_VICTIM);
        for (VictimGroup v : victims) {
            Columns.bindCount(batch, "killed", v.killed());
            Columns.bindCount(batch, "injured", v.injured());
            Columns.bindCount(batch, "captured", v.captured());
            batch.bind("incident", incident)
                    .bind("category", v.category())
                    .bind("nationality", v.nationality().orElse(null))
                    .add();
        }
        execute(batch);
    }

    private void evidence(String sql, long fact, List<Span> spans) {
        PreparedBatch batch = handle.prepareBatch(sql);
        for (Span span : spans) {
            Evidence e = new Evidence(extraction.documentId(), span, sentences.sentenceOf(span), quote(span));
            batch.bind("fact", fact)
                    .bind("document", e.documentId())
                    .bind("spanStart", span.start())
                    .bind("spanEnd", span.end())
                    .bind("sentence", e.sentence())
                    .bind("quote", e.quote())
                    .add();
        }
        execute(batch);
    }

    private String quote(Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("evidence span " + span + " lies beyond the end of document "
                    + extraction.documentId() + " (" + text.length() + " characters)");
        }
        return span.of(text);
    }

    private long insertStatement(StatementReport s) {
        Party speaker = s.speaker();
        var insert = handle.createQuery(INSERT_STATEMENT)
                .bind("document", extraction.documentId())
                .bind("type", s.type().name())
                .bind("speaker", speaker.mention())
                .bind("speakerRole", speaker.role().orElse(null))
                .bind("addressee", s.addressee().map(Party::mention).orElse(null))
                .bind("addresseeRole", s.addressee().flatMap(Party::role).orElse(null))
                .bind("proposition", s.proposition())
                .bind("quote", s.quote())
                .bind("negated", s.negated())
                .bind("condition", s.condition().orElse(null))
                .bind("voice", s.voice().name())
                .bind("extractor", extraction.extractorVersion());
        Columns.bindSpan(insert, "speaker", Optional.of(speaker.span()));
        Columns.bindSpan(insert, "addressee", s.addressee().map(Party::span));
        Columns.bindDate(insert, s.date());
        return insert.mapTo(Long.class).one();
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
