package org.borderwatch.store.consolidation;

/**
 * A consolidated incident changed after the version an analyst decided on: the decision was not
 * written, since it may no longer mean what they saw.
 */
public final class VersionConflict extends RuntimeException {
    VersionConflict(long incident, int seen, int current) {
        super("consolidated incident c" + incident + " was changed by someone else (you saw version " + seen
                + ", it is now at version " + current + "): reload it and decide again");
    }
}
