package org.borderwatch.store.accountability;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.accountability.Proposition;

/** A proposition as the ledger lists it: how many statements are for and against it, and when. */
public record PropositionSummary(Proposition proposition, int forCount, int againstCount, Optional<LocalDate> first,
                                 Optional<LocalDate> last) {
}
