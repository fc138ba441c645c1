package org.borderwatch.store.accountability;

import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.fact.FactOrigin;

/** A statement in a proposition: its stance, its match score, and whether the grouping or an analyst put it there. */
public record StoredPosition(StatementFact statement, Stance stance, double score, FactOrigin origin) {
}
