package org.borderwatch.store.consolidation;

/**
 * A consolidated incident changed after the version an analyst decided on: the decision was not
 * written, since it may no longer mean what they saw.
 */
public final class VersionConflict extends RuntimeException {
    private final long incident;
    private final int seen;
    private final int current;

    VersionConflict(long incident, int seen, int current) {
        super("consolidated incident c" + incident + " was changed by someone else (you saw version " + seen
                + ", it is now at version " + current + "): reload it and decide again");
        this.incident = incident;
        this.seen = seen;
        this.current = current;
    }

    public long incident() {
        return incident;
    }

    public int seen() {
        return seen;
    }

    public int current() {
        return current;
    }
}
