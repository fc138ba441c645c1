package org.borderwatch.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a document's {@link ResolutionContext}. The countries the document is about are ranked by
 * evidence: each incident it places in a country counts {@value #PLACE_WEIGHT} (an attack in Bisham makes
 * "the government" Pakistan's), each time the text names a country, its capital or its people counts 1.
 * Ties go to the country named first (the sort is stable over the order of first mention). The actors it names come from the registry's names.
 */
public final class DocumentContext {
    static final int PLACE_WEIGHT = 5;

    private DocumentContext() {}

    /**
     * @param publisherCountry the publisher's country (see {@link PublisherCountries}), or null
     * @param placeCountries   the countries of the document's placed incidents, one entry per incident
     */
    public static ResolutionContext of(ActorRegistry registry, LocalDate published, String publisherCountry, String text,
                                       Collection<String> placeCountries) {
        String body = text == null ? "" : text;
        Map<String, Integer> score = new LinkedHashMap<>(CountryNames.bundled().count(body));
        for (String c : placeCountries) {
            if (c != null) {
                score.merge(c, PLACE_WEIGHT, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(score.keySet());
        ranked.sort((a, b) -> score.get(b) - score.get(a));
        return new ResolutionContext(published, publisherCountry, ranked, registry.namedIn(body));
    }

}
