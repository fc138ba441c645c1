package org.borderwatch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * An ACLED event (the columns of ACLED's CSV export) as a report:
 * <ul>
 * <li>type from event_type and sub_event_type by {@code acled-event-types.tsv}; events that are not
 *     armed violence (peaceful protests, agreements, looting…) are skipped, not rejected;
 * <li>date event_date ({@code 2024-03-26} or {@code 26 March 2024}), its precision from
 *     time_precision (1 the day, 2 the week around it, 3 its month);
 * <li>place location with admin1 and admin2 at latitude and longitude, its precision from
 *     geo_precision (1 town, 2 district, 3 province);
 * <li>killed fatalities, as at least that many: ACLED codes the most conservative figure reported;
 * <li>perpetrators actor1, and actor2 too for battles, attributed by ACLED; civilians never;
 * <li>victims actor2 outside battles, when it is civilians or a state's military or police forces.
 * </ul>
 */
final class AcledRows implements DatasetReader.RowMapper {
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "latitude", "longitude", "fatalities");
    private static final String BY = "ACLED";
    private static final List<DateTimeFormatter> DATES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMMM-uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH));
    private static volatile Map<String, String> types;

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Optional<DatasetRecord> map(DatasetRow row, String file, String where) {
        String id = row.required("event_id_cnty");
        String eventType = row.required("event_type");
        String subType = row.required("sub_event_type");
        String mapped = types().get(key(eventType, subType));
        if (mapped == null) {
            throw new DatasetRow.BadCell("unknown event_type/sub_event_type '" + eventType + "' / '" + subType + "'");
        }
        if (mapped.equals("-")) {
            return Optional.empty();
        }
        LocalDate day = row.date("event_date", DATES);
        FuzzyDate date = switch (row.integer("time_precision").orElse(1)) {
            case 1 -> FuzzyDate.day(day);
            case 2 -> new FuzzyDate(day.minusDays(3), day.plusDays(3), DatePrecision.WEEK);
            case 3 -> FuzzyDate.month(day.getYear(), day.getMonthValue());
            default -> throw new DatasetRow.BadCell("time_precision " + row.text("time_precision").orElse("")
                    + " is not 1, 2 or 3");
        };
        int fatalities = row.requiredInteger("fatalities");
        double lat = row.coordinate("latitude", 90);
        double lon = row.coordinate("longitude", 180);
        String precision = switch (row.integer("geo_precision").orElse(1)) {
            case 1 -> "TOWN";
            case 2 -> "DISTRICT";
            case 3 -> "PROVINCE";
            default -> throw new DatasetRow.BadCell("geo_precision " + row.text("geo_precision").orElse("")
                    + " is not 1, 2 or 3");
        };
        String country = row.text("country").orElse("");
        String placeName = row.text("location").orElse(row.text("admin2").orElse(row.text("admin1").orElse(country)));
        if (placeName.isEmpty()) {
            throw new DatasetRow.BadCell("the event has no place name (location, admin1, admin2, country)");
        }
        String actor1 = row.required("actor1");
        Optional<String> actor2 = row.text("actor2");

        RecordText text = new RecordText();
        text.line("ACLED event " + id);
        Span dateLine = text.field("Date", day + row.text("time_precision").map(p -> " (time_precision " + p + ")").orElse(""));
        text.field("Event", eventType + ": " + subType);
        Span actors = text.field("Actors", actor1 + actor2.map(a -> "; " + a).orElse(""));
        String location = RecordText.joined(row.text("location"), row.text("admin2"), row.text("admin1"),
                Optional.of(country).filter(c -> !c.isEmpty()));
        Span whereLine = text.field("Where", location + " (" + lat + ", " + lon
                + row.text("geo_precision").map(p -> "; geo_precision " + p).orElse("") + ")");
        Span deaths = text.field("Fatalities", Integer.toString(fatalities));
        row.text("notes").ifPresent(n -> text.field("Notes", n));
        row.text("source").ifPresent(s -> text.field("Source", s));

        List<Perpetrator> perpetrators = new ArrayList<>();
        addActor(perpetrators, actor1, text.within(actors, actor1));
        if (eventType.equalsIgnoreCase("Battles") && actor2.isPresent()) {
            addActor(perpetrators, actor2.get(), text.within(new Span(actors.start() + 8 + actor1.length(), actors.end()),
                    actor2.get()));
        }
        List<VictimGroup> victims = eventType.equalsIgnoreCase("Battles") ? List.of()
                : actor2.flatMap(AcledRows::victims).map(v -> List.of(new VictimGroup(v, Optional.empty(), Optional.empty(),
                        Optional.empty()))).orElse(List.of());
        String body = text.text();
        IncidentReport report = new IncidentReport(IncidentType.valueOf(mapped), Optional.of(date),
                List.of(new PlaceMention(placeName, text.within(whereLine, placeName))), perpetrators, victims,
                Optional.of(Count.atLeast(fatalities)), Optional.empty(), Optional.empty(),
                List.of(text.all(), dateLine, whereLine, deaths));
        Provenance provenance = new Provenance(where, null, id, BY, PublicationDate.of(day, DateSource.GIVEN),
                "ACLED " + id + ": " + subType + " in " + placeName, "en", SourceGrade.B,
                DatasetReader.Dataset.ACLED.format());
        RecordPlace place = new RecordPlace(placeName, country, row.text("admin1").orElse(null),
                row.text("admin2").orElse(null), lat, lon, precision);
        return Optional.of(new DatasetRecord(DatasetReader.Dataset.ACLED.id(), id, where,
                IncomingDocument.of(provenance, body), report, Optional.of(place)));
    }

    /** The victims an event's second actor names: civilians, or a state's military or police. */
    private static Optional<String> victims(String actor2) {
        String a = actor2.toLowerCase(Locale.ROOT);
        if (a.startsWith("civilians")) {
            return Optional.of("civilians");
        }
        return a.startsWith("military forces") || a.startsWith("police forces") ? Optional.of("security forces")
                : Optional.empty();
    }

    /** Actors are perpetrators unless they are the civilians an event struck. */
    private static void addActor(List<Perpetrator> out, String actor, Span span) {
        if (!actor.toLowerCase(Locale.ROOT).startsWith("civilians")) {
            out.add(new Perpetrator(actor, span, Attribution.ATTRIBUTED, BY));
        }
    }

    private static String key(String eventType, String subType) {
        return eventType.strip().toLowerCase(Locale.ROOT) + "\t" + subType.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> types() {
        Map<String, String> t = types;
        if (t == null) {
            Map<String, String> m = new HashMap<>();
            try (InputStream in = AcledRows.class.getResourceAsStream("acled-event-types.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("acled-event-types.tsv is missing from the jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (!f[2].equals("-")) {
                        IncidentType.valueOf(f[2]);
                    }
                    m.put(key(f[0], f[1]), f[2]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("acled-event-types.tsv unreadable", e);
            }
            t = Map.copyOf(m);
            types = t;
        }
        return t;
    }
}
