package org.borderwatch.resolve.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.core.consolidation.Consolidation;
import org.borderwatch.core.consolidation.Group;
import org.borderwatch.core.consolidation.Membership;
import org.borderwatch.core.consolidation.Report;

/** The shared assertions of consolidation tests: groups as sets of report keys. */
final class Groupings {
    private Groupings() {
    }

    /** The groups as sorted, space-separated report keys, sorted: {@code ["a b", "c"]}. */
    static List<String> of(Consolidation c) {
        List<String> out = new ArrayList<>();
        for (Group g : c.groups()) {
            out.add(String.join(" ", new TreeSet<>(g.members().stream().map(Membership::key).toList())));
        }
        out.sort(null);
        return out;
    }

    /** Every report is in exactly one group, and the groups hold nothing else. */
    static void assertPartition(Consolidation c, List<Report> reports) {
        Set<Long> seen = new HashSet<>();
        for (Group g : c.groups()) {
            for (Membership m : g.members()) {
                assertThat(seen.add(m.reportId())).as("report %d in two groups", m.reportId()).isTrue();
            }
            assertThat(g.members().get(0).match()).as("the first report of a group has no match").isEmpty();
            assertThat(g.members().subList(1, g.members().size())).allSatisfy(m -> {
                assertThat(m.match()).isPresent();
                assertThat(m.matchedWith()).isPresent();
            });
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(reports.stream().map(Report::id).toList());
    }

    static void assertGroups(Consolidation c, List<Report> reports, String... expected) {
        assertPartition(c, reports);
        List<String> want = new ArrayList<>(Arrays.stream(expected)
                .map(g -> String.join(" ", new TreeSet<>(List.of(g.split(" "))))).toList());
        want.sort(null);
        assertThat(of(c)).isEqualTo(want);
    }
}
