package org.borderwatch.core.accountability;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;

/**
 * An obligation one actor owes another: demanded of it, promised by it, or recommended to it.
 *
 * @param obligor          who owes it (empty while a suggestion could not tell)
 * @param obligee          to whom
 * @param owed             what is owed, in words
 * @param history          its ratings, oldest first
 * @param relatedIncidents the incident reports it is about (ids of {@code incident} rows)
 * @param indicators       names of the indicators that measure it
 */
public record Commitment(long id, Optional<PartyRef> obligor, Optional<PartyRef> obligee, String owed,
                         Optional<LocalDate> start, Optional<LocalDate> due, ReviewState review, FactOrigin origin,
                         List<CommitmentSource> sources, List<StatusChange> history, List<Long> relatedIncidents,
                         List<String> indicators) {
    private static final Comparator<StatusChange> ORDER = Comparator.comparing(StatusChange::effective)
            .thenComparing(StatusChange::recordedAt).thenComparingLong(StatusChange::id);

    public Commitment {
        Objects.requireNonNull(obligor, "obligor");
        Objects.requireNonNull(obligee, "obligee");
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
        history = history.stream().sorted(ORDER).toList();
        relatedIncidents = List.copyOf(relatedIncidents);
        indicators = List.copyOf(indicators);
    }

    /** The rating in force on a day: the latest change effective on or before it. */
    public Optional<StatusChange> ratingOn(LocalDate day) {
        StatusChange found = null;
        for (StatusChange c : history) {
            if (!c.effective().isAfter(day)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    public CommitmentStatus statusOn(LocalDate day) {
        return ratingOn(day).map(StatusChange::status).orElse(CommitmentStatus.NOT_YET_RATED);
    }

    /** The latest rating's status, or not yet rated. */
    public CommitmentStatus status() {
        return history.isEmpty() ? CommitmentStatus.NOT_YET_RATED : history.get(history.size() - 1).status();
    }

    public Optional<Integer> score() {
        return history.isEmpty() ? Optional.empty() : history.get(history.size() - 1).score();
    }

    /** "the Afghan Taliban → Government of Pakistan: hand them to us" for messages. */
    public String describe() {
        return obligor.map(PartyRef::name).orElse("?") + " → " + obligee.map(PartyRef::name).orElse("?") + ": " + owed;
    }
}
