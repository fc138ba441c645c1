package org.borderwatch.resolve.consolidate;

import java.util.Optional;
import java.util.OptionalDouble;
import org.borderwatch.core.incident.Count;

/**
 * How alike two reports' tolls are. Tolls grow as news comes in and sources round, so near numbers
 * still agree; numbers far apart are the strongest sign that two similar reports are two events.
 * Killed weighs twice injured; a count one report lacks is unknown, not zero.
 */
final class CountSimilarity {
    private CountSimilarity() {
    }

    static OptionalDouble of(Optional<Count> killedA, Optional<Count> injuredA, Optional<Count> killedB,
                             Optional<Count> injuredB) {
        OptionalDouble k = one(killedA, killedB);
        OptionalDouble i = one(injuredA, injuredB);
        if (k.isPresent() && i.isPresent()) {
            return OptionalDouble.of((2 * k.getAsDouble() + i.getAsDouble()) / 3);
        }
        return k.isPresent() ? k : i;
    }

    static OptionalDouble one(Optional<Count> a, Optional<Count> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return OptionalDouble.empty();
        }
        Count x = a.get();
        Count y = b.get();
        if (x.low() <= y.high() && y.low() <= x.high()) {
            return OptionalDouble.of(x.best() == y.best() ? 1 : 0.85);
        }
        double ratio = (Math.min(x.best(), y.best()) + 1.0) / (Math.max(x.best(), y.best()) + 1.0);
        return OptionalDouble.of(ratio >= 0.75 ? 0.65 : ratio >= 0.5 ? 0.4 : ratio >= 0.25 ? 0.2 : 0.05);
    }
}
