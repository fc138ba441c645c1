package org.borderwatch.core.accountability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.incident.Attribution;

/**
 * Who is said to have done an incident, as indicators match it.
 *
 * @param names the mention, and when an actor is resolved its canonical name and aliases
 */
public record PerpetratorFact(String mention, Optional<Long> actorId, List<String> names, Attribution attribution) {
    public PerpetratorFact {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(attribution, "attribution");
        names = List.copyOf(names);
    }

    public static PerpetratorFact mention(String mention, Attribution attribution) {
        return new PerpetratorFact(mention, Optional.empty(), List.of(mention), attribution);
    }
}
