package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;

/**
 * Scores extraction on ISAF press releases. ISAF's event labels are outcomes of an operation rather
 * than kinds of attack, so they are mapped onto our types:
 * <ul>
 *   <li>detention → ARREST</li>
 *   <li>insurgentskilled → SECURITY_OPERATION</li>
 *   <li>captureandkill → SECURITY_OPERATION and ARREST</li>
 *   <li>airstrike → AIRSTRIKE</li>
 *   <li>civiliancasualty → not an event type (a casualty category); not scored</li>
 * </ul>
 * Our side, since ISAF labels outcomes: AIRSTRIKE when the incident is one; ARREST when it is one or
 * reports people detained (an operation that detained people includes an arrest); SECURITY_OPERATION
 * when it reports deaths caused by the forces (its type is SECURITY_OPERATION or CLASH, or a security
 * force is its perpetrator, e.g. troops' mortar fire). Only these three types are compared; an ATTACK
 * on the forces with no deaths has no ISAF label to agree or disagree with.
 *
 * <p>Each release is scored on all the incidents we find in it. Fields: start_date (the first dated
 * one's date, exact day), start_date_dated (the same, on releases whose header dates them: a release
 * with no year in it, "KABUL, Afghanistan (Feb. 07)", or only a month, "2011-07-S-039", cannot give
 * the day its "yesterday" means), province (set F1 over Afghan provinces named in their places), min_killed and
 * min_captured (the sum of their lowest counts, exact; none found is 0), event_type (set F1 as above),
 * target_group (set F1 over armed groups named in their sentences or as their perpetrators).
 */
final class IsafScorer {
    static final Map<String, Set<IncidentType>> GOLD_TYPES = Map.of(
            "detention", EnumSet.of(IncidentType.ARREST),
            "insurgentskilled", EnumSet.of(IncidentType.SECURITY_OPERATION),
            "captureandkill", EnumSet.of(IncidentType.SECURITY_OPERATION, IncidentType.ARREST),
            "airstrike", EnumSet.of(IncidentType.AIRSTRIKE),
            "civiliancasualty", EnumSet.noneOf(IncidentType.class));
    static final Set<IncidentType> SCORED_TYPES = EnumSet.of(IncidentType.ARREST, IncidentType.SECURITY_OPERATION,
            IncidentType.AIRSTRIKE);
    /** The groups ISAF codes as targets. */
    static final Set<String> TARGET_GROUPS = Set.of("taliban", "haqqani", "imu", "hig", "aq", "let");

    /** What we predict for one release, in the gold set's terms. */
    record Prediction(Optional<String> startDate, Set<String> provinces, int killed, int captured,
                      Set<String> eventTypes, Set<String> targetGroups) {
    }

    private IsafScorer() {
    }

    static ScoredSet score(List<IsafItem> items, Map<String, ExtractionRun.Result> results) {
        Tally date = new Tally("start_date", "event date, exact day");
        Tally datedDate = new Tally("start_date_dated", "the same, on releases whose header dates them");
        Tally province = new Tally("province", "Afghan provinces of the incidents' places, set");
        Tally killed = new Tally("min_killed", "killed (lowest count summed over incidents), exact");
        Tally captured = new Tally("min_captured", "detained (lowest count summed), exact");
        Tally type = new Tally("event_type", "incident types mapped from ISAF labels, set");
        Tally group = new Tally("target_group", "armed groups named with the incidents, set");
        List<Map<String, Object>> details = new ArrayList<>();
        for (IsafItem item : items) {
            ExtractionRun.Result r = results.get(item.id());
            Prediction p = r == null || r.failed() ? empty() : predict(r);
            Map<String, Object> correct = new LinkedHashMap<>();
            correct.put("start_date", date.value(item.startDate(), p.startDate()));
            if (item.documentDate().isPresent()) {
                correct.put("start_date_dated", datedDate.value(item.startDate(), p.startDate()));
            }
            correct.put("province", province.set(item.provinces(), p.provinces()));
            correct.put("min_killed", killed.value(Optional.of(Integer.toString(item.minKilled())),
                    Optional.of(Integer.toString(p.killed()))));
            correct.put("min_captured", captured.value(Optional.of(Integer.toString(item.minCaptured())),
                    Optional.of(Integer.toString(p.captured()))));
            correct.put("event_type", type.set(goldTypes(item.eventTypes()), p.eventTypes()));
            Set<String> goldGroups = new TreeSet<>(item.targetGroups());
            goldGroups.retainAll(TARGET_GROUPS);
            correct.put("target_group", group.set(goldGroups, p.targetGroups()));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("id", item.id());
            detail.put("documentDate", item.documentDate().map(Object::toString).orElse(null));
            detail.put("documentDateSource", item.dateSource());
            detail.put("gold", Map.of("start_date", item.startDate().orElse(""), "province", item.provinces(),
                    "min_killed", item.minKilled(), "min_captured", item.minCaptured(),
                    "event_type", goldTypes(item.eventTypes()), "target_group", goldGroups));
            detail.put("predicted", Map.of("start_date", p.startDate().orElse(""), "province", p.provinces(),
                    "min_killed", p.killed(), "min_captured", p.captured(), "event_type", p.eventTypes(),
                    "target_group", p.targetGroups()));
            detail.put("correct", correct);
            if (r != null && r.failed()) {
                detail.put("error", r.error());
            }
            details.add(detail);
        }
        return new ScoredSet(List.of(date.score(), datedDate.score(), province.score(), killed.score(), captured.score(), type.score(),
                group.score()), details);
    }

    static Set<String> goldTypes(Set<String> labels) {
        Set<String> out = new TreeSet<>();
        for (String l : labels) {
            GOLD_TYPES.getOrDefault(l, Set.of()).forEach(t -> out.add(t.name()));
        }
        return out;
    }

    private static Prediction empty() {
        return new Prediction(Optional.empty(), Set.of(), 0, 0, Set.of(), Set.of());
    }

    static Prediction predict(ExtractionRun.Result r) {
        List<IncidentReport> incidents = r.extraction().incidents();
        Optional<String> date = incidents.stream().filter(i -> i.date().isPresent()).findFirst()
                .map(i -> i.date().get().iso());
        Set<String> provinces = new TreeSet<>();
        int killed = 0;
        int captured = 0;
        Set<String> types = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (IncidentReport i : incidents) {
            for (PlaceMention p : i.places()) {
                provinces.addAll(NameList.provinces().exact(p.text()));
            }
            killed += i.killed().map(Count::low).orElse(0);
            captured += i.captured().map(Count::low).orElse(0);
            Set<IncidentType> own = EnumSet.of(i.type());
            if (i.captured().map(c -> c.low() > 0).orElse(false)) {
                own.add(IncidentType.ARREST);
            }
            boolean killedSome = i.killed().map(c -> c.low() > 0).orElse(false);
            own.remove(IncidentType.SECURITY_OPERATION);
            if (killedSome && (i.type() == IncidentType.SECURITY_OPERATION || i.type() == IncidentType.CLASH
                    || i.perpetrators().stream().anyMatch(p -> isSecurityForce(p.mention())))) {
                own.add(IncidentType.SECURITY_OPERATION); // ISAF's label is for deaths the forces caused
            }
            own.retainAll(SCORED_TYPES);
            own.forEach(t -> types.add(t.name()));
            groups.addAll(IncidentGroups.of(r, i));
        }
        groups.retainAll(TARGET_GROUPS);
        return new Prediction(date, provinces, killed, captured, types, groups);
    }

    private static final Set<String> SECURITY_WORDS = Set.of("force", "forces", "troops", "soldiers", "army",
            "police", "isaf", "coalition", "commandos", "commando", "aircraft", "patrol", "ansf", "military");

    static boolean isSecurityForce(String mention) {
        for (String w : mention.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (SECURITY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
