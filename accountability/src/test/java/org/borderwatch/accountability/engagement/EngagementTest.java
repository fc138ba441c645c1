package org.borderwatch.accountability.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.Facts;
import org.borderwatch.accountability.Statements;
import org.borderwatch.accountability.indicator.Anchors;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.accountability.indicator.Filter;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.EngagementDraft;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

class EngagementTest {
    private static Document document(String text) {
        return new Document(3, new Provenance("test", null, null, "Dawn", PublicationDate.of(LocalDate.of(2023, 3, 1),
                DateSource.GIVEN), "t", "en", SourceGrade.B, "text"), text, "0".repeat(64), Instant.EPOCH);
    }

    @Test
    void sentencesReportingEngagementsAreSuggestedWithTheirParties() {
        String text = "A delegation led by the defence minister travelled to Kabul to meet the Taliban. "
                + "Militants attacked a checkpoint with assistance from local facilitators. "
                + "Washington imposed sanctions on two commanders.\nNothing else happened.";
        var statements = List.of(Statements.of(StatementType.EXPRESS_CONCERN, "Washington", "the Taliban", "x").document(3).fact());
        List<EngagementDraft> d = new EngagementSuggester(new KnownParties().add("Kabul", PartyRef.actor(2, "Afghan Taliban")))
                .suggest(document(text), statements);
        assertThat(d).extracting(EngagementDraft::kind).containsExactly(EngagementKind.DELEGATION, EngagementKind.SANCTIONS);
        assertThat(d.get(0).parties()).extracting(PartyRef::name).containsExactly("Afghan Taliban", "the Taliban");
        assertThat(d.get(1).parties()).extracting(PartyRef::name).containsExactly("Washington");
        assertThat(d.get(0).date()).as("the date of the statement read from its sentence")
                .isEqualTo(FuzzyDate.day(LocalDate.of(2024, 5, 26)));
        assertThat(d.get(1).date()).as("by the publication date").isEqualTo(new FuzzyDate(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 3, 1), DatePrecision.APPROXIMATE));
        assertThat(d.get(1).evidence().quote()).isEqualTo("Washington imposed sanctions on two commanders.");
        assertThat(d.get(1).evidence().span().of(text)).isEqualTo(d.get(1).evidence().quote());
        assertThat(d.get(0).suggestionKey()).isEqualTo("doc:3:0:DELEGATION");
    }

    @Test
    void theEffectComparesTheWindowsAroundTheEngagementAndSaysItIsNotCausal() {
        List<IncidentFact> incidents = List.of(
                Facts.on("2024-01-05").by("TTP").fact(), Facts.on("2024-01-20").by("TTP").fact(),
                Facts.on("2024-02-01").by("TTP").fact(), Facts.on("2024-02-10").by("TTP").fact(),
                Facts.on("2024-02-15").by("TTP").fact(), Facts.on("2024-03-20").by("TTP").fact(),
                Facts.on("2024-02-14").by("BLA").fact(), Facts.on("2024-06-01").by("BLA").fact());
        Engagement talks = new Engagement(4, EngagementKind.TALKS, "talks", FuzzyDate.day(LocalDate.of(2024, 2, 15)),
                List.of(PartyRef.mention("Pakistan"), PartyRef.mention("TTP")), ReviewState.CONFIRMED, FactOrigin.HUMAN,
                Optional.empty());
        IndicatorEvaluator evaluator = new IndicatorEvaluator(incidents, new Anchors() {
            @Override
            public Optional<DateRange> commitmentStart(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<DateRange> engagementDate(long id) {
                return id == 4 ? Optional.of(DateRange.day(LocalDate.of(2024, 2, 15))) : Optional.empty();
            }
        });
        EngagementEffect e = EngagementEffect.measure(talks, new Filter.Perpetrator("TTP", false, Optional.empty()), 45, 45,
                evaluator, LocalDate.of(2024, 12, 31));
        assertThat(e.result().reference().value()).isEqualTo(4.0);
        assertThat(e.result().current().value()).as("the day itself is in neither window").isEqualTo(1.0);
        assertThat(e.result().ratio()).isEqualTo(RateRatio.exact(1, 45, 4, 45, 0.95));
        assertThat(e.warnings()).isEmpty();
        assertThat(EngagementEffect.CAVEAT).contains("does not show that the engagement caused");

        EngagementEffect cut = EngagementEffect.measure(talks, new Filter.Any(), 45, 45, evaluator, LocalDate.of(2024, 3, 1));
        assertThat(cut.warnings()).anySatisfy(w -> assertThat(w).contains("cut at 2024-03-01"));
        Engagement vague = new Engagement(5, EngagementKind.TALKS, "talks", new FuzzyDate(LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1), DatePrecision.APPROXIMATE), List.of(), ReviewState.SUGGESTED, FactOrigin.MACHINE, Optional.empty());
        assertThatThrownBy(() -> EngagementEffect.measure(vague, new Filter.Any(), 30, 30, evaluator, LocalDate.of(2024, 3, 1)))
                .hasMessageContaining("dated only 2023-01-01/2024-01-01");
    }
}
