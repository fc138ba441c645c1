package org.borderwatch.store.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An actor of the registry as the accountability rules use it: its names, and whom it belongs to when
 * (a minister to a government, a faction to a group).
 *
 * @param type the registry's actor type, as stored
 */
public record RegistryActor(long id, String name, String type, Optional<String> country, List<String> aliases,
                            List<Affiliation> affiliations) {
    public RegistryActor {
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
    }

    /** A tie to another actor, valid from and to a day where the registry knows them. */
    public record Affiliation(long relatedId, String relation, Optional<String> role, Optional<LocalDate> from,
                              Optional<LocalDate> to) {
        public boolean validOn(LocalDate day) {
            return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
        }
    }
}
