package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of administrative divisions compared without the words that only say what kind of division
 * they are: UCDP writes "Kurram Agency", "North Waziristan" and "Swabi District" where the gazetteer
 * has "Kurram District", "North Waziristan District" and "Swabi District" for the same divisions (the
 * tribal agencies became districts in 2018).
 */
final class AdminNames {
    private static final Set<String> KIND_WORDS = Set.of("district", "districts", "agency", "tribal", "tehsil",
            "division", "province", "the", "of");

    private AdminNames() {
    }

    /** The name normalised, without its kind words: "Kurram Agency" and "Kurram District" are "kurram". */
    static String key(String name) {
        List<String> words = new ArrayList<>(List.of(NameList.normalise(name).split(" ")));
        words.removeIf(KIND_WORDS::contains);
        return String.join(" ", words);
    }

    static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
