package org.borderwatch.core.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contents of an actor registry: actors and their affiliations, each affiliation naming actors of
 * the same entries. What the bundled file, an import and the database exchange.
 */
public record RegistryEntries(List<Actor> actors, List<Affiliation> affiliations) {
    public RegistryEntries {
        actors = List.copyOf(actors);
        affiliations = List.copyOf(affiliations);
        Set<String> ids = new HashSet<>();
        for (Actor a : actors) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("actor id '" + a.id() + "' is used twice");
            }
        }
        for (Affiliation f : affiliations) {
            if (f.actorId() != null && !ids.contains(f.actorId())) {
                throw new IllegalArgumentException("affiliation names an unknown actor '" + f.actorId() + "'");
            }
            if (!ids.contains(f.relatedActorId())) {
                throw new IllegalArgumentException("affiliation of " + (f.actorId() == null ? "an unknown holder" : f.actorId())
                        + " names an unknown organisation '" + f.relatedActorId() + "'");
            }
        }
    }

    public static RegistryEntries empty() {
        return new RegistryEntries(List.of(), List.of());
    }
}
