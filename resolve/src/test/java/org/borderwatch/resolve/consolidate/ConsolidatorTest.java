package org.borderwatch.resolve.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.resolve.consolidate.Groupings.assertGroups;
import static org.borderwatch.resolve.consolidate.TestReports.BESHAM;
import static org.borderwatch.resolve.consolidate.TestReports.KP;
import static org.borderwatch.resolve.consolidate.TestReports.MIR_ALI;
import static org.borderwatch.resolve.consolidate.TestReports.PAKISTAN;
import static org.borderwatch.resolve.consolidate.TestReports.QUETTA;
import static org.borderwatch.resolve.consolidate.TestReports.SHANGLA;
import static org.borderwatch.resolve.consolidate.TestReports.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.borderwatch.core.consolidation.Consolidation;
import org.borderwatch.core.consolidation.Decision;
import org.borderwatch.core.consolidation.DecisionKind;
import org.borderwatch.core.consolidation.Group;
import org.borderwatch.core.consolidation.Membership;
import org.borderwatch.core.consolidation.PreviousGroup;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.fact.FactOrigin;
import org.junit.jupiter.api.Test;

class ConsolidatorTest {
    private final Consolidator consolidator = new Consolidator();

    /** The Bisham attack as an editorial, a news report and a dataset give it, and two other attacks. */
    private final Report editorial = report("doc:1:120").type("SUICIDE_ATTACK").month(2024, 3).at(BESHAM)
            .by("the TTP").killed(6).published("2024-05-28").build();
    private final Report news = report("doc:2:0").type("BOMBING").day("2024-03-26").at(SHANGLA)
            .by("Tehreek-e-Taliban Pakistan").killed(5).injured(1).published("2024-03-26").build();
    private final Report dataset = report("acled:PAK1").type("SUICIDE_ATTACK").day("2024-03-26").at(BESHAM)
            .by("Unidentified Armed Group (Pakistan)").killed(6).build();
    private final Report quetta = report("doc:3:0").type("BOMBING").day("2024-03-26").at(QUETTA).killed(2).build();
    private final Report mirAli = report("doc:4:0").type("SUICIDE_ATTACK").day("2024-03-16").at(MIR_ALI).killed(7).build();
    private final List<Report> bisham = List.of(editorial, news, dataset, quetta, mirAli);

    private Consolidation run(List<Report> reports, Decision... decisions) {
        return consolidator.run(reports, List.of(decisions), List.of(), Consolidator.Listener.NONE);
    }

    @Test
    void reportsOfOneAttackAcrossDocumentsAndDatasetsMergeAndOthersStayAlone() {
        Consolidation c = run(bisham);
        assertGroups(c, bisham, "doc:1:120 doc:2:0 acled:PAK1", "doc:3:0", "doc:4:0");
        Group attack = groupOf(c, "acled:PAK1");
        assertThat(attack.reconciled().type()).isEqualTo("SUICIDE_ATTACK");
        assertThat(attack.reconciled().date().orElseThrow().iso()).isEqualTo("2024-03-26");
        assertThat(attack.reconciled().place().orElseThrow().name()).isEqualTo("Besham");
        assertThat(attack.reconciled().killed().orElseThrow().toString()).isEqualTo("5..6 (best 6)");
        assertThat(attack.reconciled().sources()).extracting(s -> s.reportKey())
                .containsExactly("doc:1:120", "acled:PAK1", "doc:2:0");
        assertThat(c.stats().reports()).isEqualTo(5);
        assertThat(c.stats().machineMerges()).isEqualTo(2);
        for (Membership m : attack.members().subList(1, 3)) {
            assertThat(m.match().orElseThrow().score()).isGreaterThanOrEqualTo(Consolidator.DEFAULT_THRESHOLD);
            assertThat(m.match().orElseThrow().features()).containsKeys("type", "date", "place", "counts");
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheReports() {
        List<Report> shuffled = new ArrayList<>(bisham);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(run(shuffled)).isEqualTo(run(bisham));
    }

    @Test
    void twoReportsOfOneDocumentOrOneDatasetAreNeverMergedByTheMachine() {
        Report a = report("doc:9:0").type("BOMBING").day("2024-03-26").at(BESHAM).killed(6).build();
        Report b = report("doc:9:80").type("BOMBING").day("2024-03-26").at(BESHAM).killed(6).build();
        Report x = report("ucdp-ged:1").type("ATTACK").day("2024-03-26").at(BESHAM).killed(6).build();
        Report y = report("ucdp-ged:2").type("ATTACK").day("2024-03-26").at(BESHAM).killed(6).build();
        List<Report> reports = List.of(a, b, x, y);
        Consolidation c = run(reports);
        assertThat(c.groups()).hasSize(2);
        assertThat(Groupings.of(c)).noneMatch(g -> g.contains("doc:9:0") && g.contains("doc:9:80"))
                .noneMatch(g -> g.contains("ucdp-ged:1") && g.contains("ucdp-ged:2"));
        assertThat(c.stats().sameOrigin()).isPositive();
    }

    @Test
    void anAnalystsSameKeepsDissimilarReportsTogetherAndDifferentKeepsSimilarOnesApart() {
        Decision same = decision(1, "doc:3:0", "doc:4:0", DecisionKind.SAME, "2024-06-01T10:00:00Z");
        Decision different = decision(2, "doc:2:0", "acled:PAK1", DecisionKind.DIFFERENT, "2024-06-01T11:00:00Z");
        Consolidation c = run(bisham, same, different);
        assertGroups(c, bisham, "doc:3:0 doc:4:0", "doc:1:120 acled:PAK1", "doc:2:0");
        assertThat(c.stats().decisionsApplied()).isEqualTo(2);
        assertThat(c.stats().keptApart()).isPositive();
        Membership joined = groupOf(c, "doc:4:0").members().get(1);
        assertThat(joined.decision()).hasValueSatisfying(d -> assertThat(d).startsWith("SAME by alice on 2024-06-01"));
        assertThat(joined.match()).isPresent();
        assertThat(groupOf(c, "doc:2:0").notes()).anySatisfy(n -> assertThat(n)
                .contains("stay in separate incidents", "DIFFERENT by alice on 2024-06-01"));
    }

    @Test
    void aTransitiveConflictIsResolvedForTheAnalystAndExplained() {
        // editorial ~ dataset ~ news by the machine; the analyst says the editorial and the news report differ.
        Decision different = decision(1, "doc:1:120", "doc:2:0", DecisionKind.DIFFERENT, "2024-06-02T09:00:00Z");
        Consolidation c = run(bisham, different);
        assertThat(Groupings.of(c)).noneMatch(g -> g.contains("doc:1:120") && g.contains("doc:2:0"));
        assertThat(groupOf(c, "doc:1:120").notes()).isNotEmpty();
        assertThat(c.groups()).hasSize(4);
    }

    @Test
    void aLaterDecisionOverridesAnEarlierContradictingOne() {
        Decision same = decision(1, "doc:3:0", "doc:4:0", DecisionKind.SAME, "2024-06-01T10:00:00Z");
        Decision different = decision(2, "doc:3:0", "doc:4:0", DecisionKind.DIFFERENT, "2024-06-03T10:00:00Z");
        Consolidation c = run(bisham, different, same);
        assertThat(Groupings.of(c)).contains("doc:3:0", "doc:4:0");
        assertThat(c.stats().decisionsApplied()).isEqualTo(1);
        assertThat(c.stats().decisionsOverridden()).isEqualTo(1);
        assertThat(groupOf(c, "doc:3:0").notes()).anySatisfy(n -> assertThat(n)
                .startsWith("Not applied: SAME by alice on 2024-06-01").contains("DIFFERENT by alice on 2024-06-03"));
    }

    @Test
    void decisionsAboutReportsNoLongerStoredWaitForThem() {
        Decision same = decision(1, "doc:3:0", "doc:77:0", DecisionKind.SAME, "2024-06-01T10:00:00Z");
        Consolidation c = run(bisham, same);
        assertThat(c.stats().decisionsDormant()).isEqualTo(1);
        assertThat(c.stats().decisionsApplied()).isZero();
    }

    @Test
    void aNewReportJoinsTheExistingIncidentAndTheRunEqualsAFullOne() {
        List<Report> before = List.of(TestReports.in(editorial, 10), TestReports.in(quetta, 11), TestReports.in(mirAli, 12));
        List<PreviousGroup> previous = List.of(group(10, "doc:1:120"), group(11, "doc:3:0"), group(12, "doc:4:0"));
        List<Report> after = new ArrayList<>(before);
        after.add(dataset);
        Consolidation c = consolidator.run(after, List.of(), previous, Consolidator.Listener.NONE);
        assertThat(groupOf(c, "acled:PAK1").consolidatedId()).contains(10L);
        assertThat(groupOf(c, "acled:PAK1").members()).extracting(Membership::key)
                .containsExactlyInAnyOrder("doc:1:120", "acled:PAK1");
        assertThat(c.retired()).isEmpty();
        Consolidation full = consolidator.run(after, List.of(), previous, Consolidator.Listener.NONE);
        assertThat(full).isEqualTo(c);
    }

    @Test
    void aReExtractedReportFindsItsIncidentByItsKey() {
        List<PreviousGroup> previous = List.of(group(10, "doc:1:120", "acled:PAK1"), group(11, "doc:3:0"));
        Report reExtracted = report("doc:1:120").id(999).type("SUICIDE_ATTACK").month(2024, 3).at(BESHAM).killed(6).build();
        List<Report> reports = List.of(reExtracted, dataset, quetta);
        Consolidation c = consolidator.run(reports, List.of(), previous, Consolidator.Listener.NONE);
        assertThat(groupOf(c, "doc:1:120").consolidatedId()).contains(10L);
        assertThat(groupOf(c, "doc:3:0").consolidatedId()).contains(11L);
    }

    @Test
    void previousIncidentsNoGroupContinuesAreRetiredAndCorrectedOnesWinTies() {
        List<PreviousGroup> previous = List.of(group(10, "doc:1:120"),
                new PreviousGroup(11, Set.of("acled:PAK1"), FactOrigin.CORRECTED), group(12, "gone:1"));
        Consolidation c = consolidator.run(List.of(editorial, dataset), List.of(), previous, Consolidator.Listener.NONE);
        assertThat(c.groups()).hasSize(1);
        assertThat(c.groups().get(0).consolidatedId()).contains(11L);
        assertThat(c.retired()).containsExactly(10L, 12L);
    }

    @Test
    void blockingComparesFarFewerPairsThanAllAndMissesNoneWithinItsWindow() {
        Random random = new Random(42);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            var b = report("doc:" + i + ":0").type(random.nextBoolean() ? "BOMBING" : "ATTACK")
                    .day(java.time.LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1500)).toString())
                    .killed(random.nextInt(8));
            int where = random.nextInt(10);
            if (where < 6) {
                b.at(new org.borderwatch.core.consolidation.ReportPlace(100 + i, "p" + i, "PK", null, null,
                        29 + random.nextDouble() * 6, 66 + random.nextDouble() * 8, "TOWN"));
            } else if (where < 8) {
                b.at(random.nextBoolean() ? KP : PAKISTAN);
            }
            reports.add(b.build());
        }
        List<java.util.Optional<DateWindow>> windows = reports.stream().map(DateWindow::of).toList();
        Set<Long> found = new java.util.HashSet<>();
        long pairs = new Blocking(reports, windows).run((a, b) -> found.add(a * 100_000L + b), done -> { });
        assertThat(pairs).isEqualTo(found.size()).isLessThan(3000L * 2999 / 2 / 50);
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                if (mustBeCandidates(reports.get(a), reports.get(b), windows.get(a).get(), windows.get(b).get())) {
                    assertThat(found.contains(a * 100_000L + b)).as("%s vs %s", reports.get(a), reports.get(b)).isTrue();
                }
            }
        }
    }

    /** Close in time, and both unplaced, or one a country, or two towns within 40 km. */
    private static boolean mustBeCandidates(Report a, Report b, DateWindow wa, DateWindow wb) {
        if (wa.gap(wb) > DateSimilarity.WINDOW_DAYS) {
            return false;
        }
        if (a.place().isEmpty() || b.place().isEmpty()) {
            return true;
        }
        if (a.place().get().precisionRank() == 3 || b.place().get().precisionRank() == 3) {
            return true;
        }
        return PlaceSimilarity.km(a.place().get(), b.place().get()) <= 40;
    }

    @Test
    void randomReportsNeverBreakIt() {
        Random random = new Random(1);
        List<String> types = List.of("BOMBING", "ATTACK", "ARREST", "CLASH", "SOMETHING_ELSE", "SUICIDE_ATTACK");
        for (int round = 0; round < 20; round++) {
            List<Report> reports = new ArrayList<>();
            List<Decision> decisions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                var b = report((random.nextBoolean() ? "doc:" + random.nextInt(50) + ":" + i : "ds" + random.nextInt(3) + ":" + i))
                        .type(types.get(random.nextInt(types.size())));
                if (random.nextInt(4) > 0) {
                    b.day(java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60)).toString());
                } else if (random.nextBoolean()) {
                    b.published(java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60)).toString());
                }
                if (random.nextBoolean()) {
                    b.at(List.of(BESHAM, SHANGLA, KP, PAKISTAN, QUETTA, MIR_ALI).get(random.nextInt(6)));
                }
                if (random.nextBoolean()) {
                    b.killed(random.nextInt(20));
                }
                if (random.nextInt(3) == 0) {
                    b.by(List.of("TTP", "gunmen", "the Taliban", "", "Pakistani Taliban").get(random.nextInt(5)));
                }
                reports.add(b.build());
            }
            for (int k = 0; k < 30; k++) {
                String x = reports.get(random.nextInt(200)).key();
                String y = reports.get(random.nextInt(200)).key();
                if (!x.equals(y)) {
                    decisions.add(decision(k, x, y, random.nextBoolean() ? DecisionKind.SAME : DecisionKind.DIFFERENT,
                            "2024-06-0" + (1 + random.nextInt(9)) + "T10:00:00Z"));
                }
            }
            Consolidation c = consolidator.run(reports, decisions, List.of(), Consolidator.Listener.NONE);
            Groupings.assertPartition(c, reports);
            assertThat(c.stats().decisionsApplied() + c.stats().decisionsOverridden() + c.stats().decisionsDormant())
                    .isEqualTo(decisions.size());
        }
    }

    private static Group groupOf(Consolidation c, String key) {
        return c.groups().stream().filter(g -> g.members().stream().anyMatch(m -> m.key().equals(key))).findFirst()
                .orElseThrow();
    }

    private static PreviousGroup group(long id, String... keys) {
        return new PreviousGroup(id, Set.of(keys), FactOrigin.MACHINE);
    }

    static Decision decision(long id, String a, String b, DecisionKind kind, String at) {
        return new Decision(id, a, b, kind, "alice", Instant.parse(at), Optional.empty());
    }
}
