package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.statement.StatementReport;

/**
 * Scores statement and incident types against PLOVER sentences. Our statement types carry their PLOVER
 * name ({@code StatementType.plover()}); this gold set is PLOVER 0.5, where accusing and complaining
 * are DISAPPROVE. Incidents map to PLOVER as: ARREST → COERCE (arrest and detention); SECURITY_OPERATION,
 * CLASH, SHELLING, AIRSTRIKE, CROSS_BORDER_STRIKE → FIGHT (conventional force); every other kind of
 * attack → ASSAULT (unconventional violence: bombing, shooting, abduction, assassination).
 *
 * <p>Fields: event_type (on gold sentences of a type we produce, our first event's type equals the
 * gold), source and target (on those sentences, our speaker or perpetrator, and addressee or victims,
 * share a content word with a gold actor text).
 */
final class PloverScorer {
    static final Map<IncidentType, String> INCIDENT_TYPES = new EnumMap<>(IncidentType.class);
    /** Our PLOVER names that this gold version spells otherwise. */
    static final Map<String, String> VERSION_NAMES = Map.of("ACCUSE", "DISAPPROVE", "COMPLAIN", "DISAPPROVE");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "s",
            "its", "his", "her", "their", "official", "officials", "government", "forces");

    static {
        for (IncidentType t : IncidentType.values()) {
            INCIDENT_TYPES.put(t, switch (t) {
                case ARREST -> "COERCE";
                case SECURITY_OPERATION, CLASH, SHELLING, AIRSTRIKE, CROSS_BORDER_STRIKE -> "FIGHT";
                default -> "ASSAULT";
            });
        }
    }

    /** One event we found, in PLOVER terms. */
    record Event(int start, String type, String source, String target) {
    }

    private PloverScorer() {
    }

    /** The PLOVER types we can produce. */
    static Set<String> supported() {
        Set<String> out = new TreeSet<>(INCIDENT_TYPES.values());
        for (var t : org.borderwatch.core.statement.StatementType.values()) {
            t.plover().ifPresent(p -> out.add(VERSION_NAMES.getOrDefault(p, p)));
        }
        return out;
    }

    static ScoredSet score(List<PloverItem> items, Map<String, ExtractionRun.Result> results) {
        Tally type = new Tally("event_type", "our first event's PLOVER type, on gold types we produce");
        Tally source = new Tally("source", "source actor text overlaps a gold source");
        Tally target = new Tally("target", "target actor text overlaps a gold target");
        Set<String> supported = supported();
        List<Map<String, Object>> details = new ArrayList<>();
        for (PloverItem item : items) {
            if (!supported.contains(item.event())) {
                continue;
            }
            ExtractionRun.Result r = results.get(item.id());
            Optional<Event> ours = r == null || r.failed() ? Optional.empty() : first(r);
            Map<String, Object> correct = new LinkedHashMap<>();
            correct.put("event_type", type.judged(ours.isPresent(),
                    ours.map(e -> e.type().equals(item.event())).orElse(false)));
            if (!item.sources().isEmpty()) {
                Optional<String> s = ours.map(Event::source).filter(x -> !x.isBlank());
                correct.put("source", source.judged(s.isPresent(), s.map(x -> overlaps(x, item.sources())).orElse(false)));
            }
            if (!item.targets().isEmpty()) {
                Optional<String> t = ours.map(Event::target).filter(x -> !x.isBlank());
                correct.put("target", target.judged(t.isPresent(), t.map(x -> overlaps(x, item.targets())).orElse(false)));
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("id", item.id());
            detail.put("text", item.text());
            detail.put("gold", Map.of("event", item.event(), "source", item.sources(), "target", item.targets()));
            detail.put("predicted", ours.<Object>map(e -> Map.of("event", e.type(), "source", e.source(),
                    "target", e.target())).orElse(Map.of()));
            detail.put("correct", correct);
            if (r != null && r.failed()) {
                detail.put("error", r.error());
            }
            details.add(detail);
        }
        return new ScoredSet(List.of(type.score(), source.score(), target.score()), details);
    }

    /** The event told first in the text: statements and incidents by where their evidence starts. */
    static Optional<Event> first(ExtractionRun.Result r) {
        List<Event> events = new ArrayList<>();
        for (StatementReport s : r.extraction().statements()) {
            s.type().plover().ifPresent(p -> events.add(new Event(s.evidence().get(0).start(),
                    VERSION_NAMES.getOrDefault(p, p), s.speaker().mention(),
                    s.addressee().map(a -> a.mention()).orElse(""))));
        }
        for (IncidentReport i : r.extraction().incidents()) {
            String source = i.perpetrators().isEmpty() ? "" : i.perpetrators().get(0).mention();
            List<String> victims = new ArrayList<>();
            for (VictimGroup v : i.victims()) {
                victims.add(v.nationality().map(n -> n + " ").orElse("") + v.category());
            }
            events.add(new Event(i.evidence().get(0).start() + 1, INCIDENT_TYPES.get(i.type()), source,
                    String.join(", ", victims)));
        }
        return events.stream().min(Comparator.comparingInt(Event::start));
    }

    static boolean overlaps(String ours, List<String> gold) {
        Set<String> mine = words(ours);
        for (String g : gold) {
            Set<String> theirs = words(g);
            theirs.retainAll(mine);
            if (!theirs.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
