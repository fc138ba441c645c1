package org.borderwatch.store.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.store.consolidation.ConsolidationFixtures.BESHAM;
import static org.borderwatch.store.consolidation.ConsolidationFixtures.QUETTA;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;

class ConsolidationStoreTest {
    private static final String DAWN = "A suicide bomber killed six people near Besham on Tuesday, the TTP said.";
    private static final String REUTERS = "Five Chinese engineers and their driver died in a bomb attack in Besham.";
    private static final String QUETTA_TEXT = "A bomb killed two policemen in Quetta.";

    private final TestDatabase db = TestDatabase.create();
    private final ConsolidationFixtures fx = new ConsolidationFixtures(db);
    private final long dawn = fx.news("Dawn", "2024-03-27", DAWN, "Besham", BESHAM,
            Optional.of(FuzzyDate.day(java.time.LocalDate.of(2024, 3, 26))), 6, "the TTP");
    private final long reuters = fx.news("Reuters", "2024-03-26", REUTERS, "Besham", BESHAM, Optional.empty(), 6, null);
    private final long quetta = fx.news("Dawn", "2024-03-26", QUETTA_TEXT, "Quetta", QUETTA, Optional.empty(), 2, null);

    @Test
    void everyReportEndsInExactlyOneConsolidatedIncidentWithItsMatchKept() {
        ConsolidationStore.Applied applied = fx.run(false);
        assertThat(applied.groups()).isEqualTo(2);
        assertThat(applied.added()).isEqualTo(2);
        assertThat(applied.multiReport()).isEqualTo(1);
        assertThat(applied.reportsWritten()).isEqualTo(3);
        assertThat(fx.store.reportCounts()).containsExactly(3, 3);

        List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT i.document_id, i.report_key, i.consolidated_id, i.match_score, CAST(i.match_features AS text) AS f,
                       c.report_count FROM incident i JOIN consolidated_incident c ON c.id = i.consolidated_id
                ORDER BY i.document_id""").mapToMap().list());
        assertThat(rows).extracting(r -> r.get("report_key")).containsExactly("doc:" + dawn + ":0", "doc:" + reuters + ":0",
                "doc:" + quetta + ":0");
        assertThat(rows.get(0).get("consolidated_id")).isEqualTo(rows.get(1).get("consolidated_id"));
        assertThat(rows.get(2).get("report_count")).isEqualTo(1);
        Map<String, Object> joined = rows.get(0).get("match_score") == null ? rows.get(1) : rows.get(0);
        assertThat((Double) joined.get("match_score")).isGreaterThanOrEqualTo(0.7);
        assertThat((String) joined.get("f")).contains("\"type\"", "\"date\"", "\"place\"", "\"counts\"", "\"with\"");

        StoredConsolidated besham = fx.store.list(new ConsolidatedQuery(Optional.empty(), 2, 10, 0)).get(0);
        assertThat(besham.reportCount()).isEqualTo(2);
        assertThat(besham.place().orElseThrow().name()).isEqualTo("Besham");
        assertThat(besham.date().orElseThrow().iso()).isEqualTo("2024-03-26");
        assertThat(besham.killed().orElseThrow().best()).isEqualTo(6);
        assertThat(besham.chosenFrom()).containsEntry("date", "doc:" + dawn + ":0").containsKey("place");
        assertThat(besham.reports()).extracting(StoredMember::source)
                .containsExactlyInAnyOrder("Dawn, 2024-03-27: " + DAWN, "Reuters, 2024-03-26: " + REUTERS);
        assertThat(besham.reports().get(1).matchScore()).isPresent();
        assertThat(besham.reports().get(1).features()).containsKeys("type", "date", "place", "with");
    }

    @Test
    void aSecondRunChangesNothingAndAFullRunGivesTheSameIncidents() {
        fx.run(false);
        Map<Long, Long> first = assignment();
        ConsolidationStore.Applied again = fx.run(false);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated() + again.retired() + again.reportsWritten()).isZero();
        ConsolidationStore.Applied full = fx.run(true);
        assertThat(full.updated()).isEqualTo(2);
        assertThat(assignment()).isEqualTo(first);
    }

    @Test
    void aNewReportJoinsItsIncidentAndReExtractionKeepsTheIncidentsThroughReportKeys() {
        fx.run(false);
        long besham = consolidatedOf(dawn);
        long third = fx.news("The News", "2024-03-27", "Six were killed in the Besham blast.", "Besham", BESHAM,
                Optional.empty(), 6, null);
        ConsolidationStore.Applied applied = fx.run(false);
        assertThat(applied.added()).isZero();
        assertThat(applied.updated()).isEqualTo(1);
        assertThat(applied.unchanged()).isEqualTo(1);
        assertThat(consolidatedOf(third)).isEqualTo(besham);

        fx.extract(dawn, DAWN, "Besham", BESHAM, Optional.of(FuzzyDate.day(java.time.LocalDate.of(2024, 3, 26))), 6,
                "the TTP");
        Long unconsolidated = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT consolidated_id FROM incident WHERE document_id = :d").bind("d", dawn).mapTo(Long.class).one());
        assertThat(unconsolidated).as("a re-extracted report starts unconsolidated").isNull();
        fx.run(false);
        assertThat(consolidatedOf(dawn)).isEqualTo(besham);
        assertThat(count("SELECT count(*) FROM consolidated_incident")).isEqualTo(2);
    }

    @Test
    void splitAndMergeTakeEffectAtOnceAreAuditedAndSurviveTheNextRun() {
        fx.run(false);
        long besham = consolidatedOf(dawn);
        long reutersReport = reportOf(reuters);

        long alone = fx.store.split(reutersReport, "alice", Optional.of("a different blast"));
        assertThat(consolidatedOf(reuters)).isEqualTo(alone).isNotEqualTo(besham);
        assertThat(count("SELECT count(*) FROM consolidation_decision WHERE decision = 'DIFFERENT' AND author = 'alice'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'split' AND author = 'alice'")).isEqualTo(1);
        assertThat(fx.store.find(besham).orElseThrow().reportCount()).isEqualTo(1);
        ConsolidationStore.Applied run = fx.run(false);
        assertThat(run.stats().decisionsApplied()).isEqualTo(1);
        assertThat(run.stats().keptApart()).isEqualTo(1);
        assertThat(consolidatedOf(reuters)).isNotEqualTo(consolidatedOf(dawn));
        assertThat(fx.store.find(consolidatedOf(dawn)).orElseThrow().notes())
                .anySatisfy(n -> assertThat(n).contains("stay in separate incidents", "DIFFERENT by alice"));

        long kept = fx.store.merge(consolidatedOf(dawn), consolidatedOf(quetta), "bob");
        assertThat(consolidatedOf(quetta)).isEqualTo(kept);
        assertThat(fx.store.find(kept).orElseThrow().reportCount()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'merge' AND author = 'bob'")).isEqualTo(1);
        fx.run(false);
        assertThat(consolidatedOf(quetta)).isEqualTo(consolidatedOf(dawn));

        fx.store.merge(consolidatedOf(dawn), consolidatedOf(reuters), "carol");
        assertThat(count("SELECT count(*) FROM consolidation_decision WHERE superseded_by IS NOT NULL")).isEqualTo(1);
        ConsolidationStore.Applied last = fx.run(false);
        assertThat(last.groups()).isEqualTo(1);
        assertThat(last.stats().decisionsOverridden()).isZero();
    }

    @Test
    void aDecisionHoldsAfterReExtractionGivesTheReportANewId() {
        fx.run(false);
        long before = reportOf(reuters);
        fx.store.split(before, "alice");
        fx.extract(reuters, REUTERS, "Besham", BESHAM, Optional.empty(), 6, null);
        assertThat(reportOf(reuters)).isNotEqualTo(before);
        ConsolidationStore.Applied run = fx.run(false);
        assertThat(run.stats().decisionsApplied()).isEqualTo(1);
        assertThat(run.stats().decisionsDormant()).isZero();
        assertThat(consolidatedOf(reuters)).isNotEqualTo(consolidatedOf(dawn));
    }

    @Test
    void anIncidentAnAnalystCorrectedKeepsItsFields() {
        fx.run(false);
        long besham = consolidatedOf(dawn);
        db.jdbi().useHandle(h -> h.execute("UPDATE consolidated_incident SET fact_origin = 'CORRECTED', killed_low = 6,"
                + " killed_best = 7, killed_high = 7, incident_type = 'SUICIDE_ATTACK' WHERE id = ?", besham));
        fx.news("The News", "2024-03-27", "Six were killed in the Besham blast.", "Besham", BESHAM, Optional.empty(), 6, null);
        fx.run(true);
        StoredConsolidated c = fx.store.find(besham).orElseThrow();
        assertThat(c.reportCount()).isEqualTo(3);
        assertThat(c.killed().orElseThrow().best()).isEqualTo(7);
        assertThat(c.type()).isEqualTo("SUICIDE_ATTACK");
    }

    @Test
    void badRequestsAreRefusedNamingTheProblemAndChangeNothing() {
        fx.run(false);
        long besham = consolidatedOf(dawn);
        assertThatThrownBy(() -> fx.store.merge(besham, 424242, "alice")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no consolidated incident with id 424242");
        assertThatThrownBy(() -> fx.store.merge(besham, besham, "alice")).hasMessageContaining("with itself");
        assertThatThrownBy(() -> fx.store.split(reportOf(quetta), "alice")).hasMessageContaining("nothing to split");
        assertThatThrownBy(() -> fx.store.split(424242, "alice")).hasMessage("no report (incident) with id 424242");
        assertThatThrownBy(() -> fx.store.split(reportOf(dawn), " ")).hasMessageContaining("author");
        assertThat(count("SELECT count(*) FROM consolidation_decision")).isZero();
        assertThat(count("SELECT count(*) FROM audit_log")).isZero();
    }

    @Test
    void aSplitOfSeveralReportsIsOneDecisionOrNoneAndAStaleVersionIsRefused() {
        fx.run(false);
        long all = fx.store.merge(consolidatedOf(dawn), consolidatedOf(quetta), "bob");
        long decisions = count("SELECT count(*) FROM consolidation_decision");
        long audits = count("SELECT count(*) FROM audit_log");
        Map<Long, Long> before = assignment();
        int version = version(all);

        // the first report is valid: a split made report by report would have moved it before failing
        assertThatThrownBy(() -> fx.store.split(all, List.of(reportOf(reuters), 424242L), "alice", Optional.empty(),
                Optional.of(version))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report 424242 is not a report of consolidated incident " + all);
        assertThatThrownBy(() -> fx.store.split(all, List.of(reportOf(reuters), reportOf(quetta)), "alice",
                Optional.empty(), Optional.of(version - 1))).isInstanceOf(VersionConflict.class)
                .hasMessageContaining("you saw version " + (version - 1));
        assertThatThrownBy(() -> fx.store.merge(all, 424242, "alice", Optional.empty(), Optional.of(version + 1)))
                .as("the version is checked first").isInstanceOf(VersionConflict.class);
        assertThat(assignment()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM consolidation_decision")).isEqualTo(decisions);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(audits);

        long moved = fx.store.split(all, List.of(reportOf(reuters), reportOf(quetta)), "alice", Optional.empty(),
                Optional.of(version));
        assertThat(consolidatedOf(reuters)).isEqualTo(moved).isEqualTo(consolidatedOf(quetta));
        assertThat(consolidatedOf(dawn)).isEqualTo(all);
        assertThat(fx.store.find(moved).orElseThrow().reportCount()).isEqualTo(2);
        assertThat(fx.store.find(all).orElseThrow().reportCount()).isEqualTo(1);
    }

    private int version(long consolidated) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM consolidated_incident WHERE id = :id")
                .bind("id", consolidated).mapTo(Integer.class).one());
    }

    private Map<Long, Long> assignment() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, consolidated_id FROM incident").setMapKeyColumn("id")
                .setMapValueColumn("consolidated_id").collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, Long>>() { }));
    }

    private long consolidatedOf(long document) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT consolidated_id FROM incident WHERE document_id = :d")
                .bind("d", document).mapTo(Long.class).one());
    }

    private long reportOf(long document) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incident WHERE document_id = :d")
                .bind("d", document).mapTo(Long.class).one());
    }

    private long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
