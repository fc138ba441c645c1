package org.borderwatch.accountability.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.accountability.text.Words;
import org.borderwatch.core.accountability.LedgerDecision;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.PropositionAssignment;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.statement.StatementType;

/**
 * Groups claim statements into propositions. An analyst's link puts a statement where the analyst
 * said; an unlink keeps it out of that proposition. Every other claim, oldest first, joins the
 * proposition it matches best (its score: the highest {@link Similarity} to the proposition's words
 * or to any statement already in it) if that reaches the threshold, else founds a new proposition.
 * Existing propositions keep their ids, so regrouping after new extractions is stable.
 */
public final class PropositionGrouper {
    /** The statement types that assert or deny something; demands, promises and threats are commitments. */
    public static final Set<StatementType> CLAIMS = EnumSet.of(StatementType.ACCUSE, StatementType.DENY,
            StatementType.ATTRIBUTE_RESPONSIBILITY, StatementType.CLAIM_RESPONSIBILITY, StatementType.EXPRESS_CONCERN);
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final double threshold;

    public PropositionGrouper(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a grouping threshold lies in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    /** Against when the statement denies, or negates a claim (a negated denial is for). */
    public static Stance stance(StatementFact s) {
        return stance(s.type(), s.negated());
    }

    /** The same for a statement's type and negation as stored. */
    public static Stance stance(StatementType type, boolean negated) {
        return (type == StatementType.DENY) != negated ? Stance.AGAINST : Stance.FOR;
    }

    private static final class Group {
        final Optional<Long> id;
        final String key;
        final String label;
        final List<String> texts = new ArrayList<>();

        Group(Optional<Long> id, String key, String label) {
            this.id = id;
            this.key = key;
            this.label = label;
            texts.add(key);
        }
    }

    /**
     * @param decisions analysts' decisions, oldest first; a later one overrides an earlier one on the same
     *                  statement and proposition
     */
    public List<PropositionAssignment> group(List<StatementFact> statements, List<Proposition> existing,
                                             List<LedgerDecision> decisions) {
        Map<String, Long> linked = new HashMap<>();
        Map<String, Optional<Stance>> linkedStance = new HashMap<>();
        Map<String, Set<Long>> unlinked = new HashMap<>();
        for (LedgerDecision d : decisions) {
            Set<Long> out = unlinked.computeIfAbsent(d.statementKey(), k -> new HashSet<>());
            if (d.link()) {
                linked.put(d.statementKey(), d.propositionId());
                linkedStance.put(d.statementKey(), d.stance());
                out.remove(d.propositionId());
            } else {
                out.add(d.propositionId());
                linked.remove(d.statementKey(), d.propositionId());
            }
        }
        List<Group> groups = new ArrayList<>();
        Map<Long, Group> byId = new HashMap<>();
        Map<String, Group> byKey = new HashMap<>();
        Map<String, Set<Integer>> index = new HashMap<>();
        for (Proposition p : existing) {
            Group g = new Group(Optional.of(p.id()), p.key(), p.label());
            byId.put(p.id(), g);
            byKey.put(p.key(), g);
            add(groups, index, g, p.key());
        }
        List<PropositionAssignment> out = new ArrayList<>();
        List<StatementFact> rest = new ArrayList<>();
        for (StatementFact s : statements) {
            Long target = linked.get(s.key());
            if (target != null && byId.containsKey(target)) {
                Group g = byId.get(target);
                out.add(assignment(s, g, linkedStance.get(s.key()).orElse(stance(s)), Similarity.score(s.proposition(), g.key),
                        FactOrigin.HUMAN));
                g.texts.add(s.proposition());
                indexWords(index, groups.indexOf(g), s.proposition());
            } else if (CLAIMS.contains(s.type()) && !Words.normalise(s.proposition()).isEmpty()) {
                rest.add(s);
            }
        }
        rest.sort(Comparator.comparing((StatementFact s) -> s.day().orElse(LocalDate.MAX)).thenComparingLong(StatementFact::id));
        for (StatementFact s : rest) {
            Set<Long> excluded = unlinked.getOrDefault(s.key(), Set.of());
            Group best = null;
            double bestScore = 0;
            for (int gi : candidates(index, s.proposition())) {
                Group g = groups.get(gi);
                if (g.id.isPresent() && excluded.contains(g.id.get())) {
                    continue;
                }
                double score = g.texts.stream().mapToDouble(t -> Similarity.score(s.proposition(), t)).max().orElse(0);
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null || bestScore < threshold) {
                String key = Words.normalise(s.proposition());
                if (byKey.containsKey(key)) {
                    key = key + " #" + s.id(); // the proposition of these words was unlinked from this statement
                }
                best = new Group(Optional.empty(), key, s.proposition());
                byKey.put(key, best);
                add(groups, index, best, key);
                bestScore = key.equals(Words.normalise(s.proposition())) ? 1 : Similarity.score(s.proposition(), key);
            } else {
                best.texts.add(s.proposition());
                indexWords(index, groups.indexOf(best), s.proposition());
            }
            out.add(assignment(s, best, stance(s), bestScore, FactOrigin.MACHINE));
        }
        return out;
    }

    private static PropositionAssignment assignment(StatementFact s, Group g, Stance stance, double score, FactOrigin origin) {
        return new PropositionAssignment(s.id(), g.id, g.key, g.label, stance, score, origin);
    }

    private static void add(List<Group> groups, Map<String, Set<Integer>> index, Group g, String text) {
        groups.add(g);
        indexWords(index, groups.size() - 1, text);
    }

    private static void indexWords(Map<String, Set<Integer>> index, int group, String text) {
        for (String w : Similarity.contentWords(text)) {
            index.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(group);
        }
    }

    /** Groups sharing a content word with the text: only these can reach a positive score. */
    private static Set<Integer> candidates(Map<String, Set<Integer>> index, String text) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String w : Similarity.contentWords(text)) {
            out.addAll(index.getOrDefault(w, Set.of()));
        }
        return out;
    }
}
