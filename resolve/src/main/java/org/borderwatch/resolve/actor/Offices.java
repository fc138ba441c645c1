package org.borderwatch.resolve.actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.Relation;

/** The registry's offices (ROLE affiliations): who held which office of which organisation when. */
final class Offices {
    private final List<Affiliation> roles;
    private final Map<String, Actor> actors;

    Offices(Collection<Affiliation> affiliations, Map<String, Actor> actors) {
        this.roles = affiliations.stream().filter(a -> a.relation() == Relation.ROLE).toList();
        this.actors = actors;
    }

    /**
     * The one holder of an office in the organisations that pass the test on a day, or empty when nobody
     * or several people held it. With no day, the holder whose term is still open.
     */
    Optional<Actor> holder(String mentionRole, Predicate<Actor> organisation, LocalDate day) {
        List<Affiliation> held = offices(mentionRole, organisation).stream()
                .filter(a -> a.actorId() != null && (day == null ? a.validTo() == null : a.validOn(day)))
                .toList();
        return held.stream().map(Affiliation::actorId).distinct().count() == 1
                ? Optional.of(actors.get(held.get(0).actorId())) : Optional.empty();
    }

    /** The organisation that has such an office, when exactly one passing the test has it. */
    Optional<Actor> organisation(String mentionRole, Predicate<Actor> organisation) {
        List<String> orgs = offices(mentionRole, organisation).stream().map(Affiliation::relatedActorId).distinct().toList();
        return orgs.size() == 1 ? Optional.of(actors.get(orgs.get(0))) : Optional.empty();
    }

    /** Whether the person held the office (anywhere) on the day, or holds it now when there is no day. */
    boolean holds(String personId, String mentionRole, LocalDate day) {
        return roles.stream().anyMatch(a -> personId.equals(a.actorId()) && RoleNames.satisfies(mentionRole, a.role())
                && (day == null ? a.validTo() == null : a.validOn(day)));
    }

    private List<Affiliation> offices(String mentionRole, Predicate<Actor> organisation) {
        return roles.stream()
                .filter(a -> RoleNames.satisfies(mentionRole, a.role()))
                .filter(a -> organisation.test(actors.get(a.relatedActorId())))
                .toList();
    }
}
