package org.borderwatch.core.incident;

/** How a perpetrator is known: the group's own claim, a named speaker's attribution, suspicion, or not at all. */
public enum Attribution {
    CLAIMED, ATTRIBUTED, SUSPECTED, UNKNOWN
}
