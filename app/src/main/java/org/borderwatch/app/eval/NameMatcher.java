package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Matching without a gazetteer, the baseline the gazetteer's matching is measured against: a place
 * matches when its name, without kind words ("district", "agency", "town"), is the gold adm_2 or the
 * place the gold location description names first, its most precise one ("Mir Ali" in "Mir Ali town,
 * North Waziristan"; the later parts are wider areas, often a province or "Pakistan"). With no
 * coordinates it cannot know that Miranshah is 19 km from Mir Ali.
 */
final class NameMatcher implements PlaceMatcher {
    private static final List<String> PLACE_KIND_WORDS = List.of("town", "city", "village", "area", "valley",
            "bazaar", "near", "tehsil");

    @Override
    public boolean matches(String placeName, UcdpItem gold) {
        String name = key(placeName);
        if (name.isEmpty()) {
            return false;
        }
        if (!gold.adm2().isBlank() && name.equals(key(gold.adm2()))) {
            return true;
        }
        String first = gold.whereDescription().split("[,;()/\\n]| of | in ")[0];
        return name.equals(key(first));
    }

    private static String key(String name) {
        List<String> words = new ArrayList<>(List.of(AdminNames.key(name).split(" ")));
        words.removeIf(PLACE_KIND_WORDS::contains);
        return String.join(" ", words).strip();
    }
}
