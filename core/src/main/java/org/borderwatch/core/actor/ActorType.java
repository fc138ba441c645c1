package org.borderwatch.core.actor;

/** What kind of actor a registry entry is; resolution uses it to find "the government" of a country. */
public enum ActorType {
    GOVERNMENT,
    MINISTRY_OR_AGENCY,
    SECURITY_FORCE,
    ARMED_GROUP,
    FACTION,
    INTERNATIONAL_BODY,
    /** States named together as one party: "the Central Asian states". */
    GROUP_OF_STATES,
    PERSON
}
