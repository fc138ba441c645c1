package org.borderwatch.store.actor;

import java.util.List;

/**
 * One actor with what the store says about it.
 *
 * @param statementsMade      statements whose speaker it is
 * @param statementsReceived  statements addressed to it
 * @param incidentsAttributed distinct incidents with it as a perpetrator
 * @param attributionsMade    perpetrator rows it attributed (as the speaker who blamed someone)
 * @param mentions            how its mentions were written, most frequent first, with their counts
 */
public record ActorDetail(StoredActor actor, List<String> aliases, List<String> localAliases,
        List<StoredAffiliation> affiliations, long statementsMade, long statementsReceived, long incidentsAttributed,
        long attributionsMade, List<MentionCount> mentions) {

    /** A way the actor was written and how often. */
    public record MentionCount(String mention, long count) {}
}
