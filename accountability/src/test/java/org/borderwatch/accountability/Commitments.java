package org.borderwatch.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.EvidenceRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.accountability.StatusChange;
import org.borderwatch.core.fact.FactOrigin;

/** Hand-made commitments with rating histories for the logic tests. */
public final class Commitments {
    private final long id;
    private final String owed;
    private final List<StatusChange> history = new ArrayList<>();

    private Commitments(long id, String owed) {
        this.id = id;
        this.owed = owed;
    }

    public static Commitments of(long id, String owed) {
        return new Commitments(id, owed);
    }

    public Commitments rated(String day, CommitmentStatus status, Integer score) {
        history.add(new StatusChange(history.size() + 1, status, Optional.ofNullable(score), LocalDate.parse(day), "analyst",
                Instant.parse("2024-07-01T00:00:00Z"), Optional.empty(), List.of(EvidenceRef.parse("note:seen"))));
        return this;
    }

    public Commitment build() {
        return new Commitment(id, Optional.of(PartyRef.mention("the Taliban")), Optional.of(PartyRef.mention("Pakistan")),
                owed, Optional.of(LocalDate.of(2024, 5, 26)), Optional.empty(), ReviewState.CONFIRMED, FactOrigin.HUMAN,
                List.of(), history, List.of(), List.of());
    }
}
