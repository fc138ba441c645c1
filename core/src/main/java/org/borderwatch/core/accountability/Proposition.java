package org.borderwatch.core.accountability;

import java.util.Objects;
import org.borderwatch.core.fact.FactOrigin;

/**
 * A claim of the ledger ("afghanistan provides safe havens for … the outlawed ttp").
 *
 * @param key   the normalised proposition of the statement that founded it; stable across regrouping
 * @param label what the ledger shows
 */
public record Proposition(long id, String key, String label, FactOrigin origin) {
    public Proposition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(origin, "origin");
    }
}
