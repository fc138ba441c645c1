package org.borderwatch.core.incident;

/** How a perpetrator is known: the group's own claim, a named speaker's attribution, suspicion, or not at all. */
public enum Attribution {
    CLAIMED, ATTRIBUTED, SUSPECTED, UNKNOWN;

    /** Whether this says more about who did it than {@code other}: a claim over an attribution over a suspicion. */
    public boolean strongerThan(Attribution other) {
        return ordinal() < other.ordinal();
    }
}
