package org.borderwatch.accountability.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.fact.FactOrigin;

/**
 * One proposition of the claim ledger: its statements for and against over time, who holds which
 * position, and the incidents that bear on it.
 *
 * @param named   incidents its statements are about
 * @param bearing incidents by a perpetrator the proposition names (near a border of a country it names,
 *                when it names one), in the window considered
 * @param rule    how {@code bearing} was chosen, in words
 */
public record LedgerEntry(Proposition proposition, List<Position> positions, List<Holder> holders,
                          List<IncidentRef> named, List<IncidentRef> bearing, String rule) {
    public LedgerEntry {
        positions = List.copyOf(positions);
        holders = List.copyOf(holders);
        named = List.copyOf(named);
        bearing = List.copyOf(bearing);
    }

    /** A statement on the proposition: its stance, how well it matched, and who put it there. */
    public record Position(StatementFact statement, Stance stance, double score, FactOrigin origin) {
    }

    /**
     * A party holding a position: how often it spoke for and against, first and last, and its latest stance.
     */
    public record Holder(PartyRef party, int forCount, int againstCount, Optional<LocalDate> first,
                         Optional<LocalDate> last, Stance latest) {
    }

    public long countFor() {
        return positions.stream().filter(p -> p.stance() == Stance.FOR).count();
    }

    public long countAgainst() {
        return positions.stream().filter(p -> p.stance() == Stance.AGAINST).count();
    }
}
