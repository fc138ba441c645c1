package org.borderwatch.resolve.consolidate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.consolidation.Match;
import org.borderwatch.core.consolidation.Membership;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.resolve.consolidate.Consolidator.Link;

/**
 * Says how each report joined its group: the links that joined groups form a tree over each group;
 * hung from the group's first report, every other report hangs from the report it was linked to, with
 * that link's match (and the analyst's decision, for a link an analyst made).
 */
final class Memberships {
    private final List<Profile> profiles;
    private final Map<Integer, List<Link>> linksOf = new HashMap<>();
    private final MatchScorer scorer;

    Memberships(List<Profile> profiles, List<Link> links, MatchScorer scorer) {
        this.profiles = profiles;
        this.scorer = scorer;
        for (Link l : links) {
            linksOf.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            linksOf.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        for (List<Link> ls : linksOf.values()) {
            ls.sort(java.util.Comparator.comparingInt((Link l) -> Math.min(l.a(), l.b()))
                    .thenComparingInt(l -> Math.max(l.a(), l.b())));
        }
    }

    /** @param group report indexes in report order, the first report first */
    List<Membership> of(List<Integer> group) {
        Map<Integer, Membership> joined = new HashMap<>();
        int first = group.get(0);
        joined.put(first, Membership.first(profiles.get(first).report));
        Deque<Integer> queue = new ArrayDeque<>(List.of(first));
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (Link l : linksOf.getOrDefault(at, List.of())) {
                int next = l.a() == at ? l.b() : l.a();
                if (!joined.containsKey(next)) {
                    joined.put(next, membership(next, at, l));
                    queue.add(next);
                }
            }
        }
        List<Membership> out = new ArrayList<>(group.size());
        for (int i : group) {
            Membership m = joined.get(i);
            if (m == null) {
                throw new IllegalStateException("report " + profiles.get(i).report.key() + " is in a group no link reaches");
            }
            out.add(m);
        }
        return out;
    }

    private Membership membership(int report, int to, Link l) {
        Report r = profiles.get(report).report;
        Report parent = profiles.get(to).report;
        Match match = l.match() != null ? l.match() : scorer.match(profiles.get(report), profiles.get(to));
        Optional<String> decision = Optional.ofNullable(l.decision()).map(Consolidator::describe);
        return new Membership(r.id(), r.key(), Optional.of(parent.key()), Optional.of(match), decision);
    }
}
