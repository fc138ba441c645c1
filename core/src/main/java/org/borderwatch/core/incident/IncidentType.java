package org.borderwatch.core.incident;

/** Kinds of violent event, aligned with ACLED and GTD categories where they overlap. */
public enum IncidentType {
    ARMED_ASSAULT, BOMBING, SUICIDE_ATTACK, IED, TARGETED_KILLING, KIDNAPPING, CROSS_BORDER_STRIKE,
    SHELLING, AIRSTRIKE, CLASH, SECURITY_OPERATION, ARREST, ATTACK
}
