package org.borderwatch.core.actor;

/** How one actor relates to another in an {@link Affiliation}. */
public enum Relation {
    /** A person, group or state belongs to an organisation or a group of states. */
    MEMBER_OF,
    /** A splinter or wing of an armed group (Jamaat-ul-Ahrar of the TTP). */
    FACTION_OF,
    /** An organ of a larger body (a ministry of a government, ISPR of the armed forces). */
    PART_OF,
    /** A person holds a named office in an organisation; the holder may be unknown. */
    ROLE
}
