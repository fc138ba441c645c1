package org.borderwatch.store.actor;

import java.util.Optional;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.fact.FactOrigin;

/**
 * An actor as stored: a registered one (with its registry entry) or a candidate (a mention nobody has
 * mapped yet, named by the normalised mention).
 *
 * @param id     the database id, which facts' speaker_id, addressee_id, actor_id and attributed_by hold
 * @param entry  the registry entry, empty for a candidate
 * @param origin MACHINE for the bundled registry's actors and for candidates, HUMAN or CORRECTED for an
 *               analyst's
 */
public record StoredActor(long id, String name, String type, Optional<String> country, boolean candidate,
        FactOrigin origin, Optional<Actor> entry) {
    /** The registry id, or "#id" for a candidate. */
    public String key() {
        return entry.map(Actor::id).orElse("#" + id);
    }
}
