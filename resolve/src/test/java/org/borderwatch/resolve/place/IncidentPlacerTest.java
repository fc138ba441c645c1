package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.place.ResolvedPlace;
import org.junit.jupiter.api.Test;

class IncidentPlacerTest {
    private static final String TEXT = "A suicide bomber killed five Chinese engineers in Bisham in March."
            + " Pakistan blamed militants based in Afghanistan."
            + " Soldiers were wounded in a clash near Xqzzyvv.";
    private final IncidentPlacer placer = IncidentPlacer.bundled();

    @Test
    void placesEachMentionOfEachIncidentAndMeasuresItsBorderDistance() {
        AnnotatedDocument doc = document("Bisham", "Pakistan", "Afghanistan", "Xqzzyvv");
        List<IncidentReport> incidents = List.of(incident(IncidentType.SUICIDE_ATTACK, "Bisham"),
                incident(IncidentType.CLASH, "Xqzzyvv"), incident(IncidentType.ATTACK));

        List<List<Optional<ResolvedPlace>>> placed = placer.place(doc, incidents);

        assertThat(placed).hasSize(3);
        assertThat(placed.get(0)).hasSize(1);
        ResolvedPlace besham = placed.get(0).get(0).orElseThrow();
        assertThat(besham.name()).isEqualTo("Besham");
        assertThat(besham.countryCode()).isEqualTo("PK");
        assertThat(besham.admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(besham.admin2()).startsWith("Shangla"); // GeoNames: "Shangla District"
        assertThat(besham.precision()).isEqualTo("TOWN");
        assertThat(BorderDistance.haversineKm(besham.latitude(), besham.longitude(), 34.932, 72.878)).isLessThan(5);
        assertThat(besham.borderKm()).isBetween(80.0, 130.0);
        assertThat(besham.nearestBorder()).isIn("IN–PK", "AF–PK");
        assertThat(placed.get(1)).containsExactly(Optional.empty());
        assertThat(placed.get(2)).isEmpty();
    }

    @Test
    void aDistrictMentionIsPlacedAtDistrictPrecision() {
        AnnotatedDocument doc = document("Pakistan", "Afghanistan");
        ResolvedPlace shangla = placer.place(doc, List.of(incident(IncidentType.ATTACK, "Shangla district")))
                .get(0).get(0).orElseThrow();
        assertThat(shangla.precision()).isEqualTo("DISTRICT");
        assertThat(shangla.countryCode()).isEqualTo("PK");
        assertThat(shangla.borderKm()).isGreaterThanOrEqualTo(0);
    }

    private static AnnotatedDocument document(String... places) {
        List<Mention> mentions = new ArrayList<>();
        for (String p : places) {
            Span s = span(p);
            mentions.add(new Mention(s, p, p.endsWith("istan") ? "COUNTRY" : "LOCATION", 0, 0, 1));
        }
        mentions.add(new Mention(span("Chinese"), "Chinese", "NATIONALITY", 0, 0, 1));
        return new AnnotatedDocument(0, TEXT, Optional.empty(), List.of(), mentions, List.of());
    }

    private static IncidentReport incident(IncidentType type, String... places) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (String p : places) {
            mentions.add(new PlaceMention(p, TEXT.contains(p) ? span(p) : new Span(0, 1)));
        }
        return new IncidentReport(type, Optional.empty(), mentions, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Span(0, 10)));
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }
}
