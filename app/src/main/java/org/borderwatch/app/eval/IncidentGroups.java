package org.borderwatch.app.eval;

import java.util.LinkedHashSet;
import java.util.Set;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.Perpetrator;

/**
 * The armed groups an incident involves, as gold sets code them: a group the incident's sentences name
 * (as attacker or as target: "forces killed 10 Taliban militants" involves the Taliban) or one of its
 * perpetrators. ISAF's target group and UCDP's non-state side are both the group on the other side
 * from the state, whichever side struck.
 */
final class IncidentGroups {
    private IncidentGroups() {
    }

    static Set<String> of(ExtractionRun.Result r, IncidentReport incident) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : r.annotated().mentions()) {
            if (!m.type().equals("ARMED_GROUP")) {
                continue;
            }
            for (Span e : incident.evidence()) {
                if (e.contains(m.span())) {
                    out.addAll(NameList.armedGroups().mentionedIn(m.text()));
                }
            }
        }
        for (Perpetrator p : incident.perpetrators()) {
            out.addAll(NameList.armedGroups().mentionedIn(p.mention()));
        }
        return out;
    }
}
