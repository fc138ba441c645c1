package org.borderwatch.resolve.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.place.ResolvedPlace;

/**
 * Places an extraction's incidents: resolves each place mention in the gazetteer, in the context of
 * the other places the document names, and measures its distance to the nearest international border.
 * Thread-safe (the gazetteer and the border data are).
 */
public final class IncidentPlacer {
    /** A best match scoring below this is a fuzzy guess: the mention is left unresolved. */
    static final double MIN_SCORE = 0.62;
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private final Gazetteer gazetteer;
    private final BorderDistance borders;

    public IncidentPlacer(Gazetteer gazetteer, BorderDistance borders) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.borders = Objects.requireNonNull(borders, "borders");
    }

    /** A placer on the bundled gazetteer and border data (each loaded once per JVM, about a second each). */
    public static IncidentPlacer bundled() {
        return new IncidentPlacer(Gazetteer.bundled(), BorderDistance.bundled());
    }

    /**
     * One list per incident, in order, holding one entry per place mention of that incident, in order:
     * the resolved place, or empty when the gazetteer has no confident match.
     */
    public List<List<Optional<ResolvedPlace>>> place(AnnotatedDocument doc, List<IncidentReport> incidents) {
        Set<String> documentPlaces = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            if (PLACE_TYPES.contains(m.type().toUpperCase(Locale.ROOT)) && !m.text().isBlank()) {
                documentPlaces.add(m.text().strip());
            }
        }
        List<List<Optional<ResolvedPlace>>> out = new ArrayList<>(incidents.size());
        for (IncidentReport incident : incidents) {
            List<Optional<ResolvedPlace>> places = new ArrayList<>(incident.places().size());
            for (PlaceMention mention : incident.places()) {
                places.add(resolve(mention.text(), documentPlaces));
            }
            out.add(List.copyOf(places));
        }
        return List.copyOf(out);
    }

    /** One mention in the context of the document's other place names. */
    Optional<ResolvedPlace> resolve(String mention, Set<String> documentPlaces) {
        String self = mention.strip();
        Set<String> others = new LinkedHashSet<>(documentPlaces);
        others.removeIf(n -> n.equalsIgnoreCase(self));
        return gazetteer.resolve(mention, new PlaceContext(Set.of(), others))
                .filter(m -> m.score() >= MIN_SCORE)
                .map(this::resolved);
    }

    private ResolvedPlace resolved(PlaceMatch m) {
        NearestBorder border = borders.nearestBorder(m.latitude(), m.longitude());
        return new ResolvedPlace(m.name(), m.countryCode(), m.admin1(), m.admin2(), m.latitude(), m.longitude(),
                m.geonamesId(), m.precision().name(), m.source(), border.distanceKm(), border.pair());
    }
}
