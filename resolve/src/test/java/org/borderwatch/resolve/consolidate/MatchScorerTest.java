package org.borderwatch.resolve.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.resolve.consolidate.TestReports.BESHAM;
import static org.borderwatch.resolve.consolidate.TestReports.MIR_ALI;
import static org.borderwatch.resolve.consolidate.TestReports.PAKISTAN;
import static org.borderwatch.resolve.consolidate.TestReports.QUETTA;
import static org.borderwatch.resolve.consolidate.TestReports.SHANGLA;
import static org.borderwatch.resolve.consolidate.TestReports.report;

import org.borderwatch.core.consolidation.Match;
import org.borderwatch.core.consolidation.Report;
import org.junit.jupiter.api.Test;

class MatchScorerTest {
    private final MatchScorer scorer = new MatchScorer(TypeCompatibility.bundled(), new MentionActorMatcher());

    private Match match(Report a, Report b) {
        return scorer.match(a, b);
    }

    @Test
    void featuresAreKeptAndUnknownOnesLeftOut() {
        Match m = match(report("doc:1:0").type("SUICIDE_ATTACK").day("2024-03-26").at(BESHAM).killed(6).build(),
                report("acled:X").type("BOMBING").day("2024-03-26").at(BESHAM).killed(6).build());
        assertThat(m.features()).containsEntry("type", 0.85).containsEntry("date", 1.0).containsEntry("place", 1.0)
                .containsEntry("counts", 1.0).doesNotContainKeys("actors", "victims");
        assertThat(m.score()).isGreaterThan(0.8);
    }

    @Test
    void aReportDatedByItsPublicationAgreesMostWithTheDayBefore() {
        Report published = report("doc:1:0").published("2024-03-27").build();
        double sameDay = match(published, report("acled:X").day("2024-03-27").build()).features().get("date");
        double dayBefore = match(published, report("acled:X").day("2024-03-26").build()).features().get("date");
        double threeBefore = match(published, report("acled:X").day("2024-03-24").build()).features().get("date");
        double after = match(published, report("acled:X").day("2024-03-28").build()).features().get("date");
        assertThat(sameDay).isGreaterThan(threeBefore);
        assertThat(dayBefore).isGreaterThan(threeBefore);
        assertThat(after).isLessThan(threeBefore);
    }

    @Test
    void placesAgreeAsTheirPrecisionAllowsAndDistantTownsDisagree() {
        double town = place(BESHAM, BESHAM);
        double district = place(BESHAM, SHANGLA);
        double country = place(BESHAM, PAKISTAN);
        double far = place(QUETTA, MIR_ALI);
        assertThat(town).isGreaterThan(district);
        assertThat(district).isGreaterThan(country);
        assertThat(country).isGreaterThan(far);
    }

    @Test
    void victimsOfDifferentKindsAndDifferentNamedGroupsCountAgainst() {
        Report soldiers = report("doc:1:0").victims("soldiers").by("TTP").build();
        assertThat(match(soldiers, report("doc:2:0").victims("policemen").build()).features()).containsEntry("victims", 1.0);
        assertThat(match(soldiers, report("doc:2:0").victims("militants").build()).features()).containsEntry("victims", 0.1);
        assertThat(match(soldiers, report("doc:2:0").victims("people").build()).features()).doesNotContainKey("victims");
        assertThat(match(soldiers, report("doc:2:0").by("Tehrik-i-Taliban Pakistan").build()).features().get("actors"))
                .isLessThan(match(soldiers, report("doc:2:0").by("the TTP").build()).features().get("actors"));
        assertThat(match(soldiers, report("doc:2:0").by("unknown gunmen").build()).features()).doesNotContainKey("actors");
    }

    private double place(org.borderwatch.core.consolidation.ReportPlace a, org.borderwatch.core.consolidation.ReportPlace b) {
        return match(report("doc:1:0").at(a).build(), report("doc:2:0").at(b).build()).features().get("place");
    }
}
