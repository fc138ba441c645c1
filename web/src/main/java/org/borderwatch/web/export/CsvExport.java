package org.borderwatch.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.web.query.Views.Estimate;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.borderwatch.web.query.Views.Source;

/**
 * CSV with ACLED's column names where the meaning is the same (event_id_cnty, event_date, year,
 * time_precision 1 day / 2 week / 3 month or coarser, event_type, actor1, assoc_actor_1, country, admin1,
 * admin2, location, latitude, longitude, geo_precision 1 town / 2 district / 3 province or country,
 * source, notes, fatalities), then ours: the range of deaths and injuries, the attribution and who
 * made it, the distance to the border, reports and review state. RFC 4180 quoting, CRLF line ends.
 */
final class CsvExport implements Exporter.FormatWriter {
    private record Column(String name, Function<ExportRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("event_id_cnty", r -> r.incident().id()),
            new Column("event_date", r -> r.incident().date() == null ? null : start(r.incident().date())),
            new Column("year", r -> r.incident().date() == null ? null : r.incident().date().substring(0, 4)),
            new Column("time_precision", r -> timePrecision(r.incident().datePrecision())),
            new Column("event_type", r -> r.incident().type()),
            new Column("actor1", r -> r.primary() == null ? null : r.primary().name()),
            new Column("assoc_actor_1", r -> r.incident().perpetrators().stream().skip(1).map(PerpetratorRef::name)
                    .distinct().collect(Collectors.joining("; "))),
            new Column("country", r -> r.incident().place() == null ? null : r.incident().place().country()),
            new Column("admin1", r -> r.incident().place() == null ? null : r.incident().place().admin1()),
            new Column("admin2", r -> r.incident().place() == null ? null : r.incident().place().admin2()),
            new Column("location", r -> r.incident().place() == null ? null : r.incident().place().name()),
            new Column("latitude", r -> r.incident().place() == null ? null : r.incident().place().latitude()),
            new Column("longitude", r -> r.incident().place() == null ? null : r.incident().place().longitude()),
            new Column("geo_precision", r -> r.incident().place() == null ? null : geoPrecision(r.incident().place().precision())),
            new Column("source", r -> sources(r.sources())),
            new Column("notes", r -> r.sources().stream().map(Source::quote).filter(Objects::nonNull).findFirst().orElse(null)),
            new Column("fatalities", r -> best(r.incident().killed())),
            new Column("fatalities_low", r -> r.incident().killed() == null ? null : r.incident().killed().low()),
            new Column("fatalities_high", r -> r.incident().killed() == null ? null : r.incident().killed().high()),
            new Column("injured_low", r -> r.incident().injured() == null ? null : r.incident().injured().low()),
            new Column("injured_best", r -> best(r.incident().injured())),
            new Column("injured_high", r -> r.incident().injured() == null ? null : r.incident().injured().high()),
            new Column("attribution", r -> r.primary() == null ? "unknown" : r.primary().attribution()),
            new Column("attributed_by", r -> r.primary() == null ? null : r.primary().attributedBy()),
            new Column("perpetrators", r -> r.incident().perpetrators().stream()
                    .map(p -> p.name() + " (" + p.attribution() + (p.attributedBy() == null ? "" : " by " + p.attributedBy()) + ")")
                    .collect(Collectors.joining("; "))),
            new Column("border_km", r -> r.incident().place() == null ? null : r.incident().place().borderKm()),
            new Column("nearest_border", r -> r.incident().place() == null ? null : r.incident().place().nearestBorder()),
            new Column("reports", r -> r.incident().reports()),
            new Column("document_ids", r -> r.sources().stream().filter(s -> s.document() != null)
                    .map(s -> Long.toString(s.document().id())).distinct().collect(Collectors.joining(";"))),
            new Column("origin", r -> r.incident().origin()),
            new Column("review_status", r -> r.incident().reviewStatus()));

    private final Writer out;

    CsvExport(Writer out) {
        this.out = out;
    }

    static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    @Override
    public void begin() throws IOException {
        out.write(record(header()));
    }

    @Override
    public void row(ExportRow row) throws IOException {
        List<String> fields = new ArrayList<>();
        for (Column c : COLUMNS) {
            Object v = c.value().apply(row);
            fields.add(v == null ? null : v.toString());
        }
        out.write(record(fields));
    }

    @Override
    public void end() {
    }

    private static String start(String iso) {
        return iso.length() >= 10 ? iso.substring(0, 10) : iso.length() == 7 ? iso + "-01" : iso + "-01-01";
    }

    private static Integer timePrecision(String precision) {
        if (precision == null) {
            return null;
        }
        return switch (precision) {
            case "day" -> 1;
            case "week" -> 2;
            default -> 3;
        };
    }

    private static Integer geoPrecision(String precision) {
        if (precision == null) {
            return null;
        }
        return switch (precision) {
            case "town" -> 1;
            case "district" -> 2;
            default -> 3;
        };
    }

    private static Integer best(Estimate e) {
        return e == null ? null : e.best();
    }

    private static String sources(List<Source> sources) {
        Set<String> names = new LinkedHashSet<>();
        for (Source s : sources) {
            if (s.document() != null && s.document().publisher() != null) {
                names.add(s.document().publisher());
            } else if (s.sourceRecord() != null) {
                names.add(s.sourceRecord().substring(0, s.sourceRecord().indexOf(':')));
            }
        }
        return String.join("; ", names);
    }

    static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = fields.get(i);
            if (v != null) {
                boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
                line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
        }
        return line.append("\r\n").toString();
    }
}
