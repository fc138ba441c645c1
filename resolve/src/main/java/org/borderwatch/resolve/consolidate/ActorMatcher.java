package org.borderwatch.resolve.consolidate;

import java.util.List;
import java.util.OptionalDouble;
import org.borderwatch.core.consolidation.ActorRef;

/**
 * How alike two reports' perpetrators are, 0..1, or empty when either names no particular actor. The
 * default compares registry actor ids where both have them and the words otherwise; an actor registry
 * can plug in its own resolution (aliases, affiliations).
 */
public interface ActorMatcher {
    OptionalDouble similarity(List<ActorRef> a, List<ActorRef> b);
}
