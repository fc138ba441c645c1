package org.borderwatch.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PerpetratorFact;
import org.borderwatch.core.accountability.PlaceFact;
import org.borderwatch.core.accountability.SourceRef;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/** Hand-made incidents for the logic tests: a builder that reads like the incident it makes. */
public final class Facts {
    private static long nextId = 1;

    private final List<PerpetratorFact> perpetrators = new ArrayList<>();
    private String type = "ATTACK";
    private FuzzyDate date;
    private PlaceFact place;
    private Count killed;
    private final long id = nextId++;
    private boolean consolidated = true;

    public static Facts on(String day) {
        Facts f = new Facts();
        f.date = FuzzyDate.day(LocalDate.parse(day));
        return f;
    }

    public static Facts undated() {
        return new Facts();
    }

    public Facts in(int year, int month) {
        date = FuzzyDate.month(year, month);
        return this;
    }

    public Facts by(String mention, Attribution attribution) {
        perpetrators.add(PerpetratorFact.mention(mention, attribution));
        return this;
    }

    public Facts by(String mention) {
        return by(mention, Attribution.ATTRIBUTED);
    }

    public Facts type(String t) {
        type = t;
        return this;
    }

    public Facts at(String name, String country, String admin1, double borderKm, String border) {
        place = new PlaceFact(name, country, admin1, null, 34.0, 71.0, borderKm, border);
        return this;
    }

    public Facts killed(int n) {
        killed = Count.exactly(n);
        return this;
    }

    public Facts report() {
        consolidated = false;
        return this;
    }

    public IncidentFact fact() {
        return new IncidentFact(new IncidentRef(consolidated ? IncidentRef.Kind.CONSOLIDATED : IncidentRef.Kind.REPORT, id),
                type, Optional.ofNullable(date), perpetrators, Optional.ofNullable(place), Optional.ofNullable(killed),
                Optional.empty(), List.of(new SourceRef(Optional.of(1L), Optional.of("test"), Optional.empty(),
                Optional.empty(), Optional.empty())), List.of(id));
    }
}
