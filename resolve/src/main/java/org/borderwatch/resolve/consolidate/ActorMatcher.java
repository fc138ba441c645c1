package org.borderwatch.resolve.consolidate;

import java.util.List;
import java.util.OptionalDouble;
import org.borderwatch.core.consolidation.ActorRef;

/**
 * How alike two reports' perpetrators are. The default compares registry actor ids where both have
 * them and the words otherwise; an actor registry can plug in its own resolution (aliases,
 * affiliations). A run prepares each report's perpetrators once and compares the prepared forms many
 * times, so the costly part (normalising names, looking them up) belongs in {@link #prepare}.
 */
public interface ActorMatcher {
    /** One report's perpetrators, ready to compare. */
    interface Prepared {
        /** 0..1, or empty when either side names no particular actor. */
        OptionalDouble similarity(Prepared other);
    }

    Prepared prepare(List<ActorRef> perpetrators);

    /** Prepares both and compares them. */
    default OptionalDouble similarity(List<ActorRef> a, List<ActorRef> b) {
        return prepare(a).similarity(prepare(b));
    }
}
