package org.borderwatch.app.eval;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Counts one field's agreements item by item, then becomes a {@link FieldScore}. */
final class Tally {
    private final String field;
    private final String description;
    private long tp;
    private long fp;
    private long fn;
    private long items;
    private long correct;

    Tally(String field, String description) {
        this.field = field;
        this.description = description;
    }

    /** A set-valued field: each predicted member in the gold set is a true positive. */
    boolean set(Set<String> gold, Set<String> predicted) {
        Set<String> hit = new HashSet<>(predicted);
        hit.retainAll(gold);
        tp += hit.size();
        fp += predicted.size() - hit.size();
        fn += gold.size() - hit.size();
        items++;
        boolean exact = gold.equals(predicted);
        if (exact) {
            correct++;
        }
        return exact;
    }

    /**
     * A single value: right is a true positive; wrong is a false positive and a false negative;
     * missing is a false negative; predicted where gold has none is a false positive.
     */
    boolean value(Optional<String> gold, Optional<String> predicted) {
        items++;
        boolean right = Objects.equals(gold, predicted);
        if (right) {
            correct++;
            if (gold.isPresent()) {
                tp++;
            }
        } else {
            predicted.ifPresent(p -> fp++);
            gold.ifPresent(g -> fn++);
        }
        return right;
    }

    /** A yes/no judgement where a prediction may be absent ("no place found"). */
    boolean judged(boolean predicted, boolean right) {
        items++;
        if (right) {
            correct++;
            tp++;
        } else {
            if (predicted) {
                fp++;
            }
            fn++;
        }
        return right;
    }

    FieldScore score() {
        return new FieldScore(field, description, tp, fp, fn, items, correct);
    }
}
