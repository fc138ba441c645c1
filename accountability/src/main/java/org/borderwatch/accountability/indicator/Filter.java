package org.borderwatch.accountability.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.PerpetratorFact;
import org.borderwatch.core.accountability.PlaceFact;
import org.borderwatch.core.incident.Attribution;

/** Which incidents an indicator counts. Each test prints as the expression that parses to it. */
public sealed interface Filter {
    boolean test(IncidentFact incident);

    /** Whether it looks at the incident's place (so that unplaced incidents are reported as untestable). */
    default boolean usesPlace() {
        return false;
    }

    /**
     * Three-valued: unknown when the answer depends on a place the incident does not have (Kleene's
     * logic for and, or, not), so coverage can report incidents that might have matched.
     */
    default Truth truth(IncidentFact incident) {
        return test(incident) ? Truth.TRUE : Truth.FALSE;
    }

    enum Truth {
        TRUE, FALSE, UNKNOWN;

        Truth not() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
        }

        /** "and" when {@code decisive} is FALSE, "or" when TRUE: the decisive value wins, else any unknown. */
        static Truth junction(List<Filter> parts, IncidentFact incident, Truth decisive) {
            Truth t = decisive.not();
            for (Filter p : parts) {
                Truth x = p.truth(incident);
                if (x == decisive) {
                    return decisive;
                }
                t = x == UNKNOWN ? UNKNOWN : t;
            }
            return t;
        }
    }

    /** Every incident. */
    record Any() implements Filter {
        @Override
        public boolean test(IncidentFact incident) {
            return true;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    record And(List<Filter> parts) implements Filter {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(IncidentFact incident) {
            return parts.stream().allMatch(p -> p.test(incident));
        }

        @Override
        public boolean usesPlace() {
            return parts.stream().anyMatch(Filter::usesPlace);
        }

        @Override
        public Truth truth(IncidentFact incident) {
            return Truth.junction(parts, incident, Truth.FALSE);
        }

        @Override
        public String toString() {
            return parts.stream().map(p -> p instanceof Or ? "(" + p + ")" : p.toString()).collect(Collectors.joining(" and "));
        }
    }

    record Or(List<Filter> parts) implements Filter {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(IncidentFact incident) {
            return parts.stream().anyMatch(p -> p.test(incident));
        }

        @Override
        public boolean usesPlace() {
            return parts.stream().anyMatch(Filter::usesPlace);
        }

        @Override
        public Truth truth(IncidentFact incident) {
            return Truth.junction(parts, incident, Truth.TRUE);
        }

        @Override
        public String toString() {
            return parts.stream().map(Filter::toString).collect(Collectors.joining(" or "));
        }
    }

    record Not(Filter part) implements Filter {
        @Override
        public boolean test(IncidentFact incident) {
            return !part.test(incident);
        }

        @Override
        public boolean usesPlace() {
            return part.usesPlace();
        }

        @Override
        public Truth truth(IncidentFact incident) {
            return part.truth(incident).not();
        }

        @Override
        public String toString() {
            return "not " + (part instanceof And || part instanceof Or ? "(" + part + ")" : part.toString());
        }
    }

    /**
     * A perpetrator named {@code name} (its mention, or its actor's name or an alias, in any case and
     * without a leading "the"), or whose name contains it; optionally only with one kind of attribution.
     */
    record Perpetrator(String name, boolean contains, Optional<Qualifier> qualifier) implements Filter {
        public Perpetrator {
            if (PartyRef.normalise(name).isEmpty()) {
                throw new IllegalArgumentException("a perpetrator name is empty");
            }
        }

        @Override
        public boolean test(IncidentFact incident) {
            String wanted = PartyRef.normalise(name);
            for (PerpetratorFact p : incident.perpetrators()) {
                if (qualifier.isPresent() && !qualifier.get().admits(p.attribution())) {
                    continue;
                }
                for (String n : p.names()) {
                    String have = PartyRef.normalise(n);
                    if (contains ? have.contains(wanted) : have.equals(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "perpetrator " + (contains ? "contains " : "") + quote(name) + qualifier.map(q -> " " + q.word()).orElse("");
        }
    }

    /** How an incident's perpetrator must be known. */
    enum Qualifier {
        CLAIMED, ATTRIBUTED, SUSPECTED, KNOWN;

        boolean admits(Attribution a) {
            return switch (this) {
                case CLAIMED -> a == Attribution.CLAIMED;
                case ATTRIBUTED -> a == Attribution.ATTRIBUTED;
                case SUSPECTED -> a == Attribution.SUSPECTED;
                case KNOWN -> a == Attribution.CLAIMED || a == Attribution.ATTRIBUTED;
            };
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record TypeIn(Set<String> types) implements Filter {
        public TypeIn {
            types = types.stream().map(t -> t.toUpperCase(Locale.ROOT).replace('-', '_')).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean test(IncidentFact incident) {
            return types.contains(incident.type().toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return types.size() == 1 ? "type " + types.iterator().next().toLowerCase(Locale.ROOT)
                    : "type in (" + types.stream().sorted().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** The place's country, province (admin1) or district (admin2); "Khyber Pakhtunkhwa" also matches "Khyber Pakhtunkhwa Province". */
    record PlaceIs(Level level, String name) implements Filter {
        public enum Level { COUNTRY, PROVINCE, DISTRICT }

        @Override
        public boolean test(IncidentFact incident) {
            if (incident.place().isEmpty()) {
                return false;
            }
            PlaceFact p = incident.place().get();
            String have = switch (level) {
                case COUNTRY -> p.countryCode();
                case PROVINCE -> p.admin1();
                case DISTRICT -> p.admin2();
            };
            if (have == null) {
                return false;
            }
            String h = PartyRef.normalise(have);
            String w = PartyRef.normalise(name);
            return h.equals(w) || h.startsWith(w + " ");
        }

        @Override
        public boolean usesPlace() {
            return true;
        }

        @Override
        public Truth truth(IncidentFact incident) {
            return incident.place().isEmpty() ? Truth.UNKNOWN : Filter.super.truth(incident);
        }

        @Override
        public String toString() {
            return level.name().toLowerCase(Locale.ROOT) + " " + quote(name);
        }
    }

    /** Within {@code km} of the nearest international border, or of one border ("AF–PK") when named. */
    record NearBorder(double km, Optional<String> pair) implements Filter {
        public NearBorder {
            if (!(km >= 0) || Double.isInfinite(km)) {
                throw new IllegalArgumentException("a border distance is a finite number of km, was " + km);
            }
            pair = pair.map(NearBorder::normalisePair);
        }

        /** "pk-af", "AF–PK" → "AF–PK": the two codes in alphabetical order joined by an en dash. */
        static String normalisePair(String pair) {
            String[] codes = pair.toUpperCase(Locale.ROOT).split("[-–]");
            if (codes.length != 2 || !codes[0].matches("[A-Z]{2}") || !codes[1].matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("a border is two country codes like AF-PK, was '" + pair + "'");
            }
            return codes[0].compareTo(codes[1]) <= 0 ? codes[0] + "–" + codes[1] : codes[1] + "–" + codes[0];
        }

        @Override
        public boolean test(IncidentFact incident) {
            if (incident.place().isEmpty() || incident.place().get().borderKm() == null) {
                return false;
            }
            PlaceFact p = incident.place().get();
            return p.borderKm() <= km && pair.map(x -> x.equals(p.nearestBorder())).orElse(true);
        }

        @Override
        public boolean usesPlace() {
            return true;
        }

        @Override
        public Truth truth(IncidentFact incident) {
            return incident.place().map(PlaceFact::borderKm).isEmpty() ? Truth.UNKNOWN : Filter.super.truth(incident);
        }

        @Override
        public String toString() {
            return "within " + Comparison.number(km) + " km of border" + pair.map(x -> " " + x.replace('–', '-')).orElse("");
        }
    }

    /** The best estimate of killed or injured compared with a number; an incident without one fails. */
    record Casualties(boolean killed, Comparison comparison, double value) implements Filter {
        @Override
        public boolean test(IncidentFact incident) {
            return (killed ? incident.killed() : incident.injured())
                    .map(c -> comparison.holds(c.best(), value)).orElse(false);
        }

        @Override
        public String toString() {
            return (killed ? "killed " : "injured ") + comparison.symbol() + " " + Comparison.number(value);
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "'") + "\"";
    }
}
