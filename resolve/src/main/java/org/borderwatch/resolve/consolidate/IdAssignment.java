package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.consolidation.PreviousGroup;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.fact.FactOrigin;

/**
 * Gives each new group the id of the previous consolidated incident it continues: the one holding most
 * of its reports (by the report's current link, or by its key when re-extraction gave it a new id), an
 * analyst-corrected one before a machine one, the older before the newer. Each previous id goes to one
 * group at most; those no group continues are retired.
 */
final class IdAssignment {
    private final Map<Integer, Long> ids;
    private final List<Long> retired;

    private IdAssignment(Map<Integer, Long> ids, List<Long> retired) {
        this.ids = ids;
        this.retired = retired;
    }

    Optional<Long> idOf(int group) {
        return Optional.ofNullable(ids.get(group));
    }

    List<Long> retired() {
        return retired;
    }

    private record Claim(int group, long previous, int overlap, boolean corrected) {
    }

    static IdAssignment assign(List<List<Report>> groups, List<PreviousGroup> previous) {
        Map<Long, PreviousGroup> byId = new HashMap<>();
        Map<String, List<Long>> byKey = new HashMap<>();
        for (PreviousGroup p : previous) {
            byId.put(p.id(), p);
            for (String key : p.reportKeys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p.id());
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<Long, Integer> overlap = new HashMap<>();
            for (Report r : groups.get(g)) {
                Set<Long> held = new HashSet<>(byKey.getOrDefault(r.key(), List.of()));
                r.consolidatedId().filter(byId::containsKey).ifPresent(held::add);
                held.forEach(id -> overlap.merge(id, 1, Integer::sum));
            }
            for (Map.Entry<Long, Integer> e : overlap.entrySet()) {
                claims.add(new Claim(g, e.getKey(), e.getValue(), byId.get(e.getKey()).origin() != FactOrigin.MACHINE));
            }
        }
        claims.sort(Comparator.comparingInt((Claim c) -> -c.overlap()).thenComparing(c -> !c.corrected())
                .thenComparingLong(Claim::previous).thenComparingInt(Claim::group));
        Map<Integer, Long> ids = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (Claim c : claims) {
            if (!ids.containsKey(c.group()) && !taken.contains(c.previous())) {
                ids.put(c.group(), c.previous());
                taken.add(c.previous());
            }
        }
        List<Long> retired = previous.stream().map(PreviousGroup::id).filter(id -> !taken.contains(id)).sorted().toList();
        return new IdAssignment(ids, retired);
    }
}
