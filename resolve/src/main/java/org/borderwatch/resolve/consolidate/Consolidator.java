package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.borderwatch.core.consolidation.Consolidation;
import org.borderwatch.core.consolidation.ConsolidationStats;
import org.borderwatch.core.consolidation.Decision;
import org.borderwatch.core.consolidation.DecisionKind;
import org.borderwatch.core.consolidation.Group;
import org.borderwatch.core.consolidation.Match;
import org.borderwatch.core.consolidation.PreviousGroup;
import org.borderwatch.core.consolidation.Report;

/**
 * Consolidates reports into incidents. The recipe: order the reports; apply analysts' decisions, the
 * newest first (a decision contradicting a newer one is not applied, and the groups say why); find
 * candidate pairs by blocking; score them; join the groups of every pair scoring at least the threshold,
 * best pairs first, unless a decision or a shared origin keeps them apart or the joined group would no
 * longer hold together in time and place (see {@link Clusters}); reconcile each group's
 * fields; and give each group the id of the previous consolidated incident that held most of its reports.
 *
 * <p>The result depends only on the reports, the decisions and the previous groups, never on the
 * order they came in or on earlier runs' groupings: a full run and an incremental one agree, and new
 * reports join the incidents they match.
 */
public final class Consolidator {
    /** Pairs scoring at least this are taken for one incident. */
    public static final double DEFAULT_THRESHOLD = 0.65;
    private static final int MAX_NOTES = 20;
    /** How far below the threshold the mean score across two groups may fall and still join them. */
    static final double LINKAGE_SLACK = 0.0;

    /** Reports progress: a phase name, work done and the total. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (phase, done, total) -> { };

        void progress(String phase, long done, long total);
    }

    private final double threshold;
    private final MatchScorer scorer;
    private final GroupReconciler reconciler;

    public Consolidator() {
        this(DEFAULT_THRESHOLD, new MentionActorMatcher());
    }

    public Consolidator(double threshold, ActorMatcher actors) {
        this(threshold, new MatchScorer(TypeCompatibility.bundled(), Objects.requireNonNull(actors, "actors")));
    }

    Consolidator(double threshold, MatchScorer scorer) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the match threshold lies in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
        this.scorer = scorer;
        this.reconciler = new GroupReconciler(TypeCompatibility.bundled());
    }

    public double threshold() {
        return threshold;
    }

    /** How alike two reports are (also pairs blocking would not compare), for showing a reviewer. */
    public Match score(Report a, Report b) {
        return scorer.match(a, b);
    }

    /**
     * @param decisions the live (not superseded) decisions, in any order
     * @param previous  the consolidated incidents stored now
     */
    public Consolidation run(List<Report> reports, List<Decision> decisions, List<PreviousGroup> previous,
                             Listener listener) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(order());
        List<Profile> profiles = ordered.stream().map(scorer::profile).toList();
        List<Optional<DateWindow>> windows = profiles.stream().map(p -> p.window).toList();
        Clusters clusters = new Clusters(originIds(ordered), windows, points(ordered));
        Notes notes = new Notes();
        List<Link> links = new ArrayList<>();
        int[] decided = applyDecisions(ordered, decisions, clusters, notes, links);

        List<Link> matches = new ArrayList<>();
        double[] features = new double[Match.FEATURES.size()];
        long candidates = new Blocking(ordered, windows).run((a, b) -> {
            Profile x = profiles.get(a);
            Profile y = profiles.get(b);
            if (!x.report.origin().equals(y.report.origin()) && scorer.compatible(x, y)
                    && scorer.score(x, y, features) >= threshold) {
                matches.add(new Link(a, b, scorer.match(x, y), null));
            }
        }, done -> listener.progress("compare", done, ordered.size()));

        matches.sort(Comparator.comparingDouble((Link l) -> -l.match().score())
                .thenComparing(l -> ordered.get(l.a()).key()).thenComparing(l -> ordered.get(l.b()).key())
                .thenComparingInt(Link::a).thenComparingInt(Link::b));
        long merges = 0;
        long keptApart = 0;
        long sameOrigin = 0;
        long incoherent = 0;
        for (Link l : matches) {
            if (clusters.together(l.a(), l.b())) {
                continue;
            }
            Decision apart = clusters.apart(l.a(), l.b());
            if (apart != null) {
                keptApart++;
                String note = ordered.get(l.a()).key() + " and " + ordered.get(l.b()).key() + " match (score "
                        + l.match().score() + ") but stay in separate incidents: " + describe(apart) + ".";
                notes.add(l.a(), note);
                notes.add(l.b(), note);
            } else if (clusters.shareOrigin(l.a(), l.b())) {
                sameOrigin++;
            } else if (!clusters.coherent(l.a(), l.b()) || !alike(profiles, clusters, l, features)) {
                incoherent++;
            } else {
                clusters.union(l.a(), l.b());
                links.add(l);
                merges++;
            }
        }
        listener.progress("group", 1, 1);
        List<List<Integer>> members = groups(ordered.size(), clusters);
        Memberships memberships = new Memberships(profiles, links, scorer);
        List<Group> groups = new ArrayList<>(members.size());
        List<List<Report>> groupReports = new ArrayList<>(members.size());
        for (List<Integer> g : members) {
            groupReports.add(g.stream().map(ordered::get).toList());
        }
        IdAssignment ids = IdAssignment.assign(groupReports, previous);
        for (int k = 0; k < members.size(); k++) {
            List<Integer> g = members.get(k);
            groups.add(new Group(ids.idOf(k), memberships.of(g), reconciler.reconcile(groupReports.get(k)),
                    notes.of(g)));
            listener.progress("reconcile", k + 1, members.size());
        }
        ConsolidationStats stats = new ConsolidationStats(ordered.size(), candidates, matches.size(), merges, keptApart,
                sameOrigin, incoherent, decided[0], decided[1], decided[2]);
        return new Consolidation(groups, ids.retired(), stats);
    }

    /** A link joining two reports: a machine match, or an analyst's SAME decision. */
    record Link(int a, int b, Match match, Decision decision) {
    }

    /** Dated reports by date, then undated ones; then by key: a stable order whatever the input order. */
    private static Comparator<Report> order() {
        return Comparator.comparing((Report r) -> DateWindow.of(r).map(DateWindow::earliest).orElse(Long.MAX_VALUE))
                .thenComparing(Report::key).thenComparingLong(Report::id);
    }

    /**
     * Whether two groups are alike as wholes, not only through the pair that matched: the mean score of
     * all pairs across them must reach the threshold too (average linkage), so that one report that
     * resembles two different events does not join them. On the benchmark's dense synthetic corpus (6
     * events a day) asking the mean for the threshold itself, rather than 0.05 below it, raised pairwise
     * precision from 0.41 to 0.54 while recall fell from 0.68 to 0.65.
     */
    private boolean alike(List<Profile> profiles, Clusters clusters, Link l, double[] features) {
        List<Integer> a = clusters.members(l.a());
        List<Integer> b = clusters.members(l.b());
        if (a.size() == 1 && b.size() == 1) {
            return true;
        }
        double sum = 0;
        for (int x : a) {
            for (int y : b) {
                sum += x == l.a() && y == l.b() || x == l.b() && y == l.a() ? l.match().score()
                        : scorer.score(profiles.get(x), profiles.get(y), features);
            }
        }
        return sum / (a.size() * (double) b.size()) >= threshold - LINKAGE_SLACK;
    }

    /** The coordinates of reports placed at a town or district: the places that bound a group's spread. */
    private static List<double[]> points(List<Report> reports) {
        List<double[]> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            out.add(r.place().filter(p -> p.hasCoordinates() && p.precisionRank() <= 1)
                    .map(p -> new double[] {p.latitude(), p.longitude()}).orElse(null));
        }
        return out;
    }

    private static int[] originIds(List<Report> reports) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[reports.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(reports.get(i).origin(), k -> ids.size());
        }
        return out;
    }

    /** Applies the decisions newest first; returns {applied, overridden, dormant}. */
    private static int[] applyDecisions(List<Report> reports, List<Decision> decisions, Clusters clusters, Notes notes,
                                        List<Link> links) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byKey.putIfAbsent(reports.get(i).key(), i);
        }
        List<Decision> newestFirst = new ArrayList<>(decisions);
        newestFirst.sort(Comparator.comparing(Decision::decidedAt).thenComparingLong(Decision::id).reversed());
        int applied = 0;
        int overridden = 0;
        int dormant = 0;
        for (Decision d : newestFirst) {
            Integer a = byKey.get(d.reportA());
            Integer b = byKey.get(d.reportB());
            if (a == null || b == null) {
                dormant++;
                continue;
            }
            if (d.kind() == DecisionKind.SAME) {
                Decision against = clusters.apart(a, b);
                if (against != null) {
                    overridden++;
                    String note = "Not applied: " + describe(d) + ", since the later " + describe(against) + ".";
                    notes.add(a, note);
                    notes.add(b, note);
                    continue;
                }
                if (!clusters.together(a, b)) {
                    clusters.union(a, b);
                    links.add(new Link(a, b, null, d));
                }
            } else {
                if (clusters.together(a, b)) {
                    overridden++;
                    String note = "Not applied: " + describe(d) + ", since later SAME decisions join them.";
                    notes.add(a, note);
                    notes.add(b, note);
                    continue;
                }
                clusters.keepApart(a, b, d);
            }
            applied++;
        }
        return new int[] {applied, overridden, dormant};
    }

    static String describe(Decision d) {
        return d.describe() + " (" + d.reportA() + ", " + d.reportB() + ")";
    }

    /** The groups as lists of report indexes, each in report order, ordered by their first report. */
    private static List<List<Integer>> groups(int n, Clusters clusters) {
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> g = byRoot.get(clusters.find(i));
            if (g == null) {
                g = new ArrayList<>();
                byRoot.put(clusters.find(i), g);
                out.add(g);
            }
            g.add(i);
        }
        return out;
    }

    /** Explanations collected per report, handed to the group the report ends up in. */
    private static final class Notes {
        private final Map<Integer, List<String>> byReport = new HashMap<>();

        void add(int report, String note) {
            byReport.computeIfAbsent(report, k -> new ArrayList<>()).add(note);
        }

        List<String> of(List<Integer> group) {
            TreeSet<String> out = new TreeSet<>();
            for (int i : group) {
                out.addAll(byReport.getOrDefault(i, List.of()));
            }
            return out.stream().limit(MAX_NOTES).toList();
        }
    }
}
