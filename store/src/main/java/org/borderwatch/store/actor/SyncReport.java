package org.borderwatch.store.actor;

/**
 * What writing registry entries to the database changed.
 *
 * @param kept      actors an analyst owns (HUMAN, CORRECTED) that a bundled sync left alone
 * @param retained  bundled actors gone from the bundle but still named by facts, kept so the facts stay linked
 */
public record SyncReport(int added, int updated, int unchanged, int kept, int removed, int retained,
        int affiliationsAdded, int affiliationsRemoved) {
    public boolean changedAnything() {
        return added + updated + removed + affiliationsAdded + affiliationsRemoved > 0;
    }

    public String describe() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged"
                + (kept > 0 ? ", " + kept + " analysts' kept" : "")
                + (removed > 0 ? ", " + removed + " removed" : "")
                + (retained > 0 ? ", " + retained + " retired but kept (facts name them)" : "")
                + "; affiliations " + affiliationsAdded + " added, " + affiliationsRemoved + " removed";
    }
}
