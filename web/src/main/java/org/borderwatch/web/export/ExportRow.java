package org.borderwatch.web.export;

import java.util.List;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.borderwatch.web.query.Views.Source;

/** One incident to export with the sources of its reports. */
record ExportRow(IncidentSummary incident, List<Source> sources) {
    /** The perpetrator exports name first: the strongest attribution (the list is ordered so). */
    PerpetratorRef primary() {
        return incident.perpetrators().isEmpty() ? null : incident.perpetrators().get(0);
    }
}
