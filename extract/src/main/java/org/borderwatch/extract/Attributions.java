package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;

/**
 * What the statements around an incident say about who did it: "Ghulam Farooq Sarhadi blamed the Taliban
 * for planting the device" makes the Taliban a perpetrator attributed by Sarhadi; "the attack bore the
 * hallmarks of the TTP" only suspects it; "The BLA claimed the attack" claims it. A perpetrator told with
 * a stronger status keeps it.
 */
final class Attributions {
    /** Words under which an attribution is a suspicion, not an assertion. */
    private static final Set<String> HEDGES = Set.of("suspect", "suspected", "suspects", "believed", "believe",
            "likely", "hallmark", "hallmarks", "pointed", "point", "points", "possibly", "probably", "may", "might",
            "could", "apparently");

    private Attributions() {
    }

    static List<IncidentReport> apply(List<IncidentReport> incidents, List<StatementReport> statements) {
        List<IncidentReport> out = new ArrayList<>(incidents);
        for (StatementReport s : statements) {
            Perpetrator told = perpetrator(s);
            if (told == null) {
                continue;
            }
            for (int k : s.incidents()) {
                out.set(k, with(out.get(k), told));
            }
        }
        return out;
    }

    private static Perpetrator perpetrator(StatementReport s) {
        if (s.negated() || s.condition().isPresent()) {
            return null;
        }
        if (s.type() == StatementType.CLAIM_RESPONSIBILITY) {
            return new Perpetrator(s.speaker().mention(), s.speaker().span(), Attribution.CLAIMED, null);
        }
        if (s.type() != StatementType.ATTRIBUTE_RESPONSIBILITY || s.addressee().isEmpty()) {
            return null;
        }
        Party held = s.addressee().get();
        if (!namesASide(held.mention())) {
            return null;
        }
        boolean hedged = hedged(s.proposition()) || hedged(wordsAfterSpeaker(s));
        return hedged ? new Perpetrator(held.mention(), held.span(), Attribution.SUSPECTED, null)
                : new Perpetrator(held.mention(), held.span(), Attribution.ATTRIBUTED, s.speaker().mention());
    }

    private static boolean hedged(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("\\W+")).stream().anyMatch(HEDGES::contains);
    }

    /** "Police believe the bombers belonged to the BLA": the verb of the report stands right after who made it. */
    private static String wordsAfterSpeaker(StatementReport s) {
        String quote = s.quote().toLowerCase(Locale.ROOT);
        String speaker = s.speaker().mention().toLowerCase(Locale.ROOT);
        int at = quote.indexOf(speaker);
        if (at < 0) {
            return "";
        }
        int from = at + speaker.length();
        return quote.substring(from, Math.min(quote.length(), from + SPEAKER_VERB_REACH));
    }

    private static final int SPEAKER_VERB_REACH = 24;

    /** Words that end the name of a side rather than of some people ("a number of Pakistani suspects"). */
    private static final Set<String> UNITS = Set.of("group", "cell", "faction", "network", "outfit", "wing",
            "brigade", "front", "army");

    /** "the Taliban", "Baloch Republican Army", "the Jamaatul Ahrar cell": a named side, not a description. */
    private static boolean namesASide(String mention) {
        // "a Shia mosque in Mazar-i-Sharif": where something is does not make it a side
        String[] words = mention.strip().split("\\s+(in|at|near|inside|on)\\s+", 2)[0].split("\\s+");
        String last = words[words.length - 1];
        return Character.isUpperCase(last.codePointAt(0)) || UNITS.contains(last.toLowerCase(Locale.ROOT))
                && mention.codePoints().anyMatch(Character::isUpperCase);
    }

    private static IncidentReport with(IncidentReport incident, Perpetrator told) {
        Map<String, Perpetrator> byName = new LinkedHashMap<>();
        for (Perpetrator p : incident.perpetrators()) {
            byName.put(key(p.mention()), p);
        }
        Perpetrator known = byName.get(key(told.mention()));
        if (known != null && !told.attribution().strongerThan(known.attribution())) {
            return incident;
        }
        byName.put(key(told.mention()), told);
        return new IncidentReport(incident.type(), incident.date(), incident.places(), List.copyOf(byName.values()),
                incident.victims(), incident.killed(), incident.injured(), incident.captured(), incident.evidence());
    }

    /** "The Baloch Liberation Army" and "Baloch Liberation Army" are one side. */
    private static String key(String mention) {
        return mention.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
