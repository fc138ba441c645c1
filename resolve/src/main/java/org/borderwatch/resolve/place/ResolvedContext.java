package org.borderwatch.resolve.place;

import java.util.HashSet;
import java.util.Set;

/** The context of a lookup worked out into codes: countries, provinces, districts named nearby. */
final class ResolvedContext {
    final Set<String> countries = new HashSet<>();
    final Set<String> admin1 = new HashSet<>();
    final Set<String> admin2 = new HashSet<>();
    final Set<String> keys = new HashSet<>();

    boolean isEmpty() {
        return countries.isEmpty() && admin1.isEmpty() && admin2.isEmpty();
    }

    boolean inCountry(Place p) {
        return countries.contains(p.countryCode) || matchesAdmin1(p) || matchesAdmin2(p);
    }

    boolean matchesAdmin1(Place p) {
        return p.admin1Code != null ? admin1.contains(p.admin1Code)
                : p.admin1Name != null && keys.contains(Names.adminKey(p.admin1Name));
    }

    boolean matchesAdmin2(Place p) {
        return p.admin2Code != null ? admin2.contains(p.admin2Code)
                : p.admin2Name != null && keys.contains(Names.adminKey(p.admin2Name));
    }

    /** 0 in another country; 0.5 in a named country; up to 1 in the named province and district. */
    double agreement(Place p) {
        boolean a1 = matchesAdmin1(p);
        boolean a2 = matchesAdmin2(p);
        double s = inCountry(p) ? 0.5 : 0;
        if (a1 || a2) {
            s += 0.3;
        }
        if (a2) {
            s += 0.2;
        }
        return s;
    }
}
