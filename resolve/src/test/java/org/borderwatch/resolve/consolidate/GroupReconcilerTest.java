package org.borderwatch.resolve.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.resolve.consolidate.TestReports.BESHAM;
import static org.borderwatch.resolve.consolidate.TestReports.KP;
import static org.borderwatch.resolve.consolidate.TestReports.PAKISTAN;
import static org.borderwatch.resolve.consolidate.TestReports.SHANGLA;
import static org.borderwatch.resolve.consolidate.TestReports.report;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.consolidation.Reconciled;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.incident.Count;
import org.junit.jupiter.api.Test;

class GroupReconcilerTest {
    private final GroupReconciler reconciler = new GroupReconciler();

    @Test
    void tollsReconcileAsLowestLowUpperMedianAndHighestHighWithEverySourceListed() {
        Reconciled r = reconciler.reconcile(List.of(
                report("doc:1:0").killed(5).injured(10).build(),
                report("doc:2:0").killed(Count.atLeast(7)).build(),
                report("acled:X").killed(6).build(),
                report("doc:3:0").build()));
        assertThat(r.killed()).contains(new Count(5, 6, 7));
        assertThat(r.injured()).contains(Count.exactly(10));
        assertThat(r.sources()).extracting(s -> s.reportKey()).containsExactly("doc:1:0", "doc:2:0", "acled:X");
        assertThat(r.sources().get(1).killed()).contains(Count.atLeast(7));
        assertThat(GroupReconciler.count(List.of(Optional.of(Count.atLeast(3)), Optional.of(Count.atLeast(4)))))
                .contains(new Count(3, 4, Count.OPEN));
    }

    @Test
    void theMostSpecificTypeTheReportsAllowWinsAndAnAttackSaysLeast() {
        assertThat(type("ATTACK", "BOMBING", "SUICIDE_ATTACK")).isEqualTo("SUICIDE_ATTACK");
        assertThat(type("BOMBING", "BOMBING", "SHELLING")).isEqualTo("BOMBING");
        assertThat(type("ATTACK")).isEqualTo("ATTACK");
        assertThat(type("SECURITY_OPERATION", "ARREST")).isEqualTo("ARREST");
    }

    @Test
    void theNarrowestDateMostReportsContainWinsAndUndatedReportsGiveAnApproximateOne() {
        Reconciled r = reconciler.reconcile(List.of(report("doc:1:0").month(2024, 3).build(),
                report("acled:X").day("2024-03-26").build(), report("doc:2:0").published("2024-03-27").build()));
        assertThat(r.date().orElseThrow().iso()).isEqualTo("2024-03-26");
        assertThat(r.chosenFrom()).containsEntry("date", "acled:X");
        Reconciled undated = reconciler.reconcile(List.of(report("doc:2:0").published("2024-03-27").build()));
        assertThat(undated.date().orElseThrow().iso()).isEqualTo("2024-03-24/2024-03-27");
        assertThat(undated.chosenFrom().get("date")).isEqualTo("doc:2:0 (published)");
        assertThat(reconciler.reconcile(List.of(report("doc:3:0").build())).date()).isEmpty();
    }

    @Test
    void theMostPreciseAgreeingPlaceWins() {
        Reconciled r = reconciler.reconcile(List.of(report("doc:1:0").at(PAKISTAN).build(),
                report("doc:2:0").at(SHANGLA).build(), report("doc:3:0").at(BESHAM).build(),
                report("doc:4:0").at(KP).build()));
        assertThat(r.place().orElseThrow().name()).isEqualTo("Besham");
        assertThat(r.chosenFrom()).containsEntry("place", "doc:3:0");
    }

    @Test
    void nothingToReconcileIsRefused() {
        assertThatThrownBy(() -> reconciler.reconcile(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private String type(String... types) {
        List<Report> reports = new java.util.ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            reports.add(report("doc:" + i + ":0").type(types[i]).build());
        }
        return reconciler.reconcile(reports).type();
    }
}
