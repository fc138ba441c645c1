package org.borderwatch.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Fluent checks on one extracted incident, shared by the incident tests; every failure message shows
 * the whole report and its evidence so a broken rule is easy to find.
 */
final class IncidentAssertions {
    private final AnnotatedDocument document;
    private final IncidentReport incident;
    private final SoftAssertions soft = new SoftAssertions();

    private IncidentAssertions(AnnotatedDocument document, IncidentReport incident) {
        this.document = document;
        this.incident = incident;
    }

    /** The document's incidents, in order, for stories that report several. */
    static List<IncidentAssertions> incidentsOf(AnnotatedDocument document, int expected) {
        List<IncidentReport> incidents = IncidentFinder.find(document);
        assertThat(incidents).as("incidents of %s%n%s", shorten(document.text()), describe(document, incidents))
                .hasSize(expected);
        return incidents.stream().map(i -> new IncidentAssertions(document, i)).toList();
    }

    IncidentAssertions noPerpetrators() {
        soft.assertThat(incident.perpetrators()).as("perpetrators; %s", this).isEmpty();
        return this;
    }

    IncidentAssertions evidenceCount(int n) {
        soft.assertThat(incident.evidence()).as("evidence; %s", this).hasSize(n);
        return this;
    }

    /** The document's only incident. */
    static IncidentAssertions onlyIncidentOf(AnnotatedDocument document) {
        List<IncidentReport> incidents = IncidentFinder.find(document);
        assertThat(incidents).as("incidents of %s%n%s", shorten(document.text()), describe(document, incidents))
                .hasSize(1);
        return new IncidentAssertions(document, incidents.get(0));
    }

    static void noIncidentIn(AnnotatedDocument document) {
        List<IncidentReport> incidents = IncidentFinder.find(document);
        assertThat(incidents).as("incidents of %s%n%s", shorten(document.text()), describe(document, incidents))
                .isEmpty();
    }

    IncidentAssertions type(IncidentType expected) {
        soft.assertThat(incident.type()).as("type; %s", this).isEqualTo(expected);
        return this;
    }

    /** The date as ISO with its precision ("2024-03", "2023-01-30"), or null for none. */
    IncidentAssertions date(String iso) {
        soft.assertThat(incident.date().map(FuzzyDate::iso).orElse(null)).as("date; %s", this).isEqualTo(iso);
        return this;
    }

    IncidentAssertions killed(String count) {
        soft.assertThat(text(incident.killed())).as("killed; %s", this).isEqualTo(count);
        return this;
    }

    IncidentAssertions injured(String count) {
        soft.assertThat(text(incident.injured())).as("injured; %s", this).isEqualTo(count);
        return this;
    }

    IncidentAssertions captured(String count) {
        soft.assertThat(text(incident.captured())).as("captured; %s", this).isEqualTo(count);
        return this;
    }

    IncidentAssertions place(String name) {
        soft.assertThat(incident.places()).extracting(PlaceMention::text).as("places; %s", this).contains(name);
        return this;
    }

    IncidentAssertions placesExactly(String... names) {
        soft.assertThat(incident.places()).extracting(PlaceMention::text).as("places; %s", this)
                .containsExactly(names);
        return this;
    }

    IncidentAssertions victims(String category, String nationality, int killed) {
        soft.assertThat(incident.victims()).as("victims; %s", this)
                .anySatisfy(v -> {
                    assertThat(v.category()).isEqualTo(category);
                    assertThat(v.nationality()).isEqualTo(Optional.ofNullable(nationality));
                    assertThat(v.killed()).contains(Count.exactly(killed));
                });
        return this;
    }

    /** A group taken (kidnapped, abducted, detained) rather than killed or injured. */
    IncidentAssertions captives(String category, String nationality, int captured) {
        soft.assertThat(incident.victims()).as("captives; %s", this)
                .anySatisfy(v -> {
                    assertThat(v.category()).isEqualTo(category);
                    assertThat(v.nationality()).isEqualTo(Optional.ofNullable(nationality));
                    assertThat(v.captured()).contains(Count.exactly(captured));
                    assertThat(v.killed()).isEmpty();
                });
        return this;
    }

    /** The perpetrators' mentions, exactly and in order. */
    IncidentAssertions perpetratorsExactly(String... mentions) {
        soft.assertThat(incident.perpetrators()).extracting(Perpetrator::mention).as("perpetrators; %s", this)
                .containsExactly(mentions);
        return this;
    }

    /** A perpetrator whose mention contains {@code mention}, with that attribution and, if given, speaker words. */
    IncidentAssertions perpetrator(String mention, Attribution attribution, String... speakerWords) {
        soft.assertThat(incident.perpetrators()).as("perpetrators; %s", this)
                .anySatisfy(p -> {
                    assertThat(p.mention()).contains(mention);
                    assertThat(p.attribution()).isEqualTo(attribution);
                    for (String w : speakerWords) {
                        assertThat(p.attributedBy()).containsIgnoringCase(w);
                    }
                });
        return this;
    }

    IncidentAssertions evidenceQuotes(String... fragments) {
        List<String> quotes = incident.evidence().stream().map(document::textOf).toList();
        for (String f : fragments) {
            soft.assertThat(quotes).as("evidence; %s", this).anySatisfy(q -> assertThat(q).contains(f));
        }
        return this;
    }

    void check() {
        soft.assertAll();
    }

    @Override
    public String toString() {
        return describe(document, List.of(incident));
    }

    static String text(Optional<Count> count) {
        return count.map(Count::toString).orElse("-");
    }

    static String describe(AnnotatedDocument document, List<IncidentReport> incidents) {
        StringBuilder sb = new StringBuilder();
        for (IncidentReport r : incidents) {
            sb.append(r.type()).append(" date=").append(r.date().map(FuzzyDate::iso).orElse("-"))
                    .append(" killed=").append(text(r.killed())).append(" injured=").append(text(r.injured()))
                    .append(" captured=").append(text(r.captured()))
                    .append(" places=").append(r.places().stream().map(PlaceMention::text).toList());
            for (Perpetrator p : r.perpetrators()) {
                sb.append(" perpetrator=").append(p.mention()).append('/').append(p.attribution())
                        .append(p.attributedBy() == null ? "" : " by " + p.attributedBy());
            }
            for (VictimGroup v : r.victims()) {
                sb.append(" victims=").append(v.category()).append('/').append(v.nationality().orElse(""))
                        .append(" killed ").append(text(v.killed())).append(" injured ").append(text(v.injured()))
                        .append(" captured ").append(text(v.captured()));
            }
            for (var e : r.evidence()) {
                sb.append(System.lineSeparator()).append("    evidence: ").append(shorten(document.textOf(e)));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    static IncidentType parseType(String s) {
        return IncidentType.valueOf(s);
    }
}
