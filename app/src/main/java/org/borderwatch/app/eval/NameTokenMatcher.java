package org.borderwatch.app.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A place matches when one of its name words is a word of the gold where_description, adm_1 or adm_2
 * (case ignored). Words that name a kind of place or a direction ("district", "tribal", "north") and
 * the country itself match nothing: "Pakistan" or "tribal area" is not the event's location.
 */
public final class NameTokenMatcher implements PlaceMatcher {
    private static final Set<String> GENERIC = Set.of("district", "districts", "province", "provinces", "agency",
            "tehsil", "town", "city", "village", "valley", "area", "areas", "region", "tribal", "federally",
            "administered", "frontier", "north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "northwest", "northwestern", "southwest", "southwestern", "upper", "lower", "central", "the",
            "of", "and", "in", "near", "outskirts", "border", "state", "capital", "town's", "nw", "sw");

    @Override
    public boolean matches(String placeName, UcdpItem gold) {
        Set<String> goldWords = words(gold.whereDescription() + " " + gold.adm1() + " " + gold.adm2());
        goldWords.removeAll(words(gold.country()));
        Set<String> ours = words(placeName);
        ours.removeAll(words(gold.country()));
        ours.retainAll(goldWords);
        return !ours.isEmpty();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !GENERIC.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
