package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.PlaceMention;

/**
 * Scores extraction on UCDP GED headlines. Each headline of an event is extracted as its own document
 * (they are reports from different days and outlets); the event's reports are then consolidated the
 * simple way: the largest death toll any report gives (tolls rise as reports come in), every place and
 * perpetrator any report names.
 *
 * <p>Fields, over every event with a headline:
 * <ul>
 *   <li>deaths: our best killed count (summed over the incidents of a report, the largest report) is
 *       within the gold low..high; none found counts as 0;</li>
 *   <li>location: one of our places matches the gold location by the gazetteer (within 25 km of the
 *       gold point or in its adm_2: {@link DistanceMatcher});</li>
 *   <li>location_by_name: the same without a gazetteer, names compared with the gold adm_2 and
 *       location description ({@link NameMatcher}): what the gazetteer adds;</li>
 *   <li>side_b: on events whose headlines name the non-state side, our incidents involve it (as a
 *       perpetrator, or named in their sentences: "forces killed 10 Taliban militants"; UCDP's side_b
 *       is the non-state party of the dyad whichever side struck, see {@link IncidentGroups}).</li>
 * </ul>
 * Most UCDP headlines do not state the coded event's toll or place (see {@link HeadlineFacts}), so
 * two fields score only the events whose headlines do, which is what extraction can be asked for:
 * deaths_stated (a headline speaking of deaths states a number within low..high) and location_named
 * (a name in a headline is, by the gazetteer, the gold location).
 */
final class UcdpScorer {
    private UcdpScorer() {
    }

    static ScoredSet score(List<UcdpItem> items, Map<String, ExtractionRun.Result> results, PlaceMatcher places,
                           PlaceMatcher byName) {
        Tally deaths = new Tally("deaths", "best killed count within gold low..high");
        Tally deathsStated = new Tally("deaths_stated", "the same, on events whose headlines state the toll");
        Tally location = new Tally("location", "a place we found is the gold location (gazetteer: 25 km or adm_2)");
        Tally locationNamed = new Tally("location_named", "the same, on events whose headlines name the place");
        Tally locationByName = new Tally("location_by_name", "a place we found is named as the gold location (no gazetteer)");
        Tally side = new Tally("side_b", "the non-state side our incidents involve, where the headline names it");
        List<Map<String, Object>> details = new ArrayList<>();
        NameList groups = NameList.armedGroups();
        for (UcdpItem item : items) {
            List<IncidentReport> incidents = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            int toll = 0;
            List<Integer> tolls = new ArrayList<>();
            Set<String> involved = new LinkedHashSet<>();
            for (int k = 0; k < item.headlines().size(); k++) {
                ExtractionRun.Result r = results.get(textId(item, k));
                if (r == null) {
                    continue;
                }
                if (r.failed()) {
                    errors.add(r.error());
                    continue;
                }
                int reported = 0;
                for (IncidentReport i : r.extraction().incidents()) {
                    incidents.add(i);
                    reported += i.killed().map(Count::best).orElse(0);
                    involved.addAll(IncidentGroups.of(r, i));
                }
                tolls.add(reported);
                toll = Math.max(toll, reported);
            }
            Map<String, Object> correct = new LinkedHashMap<>();
            boolean tollRight = item.low() <= toll && toll <= item.high();
            correct.put("deaths", deaths.judged(toll > 0, tollRight));
            if (HeadlineFacts.statesToll(item.headlines(), item.low(), item.high())) {
                correct.put("deaths_stated", deathsStated.judged(toll > 0, tollRight));
            }

            Set<String> placeNames = new LinkedHashSet<>();
            incidents.forEach(i -> i.places().stream().map(PlaceMention::text).forEach(placeNames::add));
            boolean placeMatch = placeNames.stream().anyMatch(p -> places.matches(p, item));
            correct.put("location", location.judged(!placeNames.isEmpty(), placeMatch));
            if (HeadlineFacts.namesPlace(item, places)) {
                correct.put("location_named", locationNamed.judged(!placeNames.isEmpty(), placeMatch));
            }
            correct.put("location_by_name", locationByName.judged(!placeNames.isEmpty(),
                    placeNames.stream().anyMatch(p -> byName.matches(p, item))));

            Set<String> sideLabels = groups.labelsNamed(item.sideB());
            Set<String> named = new LinkedHashSet<>(groups.mentionedIn(String.join(" ; ", item.headlines())));
            named.retainAll(sideLabels);
            Set<String> perpetrators = new LinkedHashSet<>();
            incidents.forEach(i -> i.perpetrators().forEach(p -> perpetrators.add(p.mention())));
            if (!named.isEmpty()) {
                Set<String> hit = new LinkedHashSet<>(involved);
                hit.retainAll(sideLabels);
                correct.put("side_b", side.judged(!involved.isEmpty(), !hit.isEmpty()));
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("id", item.id());
            detail.put("headlines", item.headlines());
            detail.put("gold", Map.of("low", item.low(), "best", item.best(), "high", item.high(),
                    "where", item.whereDescription(), "adm_1", item.adm1(), "adm_2", item.adm2(),
                    "side_b", item.sideB()));
            detail.put("predicted", Map.of("deaths", toll, "tolls", tolls, "places", placeNames,
                    "perpetrators", perpetrators, "groups", involved, "incidents", incidents.size()));
            detail.put("correct", correct);
            if (!errors.isEmpty()) {
                detail.put("errors", errors);
            }
            details.add(detail);
        }
        return new ScoredSet(List.of(deaths.score(), deathsStated.score(), location.score(), locationNamed.score(),
                locationByName.score(), side.score()), details);
    }

    static String textId(UcdpItem item, int k) {
        return item.id() + "#" + k;
    }

    static List<GoldText> texts(List<UcdpItem> items) {
        List<GoldText> out = new ArrayList<>();
        for (UcdpItem item : items) {
            for (int k = 0; k < item.headlines().size(); k++) {
                Optional<java.time.LocalDate> date = k < item.dates().size() ? Optional.of(item.dates().get(k))
                        : Optional.empty();
                out.add(new GoldText(textId(item, k), item.headlines().get(k), date));
            }
        }
        return out;
    }
}
