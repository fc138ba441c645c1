package org.borderwatch.accountability.condition;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.accountability.indicator.Comparison;
import org.borderwatch.core.accountability.CommitmentStatus;

/**
 * A parsed condition rule: what must hold for a measure to go ahead. {@link #toString()} prints the
 * canonical rule, which parses back to an equal one.
 */
public sealed interface Rule {
    /** Every part holds. */
    record All(List<Rule> parts) implements Rule {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public String toString() {
            return "all(" + join(parts) + ")";
        }
    }

    /** At least one part holds. */
    record Any(List<Rule> parts) implements Rule {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public String toString() {
            return "any(" + join(parts) + ")";
        }
    }

    /** At least {@code k} of the parts hold. */
    record AtLeast(int k, List<Rule> parts) implements Rule {
        public AtLeast {
            parts = List.copyOf(parts);
            if (k < 1 || k > parts.size()) {
                throw new IllegalArgumentException("'at least " + k + " of' needs between 1 and " + parts.size()
                        + " (the number of parts), was " + k);
            }
        }

        @Override
        public String toString() {
            return "at least " + k + " of (" + join(parts) + ")";
        }
    }

    record Not(Rule part) implements Rule {
        @Override
        public String toString() {
            return "not " + part;
        }
    }

    /** The commitment's status, on the day evaluated, is one of these. */
    record CommitmentIs(long id, Set<CommitmentStatus> statuses) implements Rule {
        public CommitmentIs {
            statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
            if (statuses.isEmpty()) {
                throw new IllegalArgumentException("a commitment test names at least one status");
            }
        }

        @Override
        public String toString() {
            return "commitment " + id + " is " + EnumSet.copyOf(statuses).stream().map(CommitmentStatus::label)
                    .collect(Collectors.joining(" or "));
        }
    }

    /** The commitment's implementation score (0–3) compared with a number; unrated commitments fail. */
    record CommitmentScore(long id, Comparison comparison, int score) implements Rule {
        @Override
        public String toString() {
            return "commitment " + id + " score " + comparison.symbol() + " " + score;
        }
    }

    /** A stored indicator's value compared with a threshold. */
    record IndicatorCompare(String name, Comparison comparison, double threshold) implements Rule {
        @Override
        public String toString() {
            return "indicator " + quoted(name) + " " + comparison.symbol() + " " + Comparison.number(threshold);
        }
    }

    /** A stored {@code none …} indicator holds. */
    record IndicatorHolds(String name) implements Rule {
        @Override
        public String toString() {
            return "indicator " + quoted(name) + " holds";
        }
    }

    private static String join(List<Rule> parts) {
        return parts.stream().map(Rule::toString).collect(Collectors.joining(", "));
    }

    /** Names that are plain words print bare; others in quotes. */
    static String quoted(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_-]*") && !ConditionParser.KEYWORDS.contains(name.toLowerCase(Locale.ROOT))
                ? name : "\"" + name.replace("\"", "'") + "\"";
    }
}
