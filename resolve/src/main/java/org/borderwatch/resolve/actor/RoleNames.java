package org.borderwatch.resolve.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Office names as the press writes them, mapped to canonical roles. A mention is read as an office and
 * an optional organisation: "head of Nacta", "Nacta chief", "the interior minister" (organisation from
 * the document's country).
 */
final class RoleNames {
    private RoleNames() {}

    /** Canonical role -> written forms (normalised). Longest forms are tried first. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("interior minister", List.of("interior minister", "interior czar", "interior tsar",
                    "minister of interior", "minister for interior", "minister of the interior",
                    "federal interior minister", "federal minister for interior", "interior affairs minister",
                    "home minister", "minister of internal affairs")),
            Map.entry("prime minister", List.of("prime minister", "premier", "pm")),
            Map.entry("president", List.of("president", "head of state")),
            Map.entry("foreign minister", List.of("foreign minister", "minister of foreign affairs",
                    "minister for foreign affairs", "foreign affairs minister", "fm", "secretary of state",
                    "external affairs minister")),
            Map.entry("defence minister", List.of("defence minister", "defense minister", "minister of defence",
                    "minister for defence", "minister of defense", "defense secretary", "secretary of defense")),
            Map.entry("army chief", List.of("army chief", "chief of army staff", "coas", "army chief of staff",
                    "chief of the army staff", "field marshal")),
            Map.entry("supreme leader", List.of("supreme leader", "supreme commander", "amir al muminin",
                    "amir ul momineen")),
            Map.entry("spokesman", List.of("spokesman", "spokesperson", "chief spokesman", "spokeswoman")),
            Map.entry("chief minister", List.of("chief minister", "cm")),
            Map.entry("governor", List.of("governor")),
            Map.entry("commander", List.of("commander", "sub commander", "field commander", "military commander")),
            Map.entry("head", List.of("head", "chief", "leader", "emir", "amir", "director general", "dg",
                    "national coordinator", "boss", "supremo", "secretary general")));

    /** Offices too vague without a named organisation ("the head" of what?). */
    static final Set<String> NEEDS_ORGANISATION = Set.of("head", "spokesman", "governor", "chief minister", "commander");

    /** A mention's role is also held by these stored roles: a supreme leader heads his movement. */
    private static final Map<String, Set<String>> IMPLIES = Map.of(
            "head", Set.of("head", "supreme leader", "army chief", "prime minister"));

    private static final List<Map.Entry<String, String>> FORMS;
    private static final Map<String, String> CANONICAL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        SYNONYMS.forEach((role, forms) -> forms.forEach(f -> m.put(f, role)));
        CANONICAL = Map.copyOf(m);
        List<Map.Entry<String, String>> l = new ArrayList<>(m.entrySet());
        l.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        FORMS = List.copyOf(l);
    }

    /** An office read from a mention; organisation is the normalised rest of the mention, or null. */
    record Office(String role, String organisation) {}

    /** All readings of a normalised mention as an office, most specific (longest office) first. */
    static List<Office> parse(String norm) {
        List<Office> out = new ArrayList<>();
        for (Map.Entry<String, String> f : FORMS) {
            String form = f.getKey();
            String role = f.getValue();
            if (norm.equals(form)) {
                out.add(new Office(role, null));
            } else if (norm.startsWith(form + " of ")) {
                out.add(new Office(role, norm.substring(form.length() + 4)));
            } else if (norm.startsWith(form + " for ")) {
                out.add(new Office(role, norm.substring(form.length() + 5)));
            } else if (norm.endsWith(" " + form)) {
                out.add(new Office(role, norm.substring(0, norm.length() - form.length() - 1)));
            } else if (norm.startsWith(form + " ")) {
                out.add(new Office(role, norm.substring(form.length() + 1)));
            }
        }
        return out;
    }

    /** The canonical role of an office name as stored ("national coordinator" is a "head"); else its normal form. */
    static String canonical(String role) {
        String n = ActorNames.normalise(role);
        return CANONICAL.getOrDefault(n, n);
    }

    /** Whether a stored role satisfies an office named in a mention. */
    static boolean satisfies(String mentionRole, String storedRole) {
        return IMPLIES.getOrDefault(mentionRole, Set.of(mentionRole)).contains(canonical(storedRole));
    }
}
