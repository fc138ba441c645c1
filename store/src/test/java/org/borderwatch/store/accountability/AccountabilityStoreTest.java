package org.borderwatch.store.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.ConditionDraft;
import org.borderwatch.core.accountability.EngagementDraft;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.EvidenceRef;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.PropositionAssignment;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.junit.jupiter.api.Test;

/** The accountability repositories on the real database, with facts stored by the real extraction store. */
class AccountabilityStoreTest {
    private static final String TEXT = "Islamabad said Kabul shelters the TTP. Kabul denied that it shelters the TTP."
            + "\nThe minister demanded that Kabul hand over the attackers of the Quetta bombing.";
    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 26);

    private final TestDatabase db = TestDatabase.create();
    private final AccountabilityStore store = new AccountabilityStore(db.jdbi());
    private final PostgresExtractionStore extractions = new PostgresExtractionStore(db.jdbi());
    private final long document = db.documents().storeAll(List.of(IncomingDocument.of(new Provenance("test:ledger", null, null,
            "Dawn", PublicationDate.of(LocalDate.of(2024, 5, 28), DateSource.GIVEN), "Ledger", "en", SourceGrade.B, "text"),
            TEXT))).get(0).id();

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private void extract() {
        IncidentReport quetta = new IncidentReport(IncidentType.BOMBING, Optional.of(FuzzyDate.day(LocalDate.of(2024, 5, 20))),
                List.of(), List.of(new Perpetrator("the TTP", span("the TTP"), Attribution.ATTRIBUTED, "The minister")),
                List.of(), Optional.of(Count.exactly(3)), Optional.empty(), Optional.empty(), List.of(span("the Quetta bombing")));
        StatementReport accuse = new StatementReport(StatementType.ACCUSE, new Party("Islamabad", Optional.empty(), span("Islamabad")),
                Optional.of(new Party("Kabul", Optional.empty(), span("Kabul"))), "kabul shelters the ttp", "Kabul shelters the TTP",
                Optional.empty(), false, Optional.empty(), Voice.REPORTED, List.of(), List.of(span("Islamabad said Kabul shelters the TTP.")));
        StatementReport deny = new StatementReport(StatementType.DENY, new Party("Kabul", Optional.empty(), span("Kabul denied")),
                Optional.empty(), "kabul shelters the ttp", "it shelters the TTP", Optional.empty(), false, Optional.empty(),
                Voice.REPORTED, List.of(), List.of(span("Kabul denied that it shelters the TTP.")));
        StatementReport demand = new StatementReport(StatementType.DEMAND, new Party("The minister", Optional.of("minister"),
                span("The minister")), Optional.of(new Party("Kabul", Optional.empty(), span("Kabul hand"))),
                "kabul hand over the attackers of the quetta bombing", "hand over the attackers", Optional.of(FuzzyDate.day(SUNDAY)),
                false, Optional.empty(), Voice.REPORTED, List.of(0), List.of(span("The minister demanded that Kabul hand over the attackers")));
        extractions.replaceMachineFacts(new Extraction(document, "test-1", List.of(quetta), List.of(accuse, deny, demand)));
    }

    /** A grouping that puts claims of the same words together, keeping existing propositions and analysts' links. */
    private static LedgerRepository.Grouping byWords() {
        return (statements, propositions, decisions) -> {
            List<PropositionAssignment> out = new ArrayList<>();
            Map<String, Long> linked = new HashMap<>();
            decisions.forEach(d -> {
                if (d.link()) {
                    linked.put(d.statementKey(), d.propositionId());
                } else {
                    linked.put(d.statementKey(), -d.propositionId());
                }
            });
            for (StatementFact s : statements) {
                Long decided = linked.get(s.key());
                if (decided != null && decided < 0) {
                    continue;
                }
                if (s.type() != StatementType.ACCUSE && s.type() != StatementType.DENY && decided == null) {
                    continue;
                }
                Optional<Long> id = decided != null ? Optional.of(decided)
                        : propositions.stream().filter(p -> p.key().equals(s.proposition())).map(p -> p.id()).findFirst();
                out.add(new PropositionAssignment(s.id(), id, s.proposition(), s.proposition(),
                        s.type() == StatementType.DENY ? Stance.AGAINST : Stance.FOR, 1, decided != null ? FactOrigin.HUMAN : FactOrigin.MACHINE));
            }
            return out;
        };
    }

    @Test
    void statementsComeWithKeysThatSurviveReExtraction() {
        extract();
        List<StatementFact> first = store.statements(List.of(StatementType.values()));
        assertThat(first).hasSize(3);
        StatementFact demand = first.stream().filter(s -> s.type() == StatementType.DEMAND).findFirst().orElseThrow();
        assertThat(demand.key()).startsWith("doc:" + document + ":" + TEXT.indexOf("The minister demanded") + ":DEMAND:");
        assertThat(demand.speaker()).isEqualTo(PartyRef.mention("The minister"));
        assertThat(demand.addressee()).contains(PartyRef.mention("Kabul"));
        assertThat(demand.incidentIds()).hasSize(1);
        assertThat(demand.evidence().orElseThrow().quote()).startsWith("The minister demanded");
        assertThat(demand.published()).contains(LocalDate.of(2024, 5, 28));
        extract();
        List<StatementFact> again = store.statements(List.of(StatementType.values()));
        assertThat(again).extracting(StatementFact::key).containsExactlyInAnyOrderElementsOf(first.stream().map(StatementFact::key).toList());
        assertThat(again).extracting(StatementFact::id).doesNotContainAnyElementsOf(first.stream().map(StatementFact::id).toList());
    }

    @Test
    void incidentsAreConsolidatedOnesAndUngroupedReports() {
        long a = IncidentFixture.report(db.jdbi(), "BOMBING", SUNDAY, "TTP", "SUSPECTED", "Bajaur", 12, "AF–PK");
        long b = IncidentFixture.report(db.jdbi(), "BOMBING", SUNDAY, "the TTP", "CLAIMED", "Bajaur", 12, "AF–PK");
        long c = IncidentFixture.report(db.jdbi(), "CLASH", SUNDAY.plusDays(3), "BLA", "ATTRIBUTED", "Quetta", 80, "AF–PK");
        long group = IncidentFixture.consolidate(db.jdbi(), a, b);
        db.jdbi().useHandle(h -> h.execute("UPDATE incident SET review_status = 'REJECTED' WHERE id = ?",
                IncidentFixture.report(db.jdbi(), "CLASH", SUNDAY, "X", "UNKNOWN", "Nowhere", 1, "AF–PK")));
        List<IncidentFact> facts = store.incidents();
        assertThat(facts).extracting(IncidentFact::ref).containsExactly(new IncidentRef(IncidentRef.Kind.CONSOLIDATED, group),
                new IncidentRef(IncidentRef.Kind.REPORT, c));
        IncidentFact merged = facts.get(0);
        assertThat(merged.reportIds()).containsExactly(a, b);
        assertThat(merged.perpetrators()).as("one TTP, with the firmest attribution").hasSize(1);
        assertThat(merged.perpetrators().get(0).attribution()).isEqualTo(Attribution.CLAIMED);
        assertThat(merged.place().orElseThrow().borderKm()).isEqualTo(12.0);
        assertThat(merged.place().orElseThrow().nearestBorder()).isEqualTo("AF–PK");
        assertThat(facts.get(1).reportIds()).containsExactly(c);
    }

    @Test
    void regroupingKeepsPropositionIdsAndAnalystsDecisionsAcrossReExtraction() {
        extract();
        LedgerRepository ledger = store.ledger();
        LedgerRepository.Regrouped first = ledger.regroup(byWords());
        assertThat(first.statements()).isEqualTo(2);
        assertThat(first.added()).isEqualTo(1);
        PropositionSummary haven = ledger.summaries(10).get(0);
        assertThat(haven.proposition().key()).isEqualTo("kabul shelters the ttp");
        assertThat(haven.forCount()).isEqualTo(1);
        assertThat(haven.againstCount()).isEqualTo(1);
        assertThat(ledger.positions(haven.proposition().id())).extracting(StoredPosition::stance)
                .containsExactlyInAnyOrder(Stance.FOR, Stance.AGAINST);

        StatementFact demand = store.statements(List.of(StatementType.DEMAND)).get(0);
        ledger.link(demand.id(), haven.proposition().id(), Optional.of(Stance.FOR), "ana", Optional.of("same dispute"));
        StatementFact denial = store.statements(List.of(StatementType.DENY)).get(0);
        ledger.unlink(denial.id(), "ana", Optional.empty());
        extract(); // new statement ids; the decisions hold by key
        ledger.regroup(byWords());
        PropositionSummary after = ledger.summaries(10).get(0);
        assertThat(after.proposition().id()).isEqualTo(haven.proposition().id());
        assertThat(ledger.positions(after.proposition().id())).extracting(p -> p.statement().type())
                .containsExactlyInAnyOrder(StatementType.ACCUSE, StatementType.DEMAND);
        assertThat(ledger.positions(after.proposition().id())).filteredOn(p -> p.statement().type() == StatementType.DEMAND)
                .extracting(StoredPosition::origin).containsExactly(FactOrigin.HUMAN);
        assertThat(audit("proposition_statement")).isEqualTo(2);

        assertThatThrownBy(() -> ledger.link(demand.id() + 1000, 1, Optional.empty(), "ana", Optional.empty()))
                .hasMessageContaining("no statement");
        assertThatThrownBy(() -> ledger.link(store.statements(List.of(StatementType.DEMAND)).get(0).id(), 999, Optional.empty(),
                "ana", Optional.empty())).hasMessage("no proposition with id 999");
        assertThatThrownBy(() -> ledger.unlink(store.statements(List.of(StatementType.DENY)).get(0).id(), "ana", Optional.empty()))
                .hasMessageContaining("in no proposition");
        assertThatThrownBy(() -> ledger.create("x", " ")).hasMessageContaining("author");
    }

    @Test
    void suggestionsAreIdempotentAndRatingsKeepTheirEvidence() {
        extract();
        CommitmentRepository commitments = store.commitments();
        StatementFact demand = store.statements(List.of(StatementType.DEMAND)).get(0);
        CommitmentDraft draft = new CommitmentDraft(Optional.of(PartyRef.mention("Kabul")), Optional.of(PartyRef.mention("The minister")),
                "hand over the attackers", demand.day(), demand.key() + "#0", List.of(demand), demand.incidentIds(), "demand");
        CommitmentDraft nobody = new CommitmentDraft(Optional.empty(), Optional.empty(), "be moved away", demand.day(),
                demand.key() + "#1", List.of(demand), List.of(), "demand");
        CommitmentRepository.Suggested first = commitments.suggest(List.of(draft, nobody));
        assertThat(first.added()).isEqualTo(2);
        long id = first.ids().get(draft.suggestionKey());
        long other = first.ids().get(nobody.suggestionKey());
        commitments.reject(other, "ana", Optional.of("not a commitment"));
        CommitmentRepository.Suggested second = commitments.suggest(List.of(draft, nobody));
        assertThat(second.added()).isZero();
        assertThat(second.known()).isEqualTo(2);
        assertThat(commitments.find(other).orElseThrow().review()).as("rejected stays rejected").isEqualTo(ReviewState.REJECTED);
        assertThatThrownBy(() -> commitments.confirm(other, CommitmentRepository.Edits.none(), "ana"))
                .hasMessageContaining("no obligor");

        assertThatThrownBy(() -> commitments.rate(id, CommitmentStatus.STALLED, Optional.empty(), SUNDAY,
                List.of(EvidenceRef.parse("note:x")), "ana", Optional.empty())).hasMessageContaining("confirm it before rating");
        commitments.confirm(id, new CommitmentRepository.Edits(Optional.empty(), Optional.of(PartyRef.mention("Pakistan")),
                Optional.of("hand over the Quetta attackers"), Optional.empty(), Optional.of(LocalDate.of(2024, 8, 1))), "ana");
        int from = TEXT.indexOf("Kabul denied");
        commitments.rate(id, CommitmentStatus.STALLED, Optional.of(0), LocalDate.of(2024, 6, 10),
                List.of(EvidenceRef.parse("document:" + document + ":" + from + "-" + (from + 12)), EvidenceRef.parse("note:no reply")),
                "ana", Optional.of("nothing happened"));
        commitments.rate(id, CommitmentStatus.KEPT, Optional.of(3), LocalDate.of(2024, 7, 1),
                List.of(EvidenceRef.parse("https://example.org/handover")), "bo", Optional.empty());
        int ratings = rows("commitment_status");
        assertThatThrownBy(() -> commitments.rate(id, CommitmentStatus.KEPT, Optional.of(3), SUNDAY,
                List.of(EvidenceRef.parse("document:" + document + ":0-99999")), "bo", Optional.empty()))
                .hasMessageContaining("does not fit document");
        assertThatThrownBy(() -> commitments.rate(id, CommitmentStatus.KEPT, Optional.of(3), SUNDAY,
                List.of(EvidenceRef.parse("incident:C999")), "bo", Optional.empty())).hasMessage("no incident C999");
        assertThat(rows("commitment_status")).as("a refused rating leaves nothing").isEqualTo(ratings);

        extract(); // the source statement is replaced: the commitment keeps its words
        Commitment c = commitments.find(id).orElseThrow();
        assertThat(c.owed()).isEqualTo("hand over the Quetta attackers");
        assertThat(c.origin()).isEqualTo(FactOrigin.CORRECTED);
        assertThat(c.obligee()).contains(PartyRef.mention("Pakistan"));
        assertThat(c.due()).contains(LocalDate.of(2024, 8, 1));
        assertThat(c.sources()).hasSize(1);
        assertThat(c.sources().get(0).statementId()).isEmpty();
        assertThat(c.sources().get(0).statementKey()).isEqualTo(demand.key());
        assertThat(c.sources().get(0).evidence().orElseThrow().quote()).startsWith("The minister demanded");
        assertThat(c.history()).extracting(h -> h.status()).containsExactly(CommitmentStatus.STALLED, CommitmentStatus.KEPT);
        assertThat(c.history().get(0).evidence().get(0).quote()).contains("Kabul denied");
        assertThat(c.statusOn(LocalDate.of(2024, 6, 20))).isEqualTo(CommitmentStatus.STALLED);
        assertThat(c.score()).contains(3);
        assertThat(audit("commitment")).as("reject, confirm, two ratings").isEqualTo(4);
    }

    @Test
    void indicatorsConditionsAndEngagementsAreStoredAndReviewed() {
        extract();
        IndicatorRepository indicators = store.indicators();
        indicators.define("ttp-border", "count where perpetrator \"TTP\"", Optional.of("TTP incidents"), "ana");
        indicators.define("ttp-border", "count where perpetrator \"TTP\" per month", Optional.empty(), "bo");
        assertThat(indicators.list()).hasSize(1);
        assertThat(indicators.find("ttp-border").orElseThrow().expression()).endsWith("per month");
        assertThatThrownBy(() -> indicators.define("1bad", "count", Optional.empty(), "ana")).hasMessageContaining("name");

        StatementFact demand = store.statements(List.of(StatementType.DEMAND)).get(0);
        CommitmentDraft requirement = new CommitmentDraft(Optional.of(PartyRef.mention("Kabul")), Optional.empty(),
                "take action", demand.day(), demand.key() + "#condition", List.of(demand), List.of(), "condition");
        ConditionDraft draft = new ConditionDraft("Investments are made!", requirement, true, demand.key() + "#condition", demand);
        ConditionRepository conditions = store.conditions();
        assertThat(conditions.suggest(draft, "commitment 1 is kept")).isTrue();
        assertThat(conditions.suggest(draft, "commitment 1 is kept")).isFalse();
        StoredCondition c = conditions.find("investments-are-made").orElseThrow();
        assertThat(c.review()).isEqualTo(ReviewState.SUGGESTED);
        assertThat(c.evidence().orElseThrow().quote()).startsWith("The minister demanded");
        conditions.review("investments-are-made", ReviewState.CONFIRMED, Optional.of("commitment 1 is kept or compromise"), "ana");
        assertThat(conditions.find("investments-are-made").orElseThrow().origin()).isEqualTo(FactOrigin.CORRECTED);
        conditions.define("talks", "Talks resume", "indicator ttp-border < 2", "ana");
        assertThatThrownBy(() -> conditions.define("talks", "again", "x", "ana")).hasMessageContaining("exists already");

        EngagementRepository engagements = store.engagements();
        long talks = engagements.add(EngagementKind.TALKS, "Jirga in Kabul", FuzzyDate.day(SUNDAY),
                List.of(PartyRef.mention("Pakistan"), PartyRef.mention("TTP")), "ana");
        var evidence = new org.borderwatch.core.evidence.Evidence(document, span("Kabul denied"), 0, "Kabul denied");
        EngagementDraft suggested = new EngagementDraft(EngagementKind.DELEGATION, "delegation", new FuzzyDate(SUNDAY.minusYears(1),
                SUNDAY, org.borderwatch.core.time.DatePrecision.APPROXIMATE), List.of(PartyRef.mention("Kabul")), "doc:x:1:DELEGATION", evidence);
        assertThat(engagements.suggest(List.of(suggested))).isEqualTo(1);
        assertThat(engagements.suggest(List.of(suggested))).isZero();
        long delegation = engagements.list(Optional.of(ReviewState.SUGGESTED)).get(0).id();
        engagements.review(delegation, ReviewState.CONFIRMED, Optional.of(FuzzyDate.month(2024, 4)), Optional.empty(), Optional.empty(), "ana");
        assertThat(engagements.find(delegation).orElseThrow().date()).isEqualTo(FuzzyDate.month(2024, 4));
        assertThat(engagements.find(delegation).orElseThrow().evidence().orElseThrow().quote()).isEqualTo("Kabul denied");
        assertThat(engagements.find(talks).orElseThrow().parties()).extracting(PartyRef::name).containsExactly("Pakistan", "TTP");
        assertThat(engagements.list(Optional.empty())).extracting(e -> e.id()).containsExactly(delegation, talks);
    }

    private int audit(String entity) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE entity = :e").bind("e", entity)
                .mapTo(Integer.class).one());
    }

    private int rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }
}
