package org.borderwatch.accountability.condition;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.core.accountability.IncidentRef;

/**
 * Why a rule holds or not on a day: each part with what it found ("commitment 3 is kept: it is
 * not_yet_rated"), and the incidents behind indicator parts.
 */
public record Explanation(String rule, boolean holds, String finding, List<Explanation> parts,
                          List<IncidentRef> incidents) {
    public Explanation {
        parts = List.copyOf(parts);
        incidents = List.copyOf(incidents);
    }

    /** Indented lines: "[holds] rule: finding", parts below. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        write(out, "");
        return out;
    }

    private void write(List<String> out, String indent) {
        out.add(indent + (holds ? "[holds] " : "[fails] ") + rule + (finding.isEmpty() ? "" : ": " + finding));
        for (Explanation p : parts) {
            p.write(out, indent + "  ");
        }
    }
}
