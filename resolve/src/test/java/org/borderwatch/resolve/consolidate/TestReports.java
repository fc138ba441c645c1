package org.borderwatch.resolve.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.consolidation.ActorRef;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/** Reports for consolidation tests, built fluently: {@code report("doc:1:0").type("BOMBING").day(...)}. */
final class TestReports {
    static final ReportPlace BESHAM = new ReportPlace(1, "Besham", "PK", "Khyber Pakhtunkhwa", "Shangla District",
            34.93, 72.88, "TOWN");
    static final ReportPlace SHANGLA = new ReportPlace(2, "Shangla District", "PK", "Khyber Pakhtunkhwa", "Shangla District",
            34.88, 72.6, "DISTRICT");
    static final ReportPlace KP = new ReportPlace(3, "Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa", null,
            34.5, 72.0, "PROVINCE");
    static final ReportPlace PAKISTAN = new ReportPlace(4, "Pakistan", "PK", null, null, 30.0, 70.0, "COUNTRY");
    static final ReportPlace QUETTA = new ReportPlace(5, "Quetta", "PK", "Balochistan", "Quetta District",
            30.18, 67.0, "TOWN");
    static final ReportPlace MIR_ALI = new ReportPlace(6, "Mir Ali", "PK", "Khyber Pakhtunkhwa", "North Waziristan",
            32.98, 70.28, "TOWN");

    private static long nextId = 1;

    private TestReports() {
    }

    /** The same report, now in consolidated incident {@code id}. */
    static Report in(Report r, long id) {
        return new Report(r.id(), r.key(), r.origin(), r.label(), r.type(), r.date(), r.published(), r.place(),
                r.perpetrators(), r.victims(), r.killed(), r.injured(), Optional.of(id));
    }

    static Builder report(String key) {
        return new Builder(key);
    }

    static final class Builder {
        private final String key;
        private long id = nextId++;
        private String origin;
        private String type = "BOMBING";
        private Optional<FuzzyDate> date = Optional.empty();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<ReportPlace> place = Optional.empty();
        private final List<ActorRef> perpetrators = new ArrayList<>();
        private final List<String> victims = new ArrayList<>();
        private Optional<Count> killed = Optional.empty();
        private Optional<Count> injured = Optional.empty();
        private Optional<Long> consolidated = Optional.empty();

        Builder(String key) {
            this.key = key;
            this.origin = key.startsWith("doc:") ? key.substring(0, key.indexOf(':', 4)) : "dataset:" + key.split(":")[0];
        }

        Builder id(long id) {
            this.id = id;
            return this;
        }

        Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        Builder type(String type) {
            this.type = type;
            return this;
        }

        Builder day(String iso) {
            this.date = Optional.of(FuzzyDate.day(LocalDate.parse(iso)));
            return this;
        }

        Builder month(int year, int month) {
            this.date = Optional.of(FuzzyDate.month(year, month));
            return this;
        }

        Builder published(String iso) {
            this.published = Optional.of(LocalDate.parse(iso));
            return this;
        }

        Builder at(ReportPlace place) {
            this.place = Optional.of(place);
            return this;
        }

        Builder by(String mention) {
            perpetrators.add(ActorRef.mention(mention));
            return this;
        }

        Builder victims(String... categories) {
            victims.addAll(List.of(categories));
            return this;
        }

        Builder killed(int n) {
            this.killed = Optional.of(Count.exactly(n));
            return this;
        }

        Builder killed(Count c) {
            this.killed = Optional.of(c);
            return this;
        }

        Builder injured(int n) {
            this.injured = Optional.of(Count.exactly(n));
            return this;
        }

        Builder in(long consolidatedId) {
            this.consolidated = Optional.of(consolidatedId);
            return this;
        }

        Report build() {
            return new Report(id, key, origin, "source of " + key, type, date, published, place, perpetrators, victims,
                    killed, injured, consolidated);
        }
    }
}
