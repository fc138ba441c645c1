package org.borderwatch.store.actor;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;

/** An affiliation as the actor view shows it, both ends named. */
public record StoredAffiliation(Optional<String> actor, Optional<String> actorName, String related, String relatedName,
        String relation, Optional<String> role, Optional<LocalDate> from, Optional<LocalDate> to, String source,
        FactOrigin origin) {
}
