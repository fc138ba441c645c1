package org.borderwatch.core.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated, sourced link between two actors: Mohsin Naqvi holds the ROLE "interior minister" of the
 * Ministry of Interior from 2024-03-11; Jamaat-ul-Ahrar is a FACTION_OF the TTP.
 *
 * @param actorId        the member, faction, organ or office holder; null only for a ROLE whose holder the
 *                       registry does not know, so "the head of Nacta" can still resolve to Nacta's office
 * @param relatedActorId the organisation
 * @param relation       kind of link
 * @param role           office name for a ROLE (canonical, e.g. "interior minister"), otherwise optional
 * @param validFrom      first day the link holds, null if not dated
 * @param validTo        last day it holds, null while it still holds
 * @param source         citation; says so when a date is left open for lack of a source
 */
public record Affiliation(String actorId, String relatedActorId, Relation relation, String role,
        LocalDate validFrom, LocalDate validTo, String source) {
    public Affiliation {
        Objects.requireNonNull(relation, "relation");
        if (actorId == null && relation != Relation.ROLE) {
            throw new IllegalArgumentException("only a ROLE may have an unknown holder (" + relation + " of "
                    + relatedActorId + ")");
        }
        if (actorId != null) {
            Actor.requireId(actorId, "affiliated actor id");
        }
        Actor.requireId(relatedActorId, "related actor id");
        if (relatedActorId.equals(actorId)) {
            throw new IllegalArgumentException("actor " + actorId + " cannot be affiliated with itself");
        }
        role = role == null || role.isBlank() ? null : role.strip();
        if (relation == Relation.ROLE && role == null) {
            throw new IllegalArgumentException("the ROLE of " + actorId + " in " + relatedActorId + " needs a role name");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("affiliation " + actorId + " -> " + relatedActorId + " ends (" + validTo
                    + ") before it begins (" + validFrom + ")");
        }
        source = Actor.requireText(source, "source of affiliation " + actorId + " -> " + relatedActorId);
    }

    /** Whether the link holds on a day; open (null) bounds hold. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
