package org.borderwatch.core.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rating of a commitment: its status and Peace Accords Matrix implementation score from a day on,
 * who rated it, and the evidence.
 *
 * @param score     0 not implemented, 1 minimal, 2 intermediate, 3 complete (Peace Accords Matrix)
 * @param effective the day the status holds from
 */
public record StatusChange(long id, CommitmentStatus status, Optional<Integer> score, LocalDate effective,
                           String author, Instant recordedAt, Optional<String> note, List<EvidenceRef> evidence) {
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(note, "note");
        evidence = List.copyOf(evidence);
        score.ifPresent(StatusChange::checkScore);
        if (author.isBlank()) {
            throw new IllegalArgumentException("a status change needs its author");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a status change needs at least one piece of evidence");
        }
    }

    public static void checkScore(int score) {
        if (score < 0 || score > 3) {
            throw new IllegalArgumentException("an implementation score is 0 to 3 (Peace Accords Matrix), was " + score);
        }
    }
}
