package org.borderwatch.store.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.store.extraction.ExtractionFixtures.TEXT;
import static org.borderwatch.store.extraction.ExtractionFixtures.extraction;
import static org.borderwatch.store.extraction.ExtractionFixtures.sentences;
import static org.borderwatch.store.extraction.ExtractionFixtures.span;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;

class ExtractionStoreTest {
    private final TestDatabase db = TestDatabase.create();
    private final PostgresExtractionStore store = new PostgresExtractionStore(db.jdbi());
    private final long doc = ExtractionFixtures.storeDocument(db, "Bisham", LocalDate.of(2024, 5, 28), TEXT);

    @Test
    void replacingTwiceLeavesOneSetAndNoOrphanEvidence() {
        Replaced first = store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        assertThat(first).isEqualTo(new Replaced(doc, 0, 0, 2, 2));
        Map<String, Long> once = counts();

        Replaced second = store.replaceMachineFacts(extraction(doc, "rules-2"), sentences(TEXT));
        assertThat(second).isEqualTo(new Replaced(doc, 2, 2, 2, 2));
        assertThat(counts()).isEqualTo(once);
        assertThat(once).containsEntry("incident", 2L).containsEntry("statement", 2L)
                .containsEntry("evidence", 5L).containsEntry("incident_report", 2L)
                .containsEntry("incident_perpetrator", 1L).containsEntry("incident_victim", 3L)
                .containsEntry("incident_place_mention", 2L).containsEntry("statement_incident", 1L);
        assertThat(store.incidents(FactQuery.all(10)))
                .allSatisfy(i -> assertThat(i.source().extractor()).contains("rules-2"));

        store.replaceMachineFacts(new Extraction(doc, "rules-3", List.of(), List.of()));
        assertThat(counts()).containsEntry("incident", 0L).containsEntry("statement", 0L).containsEntry("evidence", 0L);
    }

    @Test
    void evidenceQuotesTheStoredTextAndNamesTheSentence() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT span_start, span_end, sentence, quote, document_id FROM evidence ORDER BY id").mapToMap().list());
        assertThat(rows).hasSize(5);
        List<Span> sentences = sentences(TEXT);
        for (Map<String, Object> row : rows) {
            int start = (Integer) row.get("span_start");
            int end = (Integer) row.get("span_end");
            assertThat(row.get("quote")).isEqualTo(TEXT.substring(start, end));
            assertThat(row.get("document_id")).isEqualTo(doc);
            Span sentence = sentences.get((Integer) row.get("sentence"));
            assertThat(sentence.contains(new Span(start, end))).as("evidence %d..%d in its sentence", start, end).isTrue();
        }
        assertThat(rows).extracting(r -> r.get("sentence")).contains(0, 1, 2, 3);
    }

    @Test
    void statementLinksFollowTheNewIncidentIds() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));

        StoredStatement attribution = only(store.statements(query(doc, "ATTRIBUTE_RESPONSIBILITY")));
        StoredIncident bisham = only(store.incidents(query(doc, "SUICIDE_ATTACK")));
        assertThat(attribution.incidentIds()).containsExactly(bisham.id());
        assertThat(only(store.statements(query(doc, "DENY"))).incidentIds()).isEmpty();
    }

    @Test
    void analystsFactsSurviveReExtractionUntouched() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        long corrected = only(store.incidents(query(doc, "CLASH"))).id();
        long reviewed = only(store.statements(query(doc, "DENY"))).id();
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE incident SET fact_origin = 'CORRECTED', killed_best = 2, killed_low = 2, killed_high = 2,"
                    + " version = version + 1 WHERE id = ?", corrected);
            h.execute("UPDATE statement SET review_status = 'ACCEPTED' WHERE id = ?", reviewed);
        });
        long human = insertHumanStatement();
        Map<String, Object> before = snapshot();

        store.replaceMachineFacts(extraction(doc, "rules-2"), sentences(TEXT));

        Map<String, Object> after = snapshot();
        assertThat(after).isEqualTo(before);
        assertThat(store.incidents(query(doc, "CLASH"))).as("the corrected report, not a fresh machine copy of it")
                .singleElement().satisfies(i -> assertThat(i.source().origin()).isEqualTo(FactOrigin.CORRECTED));
        assertThat(store.statements(query(doc, null))).extracting(StoredStatement::id).contains(human, reviewed);
        // the reviewed machine denial and the analyst's own; the new extraction's copy of the first is not added
        assertThat(store.statements(query(doc, "DENY"))).extracting(StoredStatement::id)
                .containsExactlyInAnyOrder(reviewed, human);
        assertThat(store.statements(query(doc, "ATTRIBUTE_RESPONSIBILITY"))).hasSize(1);
    }

    @Test
    void aRejectedStatementDoesNotComeBackWhenTheDocumentIsExtractedAgain() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        long rejected = only(store.statements(query(doc, "DENY"))).id();
        db.jdbi().useHandle(h -> h.execute("UPDATE statement SET review_status = 'REJECTED' WHERE id = ?", rejected));

        Replaced again = store.replaceMachineFacts(extraction(doc, "rules-2"), sentences(TEXT));

        assertThat(store.statements(query(doc, "DENY"))).extracting(StoredStatement::id).containsExactly(rejected);
        assertThat(again.statementsAdded()).isEqualTo(again.statementsRemoved());
        assertThat(again.incidentsAdded()).isEqualTo(again.incidentsRemoved());
    }

    @Test
    void anIncidentAnAnalystsStatementLinksIsKeptWithTheLink() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        StoredStatement attribution = only(store.statements(query(doc, "ATTRIBUTE_RESPONSIBILITY")));
        db.jdbi().useHandle(h -> h.execute("UPDATE statement SET fact_origin = 'CORRECTED' WHERE id = ?", attribution.id()));

        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));

        StoredStatement kept = store.statements(query(doc, "ATTRIBUTE_RESPONSIBILITY")).stream()
                .filter(s -> s.id() == attribution.id()).findFirst().orElseThrow();
        assertThat(kept.incidentIds()).isEqualTo(attribution.incidentIds());
        assertThat(store.incidents(query(doc, "SUICIDE_ATTACK"))).extracting(StoredIncident::id)
                .as("the incident the analyst's statement names, not a second copy").containsExactly(attribution.incidentIds().get(0));
        assertThat(store.statements(query(doc, "ATTRIBUTE_RESPONSIBILITY"))).extracting(StoredStatement::id)
                .containsExactly(attribution.id());
    }

    @Test
    void aFailedReplacementChangesNothing() {
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        Map<String, Object> before = snapshot();
        Extraction beyond = new Extraction(doc, "rules-2", List.of(ExtractionFixtures.bisham()),
                List.of(ExtractionFixtures.attribution(3)));
        assertThatThrownBy(() -> store.replaceMachineFacts(beyond)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names incident 3");
        assertThat(snapshot()).isEqualTo(before);

        assertThatThrownBy(() -> store.replaceMachineFacts(new Extraction(424242, "rules-1", List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no document with id 424242");
    }

    @Test
    void listsFieldsDocumentAndFirstQuoteWithFiltersAndPaging() {
        long other = ExtractionFixtures.storeDocument(db, "Later", LocalDate.of(2024, 6, 2), TEXT + "\nMore.");
        store.replaceMachineFacts(extraction(doc, "rules-1"), sentences(TEXT));
        store.replaceMachineFacts(new Extraction(other, "rules-1", List.of(ExtractionFixtures.torkham()), List.of()));

        List<StoredIncident> all = store.incidents(FactQuery.all(10));
        // dated incidents by their date, undated ones by their document's
        assertThat(all).extracting(StoredIncident::type).containsExactly("CLASH", "CLASH", "SUICIDE_ATTACK");
        assertThat(all.get(0).document().orElseThrow().id()).isEqualTo(other);
        assertThat(store.countIncidents(FactQuery.all(1))).isEqualTo(3);
        assertThat(store.incidents(new FactQuery(Optional.empty(), Optional.empty(), 1, 2)))
                .extracting(StoredIncident::type).containsExactly("SUICIDE_ATTACK");
        assertThat(store.incidents(query(doc, null))).hasSize(2);
        assertThat(store.countIncidents(query(other, "SUICIDE_ATTACK"))).isZero();

        StoredIncident bisham = only(store.incidents(query(doc, IncidentType.SUICIDE_ATTACK.name())));
        assertThat(bisham.document()).contains(new DocumentRef(doc, Optional.of("Bisham"), Optional.of(LocalDate.of(2024, 5, 28))));
        assertThat(bisham.date()).contains(FuzzyDate.month(2024, 3));
        assertThat(bisham.places()).containsExactly("Bisham");
        assertThat(bisham.perpetrators()).containsExactly(
                new StoredPerpetrator("the TTP", Attribution.ATTRIBUTED, Optional.of("The interior minister")));
        assertThat(bisham.victims()).isEqualTo(ExtractionFixtures.bisham().victims());
        assertThat(bisham.killed()).contains(Count.exactly(6));
        assertThat(bisham.evidence().orElseThrow().quote()).isEqualTo("A suicide bomber killed five Chinese engineers");
        assertThat(bisham.source().origin()).isEqualTo(FactOrigin.MACHINE);
        assertThat(bisham.source().reviewStatus()).isEqualTo("UNREVIEWED");

        StoredIncident torkham = store.incidents(query(doc, "CLASH")).get(0);
        assertThat(torkham.injured()).contains(Count.atLeast(12));
        assertThat(torkham.captured()).contains(new Count(2, 3, 4));
        assertThat(torkham.victims()).as("a group taken, its range and open end kept")
                .isEqualTo(ExtractionFixtures.torkham().victims());
        assertThat(torkham.killed()).isEmpty();

        StoredStatement denial = only(store.statements(query(doc, StatementType.DENY.name())));
        assertThat(denial.speaker()).contains("Kabul");
        assertThat(denial.addressee()).contains("Pakistan");
        assertThat(denial.addresseeRole()).contains("government");
        assertThat(denial.negated()).isTrue();
        assertThat(denial.condition()).contains("if asked");
        assertThat(denial.proposition()).contains("afghanistan shelters militants");
        assertThat(denial.evidence().orElseThrow().quote()).isEqualTo("Kabul denied that it shelters militants");
        // the undated denial sorts by its document's date (05-28), after which the attribution (05-26)
        assertThat(store.statements(FactQuery.all(10))).extracting(StoredStatement::type)
                .containsExactly("DENY", "ATTRIBUTE_RESPONSIBILITY");
        assertThat(store.countStatements(query(other, null))).isZero();
    }

    @Test
    void pagesDocumentIds() {
        long second = ExtractionFixtures.storeDocument(db, "Two", LocalDate.of(2024, 1, 1), "Another text.");
        assertThat(store.documentIdsAfter(0, 10)).containsExactly(doc, second);
        assertThat(store.documentIdsAfter(doc, 10)).containsExactly(second);
        assertThat(store.documentIdsAfter(0, 1)).containsExactly(doc);
    }

    private long insertHumanStatement() {
        return db.jdbi().withHandle(h -> {
            long id = h.createQuery("""
                    INSERT INTO statement (document_id, statement_type, speaker_mention, proposition, voice, fact_origin)
                    VALUES (:doc, 'DENY', 'Kabul', 'afghanistan shelters militants', 'REPORTED', 'HUMAN') RETURNING id""")
                    .bind("doc", doc).mapTo(Long.class).one();
            Span s = span(TEXT, "Kabul denied");
            h.createUpdate("""
                    WITH e AS (INSERT INTO evidence (document_id, span_start, span_end, sentence, quote)
                               VALUES (:doc, :start, :end, 3, 'Kabul denied') RETURNING id)
                    INSERT INTO statement_evidence SELECT :id, id FROM e""")
                    .bind("doc", doc).bind("start", s.start()).bind("end", s.end()).bind("id", id).execute();
            return id;
        });
    }

    /** Every analyst-owned or reviewed row and what hangs off it, as JSON, for before/after comparison. */
    private Map<String, Object> snapshot() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT
                  (SELECT jsonb_agg(to_jsonb(i) ORDER BY i.id) FROM incident i
                    WHERE fact_origin <> 'MACHINE' OR review_status <> 'UNREVIEWED') AS incidents,
                  (SELECT jsonb_agg(to_jsonb(s) ORDER BY s.id) FROM statement s
                    WHERE fact_origin <> 'MACHINE' OR review_status <> 'UNREVIEWED') AS statements,
                  (SELECT jsonb_agg(to_jsonb(e) ORDER BY e.id) FROM evidence e WHERE e.id IN (
                      SELECT evidence_id FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                       WHERE i.fact_origin <> 'MACHINE' OR i.review_status <> 'UNREVIEWED'
                      UNION SELECT evidence_id FROM statement_evidence se JOIN statement s ON s.id = se.statement_id
                       WHERE s.fact_origin <> 'MACHINE' OR s.review_status <> 'UNREVIEWED')) AS evidence,
                  (SELECT jsonb_agg(to_jsonb(v) ORDER BY v.id) FROM incident_victim v JOIN incident i ON i.id = v.incident_id
                    WHERE i.fact_origin <> 'MACHINE') AS victims,
                  (SELECT jsonb_agg(to_jsonb(p) ORDER BY p.id) FROM incident_perpetrator p JOIN incident i ON i.id = p.incident_id
                    WHERE i.fact_origin <> 'MACHINE') AS perpetrators,
                  (SELECT jsonb_agg(to_jsonb(m) ORDER BY m.id) FROM incident_place_mention m JOIN incident i ON i.id = m.incident_id
                    WHERE i.fact_origin <> 'MACHINE') AS places,
                  (SELECT count(*) FROM incident_report r JOIN incident i ON i.id = r.incident_id
                    WHERE i.fact_origin <> 'MACHINE') AS reports
                """).mapToMap().one());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("incident", "statement", "evidence", "incident_report", "incident_perpetrator",
                "incident_victim", "incident_place_mention", "incident_evidence", "statement_evidence",
                "statement_incident")) {
            counts.put(table, db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                    .mapTo(Long.class).one()));
        }
        return counts;
    }

    private static FactQuery query(long document, String type) {
        return new FactQuery(Optional.of(document), Optional.ofNullable(type), 50, 0);
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
