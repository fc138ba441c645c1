package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderwatch.app.FactViews.CountView;
import org.borderwatch.app.FactViews.DocumentInfo;
import org.borderwatch.app.FactViews.EvidenceView;
import org.borderwatch.app.FactViews.SourceInfo;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.store.extraction.StoredIncident;
import org.borderwatch.store.extraction.StoredPlace;
import org.borderwatch.store.extraction.StoredPerpetrator;

/** An incident as the CLI lists it: one JSON object, one CSV or table row. */
record IncidentView(
        long id,
        String type,
        String date,
        String datePrecision,
        List<String> places,
        PlaceView place,
        List<PerpetratorView> perpetrators,
        List<VictimView> victims,
        CountView killed,
        CountView injured,
        CountView captured,
        DocumentInfo document,
        SourceInfo source,
        EvidenceView evidence) {

    /** Where the incident happened: its most precise resolved place and its distance to the nearest border. */
    record PlaceView(String name, String country, String admin1, String admin2, Double latitude, Double longitude,
                     String precision, Long geonamesId, Double borderKm, String nearestBorder) {
        static PlaceView of(Optional<StoredPlace> place) {
            return place.map(p -> new PlaceView(p.name(), p.countryCode(), p.admin1(), p.admin2(), p.latitude(),
                    p.longitude(), lower(p.precision()), p.geonamesId(), round(p.borderKm()), p.nearestBorder()))
                    .orElse(null);
        }

        private static Double round(Double km) {
            return km == null ? null : Math.round(km * 10) / 10.0;
        }

        /** The place's CSV columns: name, country, admin1 and admin2, coordinates, precision, border. */
        static <T> List<Column<T>> csvColumns(java.util.function.Function<T, PlaceView> place) {
            return List.of(
                    Column.csv("place", v -> place.apply(v) == null ? null : place.apply(v).name()),
                    Column.csv("place_country", v -> place.apply(v) == null ? null : place.apply(v).country()),
                    Column.csv("admin1", v -> place.apply(v) == null ? null : place.apply(v).admin1()),
                    Column.csv("admin2", v -> place.apply(v) == null ? null : place.apply(v).admin2()),
                    Column.csv("latitude", v -> place.apply(v) == null ? null : place.apply(v).latitude()),
                    Column.csv("longitude", v -> place.apply(v) == null ? null : place.apply(v).longitude()),
                    Column.csv("place_precision", v -> place.apply(v) == null ? null : place.apply(v).precision()),
                    Column.csv("border_km", v -> place.apply(v) == null ? null : place.apply(v).borderKm()),
                    Column.csv("nearest_border", v -> place.apply(v) == null ? null : place.apply(v).nearestBorder()));
        }

        /** "Besham (Shangla District, Khyber Pakhtunkhwa)". */
        String text() {
            String where = Stream.of(admin2, admin1).filter(Objects::nonNull).collect(Collectors.joining(", "));
            return name + (where.isEmpty() ? "" : " (" + where + ")");
        }
    }

    record PerpetratorView(String mention, String attribution, String attributedBy) {
        String text() {
            return mention + " (" + attribution + (attributedBy == null ? "" : " by " + attributedBy) + ")";
        }
    }

    record VictimView(String category, String nationality, CountView killed, CountView injured, CountView captured) {
        String text() {
            return (nationality == null ? "" : nationality + " ") + category
                    + (killed == null ? "" : ", " + CountView.text(killed) + " killed")
                    + (injured == null ? "" : ", " + CountView.text(injured) + " injured")
                    + (captured == null ? "" : ", " + CountView.text(captured) + " captured");
        }
    }

    static IncidentView of(StoredIncident i) {
        return new IncidentView(i.id(), lower(i.type()), FactViews.iso(i.date()), FactViews.precision(i.date()),
                i.places(), PlaceView.of(i.place()), i.perpetrators().stream().map(IncidentView::perpetrator).toList(),
                i.victims().stream().map(IncidentView::victim).toList(),
                CountView.of(i.killed()), CountView.of(i.injured()), CountView.of(i.captured()),
                DocumentInfo.of(i.document()), SourceInfo.of(i.source()), EvidenceView.of(i.evidence()));
    }

    private static PerpetratorView perpetrator(StoredPerpetrator p) {
        return new PerpetratorView(p.mention(), lower(p.attribution().name()), p.attributedBy().orElse(null));
    }

    private static VictimView victim(VictimGroup v) {
        return new VictimView(v.category(), v.nationality().orElse(null), CountView.of(v.killed()),
                CountView.of(v.injured()), CountView.of(v.captured()));
    }

    /** Table and CSV columns; in CSV an empty *_high beside a *_best means open-ended ("at least 12"). */
    static final List<Column<IncidentView>> COLUMNS = Column.concat(List.of(
            Column.of("id", 6, IncidentView::id),
            Column.of("document_id", "DOC", 6, v -> v.document() == null ? null : v.document().id()),
            Column.csv("document_title", v -> v.document() == null ? null : v.document().title()),
            Column.csv("document_date", v -> v.document() == null ? null : v.document().published()),
            Column.csv("date", IncidentView::date),
            Column.table("DATE", 11, v -> FactViews.shortDate(v.date())),
            Column.csv("date_precision", IncidentView::datePrecision),
            Column.of("type", 18, IncidentView::type),
            Column.of("places", 16, v -> String.join("; ", v.places())),
            Column.table("PLACE", 24, v -> v.place() == null ? null : v.place().text()),
            Column.table("BORDER_KM", 9, v -> v.place() == null ? null : v.place().borderKm())),
            PlaceView.csvColumns(IncidentView::place), List.of(
            Column.of("perpetrators", 24, v -> v.perpetrators().stream().map(PerpetratorView::text)
                    .collect(Collectors.joining("; "))),
            Column.table("KILLED", 7, v -> CountView.text(v.killed())),
            Column.table("INJURED", 7, v -> CountView.text(v.injured()))),
            CountView.csvColumns("killed", IncidentView::killed), CountView.csvColumns("injured", IncidentView::injured),
            CountView.csvColumns("captured", IncidentView::captured), List.of(
            Column.csv("victims", v -> v.victims().stream().map(VictimView::text).collect(Collectors.joining("; "))),
            Column.of("origin", 9, v -> v.source().origin()),
            Column.csv("review_status", v -> v.source().reviewStatus()),
            Column.csv("extractor", v -> v.source().extractor()),
            Column.csv("evidence_start", v -> v.evidence() == null ? null : v.evidence().start()),
            Column.csv("evidence_end", v -> v.evidence() == null ? null : v.evidence().end()),
            Column.of("evidence_quote", "QUOTE", 80, v -> v.evidence() == null ? null : v.evidence().quote())));
}
