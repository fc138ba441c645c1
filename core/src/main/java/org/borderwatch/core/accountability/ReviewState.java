package org.borderwatch.core.accountability;

/** Where a suggested commitment, condition or engagement stands with the analysts. */
public enum ReviewState {
    /** Proposed by a rule from extracted statements or text; no analyst has looked at it. */
    SUGGESTED,
    /** Confirmed (possibly edited) by an analyst, or entered by one. */
    CONFIRMED,
    /** Rejected by an analyst; suggesting again does not bring it back. */
    REJECTED
}
