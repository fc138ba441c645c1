package org.borderwatch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A UCDP GED event (the columns of the GED CSV export) as a report:
 * <ul>
 * <li>type ATTACK: GED codes the kind of conflict (type_of_violence: state-based, non-state,
 *     one-sided), not the kind of event, so every event is the generic attack and the kind of conflict
 *     is kept in the text;
 * <li>date date_start..date_end, its precision from date_prec (1 the day, 2 two to six days, 3 a week,
 *     4 a month, 5 a year);
 * <li>place the coded location (where_coordinates, admin names adm_1 and adm_2) at latitude and
 *     longitude, its precision from where_prec (1–2 town, 3 district, 4–5 province, 6–7 country);
 * <li>killed low_est/best_est/high_est (widened to hold all three where GED gives a high below the best
 *     or a low above it); victims the dead of each side (deaths_a, deaths_b: a government's are its
 *     security forces, another side's its fighters) and the civilians (deaths_civilians);
 * <li>perpetrators the sides, attributed by UCDP GED: side A for one-sided violence (side B is the
 *     civilians), both sides otherwise.
 * </ul>
 */
final class UcdpGedRows implements DatasetReader.RowMapper {
    static final List<String> REQUIRED = List.of("id", "date_start", "date_end", "side_a", "side_b",
            "type_of_violence", "latitude", "longitude", "best_est");
    private static final String BY = "UCDP GED";

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Optional<DatasetRecord> map(DatasetRow row, String file, String where) {
        String id = row.required("id");
        LocalDate start = row.date("date_start", List.of());
        LocalDate end = row.date("date_end", List.of());
        if (end.isBefore(start)) {
            throw new DatasetRow.BadCell("date_end " + end + " is before date_start " + start);
        }
        Optional<Integer> datePrec = row.integer("date_prec");
        FuzzyDate date = new FuzzyDate(start, end, datePrecision(datePrec, start, end));
        int violence = row.requiredInteger("type_of_violence");
        if (violence < 1 || violence > 3) {
            throw new DatasetRow.BadCell("type_of_violence " + violence + " is not 1, 2 or 3");
        }
        int best = row.requiredInteger("best_est");
        int givenLow = row.integer("low_est").orElse(best);
        int givenHigh = row.integer("high_est").orElse(best);
        // Some GED rows give a high below the best (best 11, high 10): the range is widened to hold all three.
        int low = Math.min(givenLow, Math.min(best, givenHigh));
        int high = Math.max(givenHigh, Math.max(best, givenLow));
        double lat = row.coordinate("latitude", 90);
        double lon = row.coordinate("longitude", 180);
        String sideA = row.required("side_a");
        String sideB = row.required("side_b");
        String precision = placePrecision(row.integer("where_prec"));
        String country = row.text("country").orElse("");
        String placeName = switch (precision) {
            case "DISTRICT" -> row.text("adm_2").orElse(row.text("where_coordinates").orElse(country));
            case "PROVINCE" -> row.text("adm_1").orElse(row.text("where_coordinates").orElse(country));
            case "COUNTRY" -> country.isEmpty() ? row.text("where_coordinates").orElse("unknown") : country;
            default -> row.text("where_coordinates").orElse(row.text("where_description").orElse(country));
        };
        if (placeName.isEmpty()) {
            throw new DatasetRow.BadCell("the event has no place name (where_coordinates, adm_1, adm_2, country)");
        }

        RecordText text = new RecordText();
        text.line("UCDP GED event " + id + row.text("relid").map(r -> " (" + r + ")").orElse(""));
        Span dateLine = text.field("Date", (start.equals(end) ? start.toString() : start + " to " + end)
                + datePrec.map(p -> " (date_prec " + p + ")").orElse(""));
        text.field("Conflict", row.text("conflict_name").map(n -> n + ", ").orElse("") + violenceName(violence));
        Span sides = text.field("Sides", sideA + "; " + sideB);
        String description = row.text("where_description").orElse(placeName);
        Span whereLine = text.field("Where", description);
        text.field("Location", RecordText.joined(row.text("where_coordinates"), row.text("adm_2"),
                row.text("adm_1"), Optional.of(country).filter(c -> !c.isEmpty()))
                + " (" + lat + ", " + lon + row.integer("where_prec").map(p -> "; where_prec " + p).orElse("") + ")");
        Span deaths = text.field("Deaths", "best " + best + ", low " + givenLow + ", high " + givenHigh
                + deathDetail(row));
        Optional<String> headline = row.text("source_headline");
        headline.ifPresent(h -> text.field("Sources", row.text("source_office").map(o -> o + " (" + row.text("source_date")
                .orElse("undated") + "): ").orElse("") + h));

        List<Perpetrator> perpetrators = new ArrayList<>();
        perpetrators.add(new Perpetrator(sideA, text.within(sides, sideA), Attribution.ATTRIBUTED, BY));
        if (violence != 3) {
            perpetrators.add(new Perpetrator(sideB, text.within(new Span(sides.start() + 7 + sideA.length(), sides.end()),
                    sideB), Attribution.ATTRIBUTED, BY));
        }
        List<VictimGroup> victims = new ArrayList<>();
        addVictims(victims, side(sideA), row.integer("deaths_a"));
        addVictims(victims, side(sideB), row.integer("deaths_b"));
        addVictims(victims, "civilians", row.integer("deaths_civilians"));
        String body = text.text();
        IncidentReport report = new IncidentReport(IncidentType.ATTACK, Optional.of(date),
                List.of(new PlaceMention(description, text.within(whereLine, description))), perpetrators, victims,
                Optional.of(new Count(low, best, high)), Optional.empty(), Optional.empty(),
                List.of(text.all(), dateLine, whereLine, deaths));
        Provenance provenance = new Provenance(where, null, id, BY, PublicationDate.of(end, DateSource.GIVEN),
                headline.map(h -> h.split(";")[0].strip()).orElse("UCDP GED event " + id), "en", SourceGrade.B,
                DatasetReader.Dataset.UCDP_GED.format());
        RecordPlace place = new RecordPlace(placeName, country, row.text("adm_1").orElse(null),
                row.text("adm_2").orElse(null), lat, lon, precision);
        return Optional.of(new DatasetRecord(DatasetReader.Dataset.UCDP_GED.id(), id, where,
                IncomingDocument.of(provenance, body), report, Optional.of(place)));
    }

    /** Who a side's dead were: a government's are its security forces, civilians are civilians, others fighters. */
    private static String side(String name) {
        if (name.startsWith("Government of")) {
            return "security forces of the " + name;
        }
        return name.equalsIgnoreCase("civilians") ? "civilians" : "fighters of " + name;
    }

    private static void addVictims(List<VictimGroup> out, String category, Optional<Integer> killed) {
        killed.filter(n -> n > 0).ifPresent(n -> out.add(new VictimGroup(category, Optional.empty(),
                Optional.of(Count.exactly(n)), Optional.empty())));
    }

    private static DatePrecision datePrecision(Optional<Integer> code, LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DatePrecision.DAY;
        }
        return switch (code.orElse(0)) {
            case 3 -> DatePrecision.WEEK;
            case 4 -> DatePrecision.MONTH;
            case 5 -> DatePrecision.YEAR;
            default -> DatePrecision.APPROXIMATE;
        };
    }

    private static String placePrecision(Optional<Integer> whereprec) {
        return switch (whereprec.orElse(1)) {
            case 1, 2 -> "TOWN";
            case 3 -> "DISTRICT";
            case 4, 5 -> "PROVINCE";
            default -> "COUNTRY";
        };
    }

    private static String violenceName(int type) {
        return switch (type) {
            case 1 -> "state-based conflict";
            case 2 -> "non-state conflict";
            default -> "one-sided violence";
        };
    }

    private static String deathDetail(DatasetRow row) {
        List<String> parts = new ArrayList<>();
        row.integer("deaths_a").ifPresent(n -> parts.add("side A " + n));
        row.integer("deaths_b").ifPresent(n -> parts.add("side B " + n));
        row.integer("deaths_civilians").ifPresent(n -> parts.add("civilians " + n));
        row.integer("deaths_unknown").ifPresent(n -> parts.add("unknown " + n));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
