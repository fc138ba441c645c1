package org.borderwatch.extract.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.core.incident.IncidentType;

/**
 * How incident types relate: which is more specific when one event is named by several words ("a
 * suicide bomber attacked": SUICIDE_ATTACK over ATTACK), and which may describe the same event when
 * mentions are merged ("the blast" and "the suicide attack" may; "the kidnapping" and "the air strike"
 * may not).
 */
final class IncidentTypes {
    /** Most specific first. */
    private static final List<IncidentType> SPECIFICITY = List.of(
            IncidentType.SUICIDE_ATTACK, IncidentType.IED, IncidentType.BOMBING, IncidentType.AIRSTRIKE,
            IncidentType.CROSS_BORDER_STRIKE, IncidentType.SHELLING, IncidentType.KIDNAPPING,
            IncidentType.TARGETED_KILLING, IncidentType.ARMED_ASSAULT, IncidentType.CLASH,
            IncidentType.SECURITY_OPERATION, IncidentType.ARREST, IncidentType.ATTACK);

    private static final Set<IncidentType> ATTACKS = EnumSet.of(IncidentType.ATTACK, IncidentType.ARMED_ASSAULT,
            IncidentType.BOMBING, IncidentType.SUICIDE_ATTACK, IncidentType.IED, IncidentType.TARGETED_KILLING,
            IncidentType.KIDNAPPING, IncidentType.CROSS_BORDER_STRIKE, IncidentType.SHELLING, IncidentType.AIRSTRIKE,
            IncidentType.CLASH);
    private static final Set<IncidentType> EXPLOSIONS = EnumSet.of(IncidentType.BOMBING, IncidentType.SUICIDE_ATTACK,
            IncidentType.IED);
    private static final Set<IncidentType> STATE_ACTIONS = EnumSet.of(IncidentType.SECURITY_OPERATION,
            IncidentType.ARREST, IncidentType.CLASH, IncidentType.AIRSTRIKE, IncidentType.SHELLING,
            IncidentType.CROSS_BORDER_STRIKE);
    private static final Set<IncidentType> SHOOTINGS = EnumSet.of(IncidentType.ARMED_ASSAULT,
            IncidentType.TARGETED_KILLING, IncidentType.CLASH);

    private IncidentTypes() {
    }

    static int rank(IncidentType type) {
        return SPECIFICITY.indexOf(type);
    }

    static boolean compatible(IncidentType a, IncidentType b) {
        if (a == b) {
            return true;
        }
        if ((a == IncidentType.ATTACK && ATTACKS.contains(b)) || (b == IncidentType.ATTACK && ATTACKS.contains(a))) {
            return true;
        }
        return both(EXPLOSIONS, a, b) || both(STATE_ACTIONS, a, b) || both(SHOOTINGS, a, b);
    }

    private static boolean both(Set<IncidentType> set, IncidentType a, IncidentType b) {
        return set.contains(a) && set.contains(b);
    }
}
