package org.borderwatch.core.consolidation;

/**
 * What a run did, for its summary.
 *
 * @param candidatePairs   pairs of reports the blocking let through and the scorer compared
 * @param matches          of those, pairs scoring at or above the threshold
 * @param machineMerges    matches that joined two groups
 * @param keptApart        matches not followed because an analyst's decision keeps the reports apart
 * @param sameOrigin       matches not followed because both sides hold a report of one document or dataset
 * @param incoherent       matches not followed because the joined group would span too many days or km
 * @param decisionsApplied analysts' decisions respected
 * @param decisionsOverridden decisions contradicting a later decision, not applied
 * @param decisionsDormant decisions naming a report no longer stored (applied again if it comes back)
 */
public record ConsolidationStats(int reports, long candidatePairs, long matches, long machineMerges, long keptApart,
                                 long sameOrigin, long incoherent, int decisionsApplied, int decisionsOverridden, int decisionsDormant) {
}
