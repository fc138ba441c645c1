package org.borderwatch.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.commitment.CommitmentSuggester;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.store.accountability.RegistryActor;

/**
 * Whom a party speaks for, from the actor registry: a person or an agency speaks for the government
 * its affiliations valid that day lead to (up to three steps: minister → ministry → government), else
 * for the first organisation they lead to; an actor without affiliations, or a mention the registry
 * does not know, speaks for itself.
 */
final class RegistryPrincipals implements CommitmentSuggester.Principals {
    private static final int STEPS = 3;
    private final Map<Long, RegistryActor> byId = new HashMap<>();
    private final Map<String, RegistryActor> byName = new HashMap<>();

    RegistryPrincipals(List<RegistryActor> actors) {
        for (RegistryActor a : actors) {
            byId.put(a.id(), a);
            byName.putIfAbsent(PartyRef.normalise(a.name()), a);
            a.aliases().forEach(alias -> byName.putIfAbsent(PartyRef.normalise(alias), a));
        }
    }

    /** The registry actor a name denotes (its canonical name or an alias, any case), if any. */
    Optional<PartyRef> resolve(String name) {
        return Optional.ofNullable(byName.get(PartyRef.normalise(name))).map(a -> PartyRef.actor(a.id(), a.name()));
    }

    /** Every name of every actor, for the suggestion rules to recognise parties by. */
    KnownParties names() {
        KnownParties known = new KnownParties();
        for (RegistryActor a : byId.values()) {
            PartyRef p = PartyRef.actor(a.id(), a.name());
            known.add(a.name(), p);
            a.aliases().forEach(alias -> known.add(alias, p));
        }
        return known;
    }

    @Override
    public PartyRef of(PartyRef party, LocalDate day) {
        Optional<RegistryActor> actor = party.actorId().map(byId::get).or(() -> Optional.ofNullable(byName.get(
                PartyRef.normalise(party.name()))));
        if (actor.isEmpty()) {
            return party;
        }
        RegistryActor at = actor.get();
        RegistryActor firstOrganisation = null;
        for (int step = 0; step < STEPS; step++) {
            Optional<RegistryActor> up = at.affiliations().stream().filter(f -> f.validOn(day))
                    .map(f -> byId.get(f.relatedId())).filter(java.util.Objects::nonNull).findFirst();
            if (up.isEmpty()) {
                break;
            }
            at = up.get();
            firstOrganisation = firstOrganisation == null ? at : firstOrganisation;
            if (isGovernment(at)) {
                return PartyRef.actor(at.id(), at.name());
            }
        }
        RegistryActor chosen = firstOrganisation != null ? firstOrganisation : actor.get();
        return PartyRef.actor(chosen.id(), chosen.name());
    }

    private static boolean isGovernment(RegistryActor a) {
        String type = a.type().toLowerCase(Locale.ROOT);
        return type.contains("gov") || type.equals("state");
    }
}
