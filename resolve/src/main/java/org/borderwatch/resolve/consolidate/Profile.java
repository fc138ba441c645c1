package org.borderwatch.resolve.consolidate;

import java.util.Optional;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.resolve.place.Names;

/** A report prepared for comparison: what scoring needs, normalised once per run rather than per pair. */
final class Profile {
    final Report report;
    final int type;
    final Optional<DateWindow> window;
    final ReportPlace place;
    /** The admin keys of the district and province the place lies in (or is), or null. */
    final String district;
    final String province;
    final ActorMatcher.Prepared actors;
    final int victims;

    Profile(Report report, int type, ActorMatcher.Prepared actors) {
        this.report = report;
        this.type = type;
        this.window = DateWindow.of(report);
        this.place = report.place().orElse(null);
        this.district = place == null ? null : district(place);
        this.province = place == null ? null : province(place);
        this.actors = actors;
        this.victims = VictimSimilarity.mask(report.victims());
    }

    static String district(ReportPlace p) {
        String name = p.admin2() != null ? p.admin2() : p.precisionRank() == 1 ? p.name() : null;
        return name == null ? null : Names.adminKey(name);
    }

    static String province(ReportPlace p) {
        String name = p.admin1() != null ? p.admin1() : p.precisionRank() == 2 ? p.name() : null;
        return name == null ? null : Names.adminKey(name);
    }
}
