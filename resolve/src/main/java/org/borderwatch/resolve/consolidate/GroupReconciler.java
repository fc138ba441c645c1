package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.consolidation.CountSource;
import org.borderwatch.core.consolidation.Reconciled;
import org.borderwatch.core.consolidation.Reconciler;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Reconciles one incident's reports:
 * <ul>
 * <li>type: the most specific type that the most reports are consistent with (a report saying
 *     "bombing" is consistent with "suicide attack"; "attack" with anything);
 * <li>date: the narrowest date that the most dated reports contain (a day in March beats "March");
 *     with no dated report, the days before the first report's publication, as an approximate date;
 * <li>place: among the most precise places, the one nearest to what the other reports say;
 * <li>killed and injured: low the lowest low, best the upper median of the best estimates, high the
 *     highest finite high (open only when every report is open-ended), each report listed as a source.
 * </ul>
 */
public final class GroupReconciler implements Reconciler {
    private final TypeCompatibility types;

    public GroupReconciler() {
        this(TypeCompatibility.bundled());
    }

    GroupReconciler(TypeCompatibility types) {
        this.types = types;
    }

    @Override
    public Reconciled reconcile(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("nothing to reconcile: no reports");
        }
        Map<String, String> from = new HashMap<>();
        String type = type(reports, from);
        Optional<FuzzyDate> date = date(reports, from);
        Optional<ReportPlace> place = place(reports, from);
        List<CountSource> sources = new ArrayList<>();
        for (Report r : reports) {
            if (r.killed().isPresent() || r.injured().isPresent()) {
                sources.add(new CountSource(r.key(), r.label(), r.killed(), r.injured()));
            }
        }
        return new Reconciled(type, date, place, count(reports.stream().map(Report::killed).toList()),
                count(reports.stream().map(Report::injured).toList()), sources, from);
    }

    private String type(List<Report> reports, Map<String, String> from) {
        Set<String> candidates = new LinkedHashSet<>();
        reports.forEach(r -> candidates.add(r.type()));
        if (candidates.size() > 1) {
            candidates.removeIf(t -> types.depth(t) == 0);
        }
        String best = null;
        int bestConsistent = -1;
        int bestDepth = -1;
        int bestVotes = -1;
        for (String t : candidates) {
            int consistent = 0;
            int votes = 0;
            for (Report r : reports) {
                String u = r.type();
                if (u.equals(t)) {
                    votes++;
                }
                if (u.equals(t) || types.isKindOf(t, u) || types.isKindOf(u, t)) {
                    consistent++;
                }
            }
            int depth = types.depth(t);
            boolean better = consistent > bestConsistent
                    || consistent == bestConsistent && (depth > bestDepth
                    || depth == bestDepth && (votes > bestVotes || votes == bestVotes && t.compareTo(best) < 0));
            if (better) {
                best = t;
                bestConsistent = consistent;
                bestDepth = depth;
                bestVotes = votes;
            }
        }
        String chosen = best;
        from.put("type", reports.stream().filter(r -> r.type().equals(chosen)).findFirst().orElseThrow().key());
        return chosen;
    }

    private static Optional<FuzzyDate> date(List<Report> reports, Map<String, String> from) {
        Report best = null;
        int bestConsistent = -1;
        for (Report r : reports) {
            if (r.date().isEmpty()) {
                continue;
            }
            FuzzyDate d = r.date().get();
            int consistent = 0;
            for (Report o : reports) {
                if (o.date().isPresent() && within(d, o.date().get())) {
                    consistent++;
                }
            }
            if (best == null || consistent > bestConsistent
                    || consistent == bestConsistent && narrower(d, best.date().get())) {
                best = r;
                bestConsistent = consistent;
            }
        }
        if (best != null) {
            from.put("date", best.key());
            return best.date();
        }
        Optional<Report> first = reports.stream().filter(r -> r.published().isPresent())
                .min(java.util.Comparator.comparing(r -> r.published().get()));
        first.ifPresent(r -> from.put("date", r.key() + " (published)"));
        return first.map(r -> new FuzzyDate(r.published().get().minusDays(DateWindow.REPORTING_LAG_DAYS),
                r.published().get(), DatePrecision.APPROXIMATE));
    }

    private static boolean within(FuzzyDate inner, FuzzyDate outer) {
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }

    /** Narrower, or as wide and earlier. */
    private static boolean narrower(FuzzyDate a, FuzzyDate b) {
        long wa = a.latest().toEpochDay() - a.earliest().toEpochDay();
        long wb = b.latest().toEpochDay() - b.earliest().toEpochDay();
        return wa < wb || wa == wb && a.earliest().isBefore(b.earliest());
    }

    private static Optional<ReportPlace> place(List<Report> reports, Map<String, String> from) {
        int finest = reports.stream().flatMap(r -> r.place().stream()).mapToInt(ReportPlace::precisionRank).min()
                .orElse(-1);
        if (finest < 0) {
            return Optional.empty();
        }
        Report best = null;
        double bestAgreement = -1;
        for (Report r : reports) {
            if (r.place().isEmpty() || r.place().get().precisionRank() != finest) {
                continue;
            }
            double agreement = 0;
            for (Report o : reports) {
                if (o != r && o.place().isPresent()) {
                    agreement += PlaceSimilarity.of(r.place().get(), o.place().get());
                }
            }
            if (best == null || agreement > bestAgreement + 1e-9
                    || Math.abs(agreement - bestAgreement) <= 1e-9 && r.place().get().placeId() < best.place().get().placeId()) {
                best = r;
                bestAgreement = agreement;
            }
        }
        from.put("place", best.key());
        return best.place();
    }

    static Optional<Count> count(List<Optional<Count>> counts) {
        List<Count> known = counts.stream().flatMap(Optional::stream).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int low = known.stream().mapToInt(Count::low).min().orElseThrow();
        int[] bests = known.stream().mapToInt(Count::best).sorted().toArray();
        int best = bests[bests.length / 2];
        int maxFinite = known.stream().filter(c -> c.high() != Count.OPEN).mapToInt(Count::high).max().orElse(-1);
        int high;
        if (maxFinite < 0) {
            high = Count.OPEN;
        } else {
            int floor = known.stream().mapToInt(Count::best).max().orElseThrow();
            floor = Math.max(floor, known.stream().mapToInt(Count::low).max().orElseThrow());
            high = Math.max(maxFinite, floor);
        }
        return Optional.of(new Count(low, best, high));
    }
}
