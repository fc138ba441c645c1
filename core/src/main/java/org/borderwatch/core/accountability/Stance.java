package org.borderwatch.core.accountability;

/** A statement's position on a proposition: it asserts it, or it denies it. */
public enum Stance {
    FOR, AGAINST
}
