package org.borderwatch.app.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the UCDP GED rows that carry a source headline; the rest have no text to extract from. */
final class UcdpGold {
    private UcdpGold() {
    }

    static List<UcdpItem> read(Path file) {
        List<UcdpItem> items = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                String headline = field(row, "source_headline");
                if (headline.isBlank()) {
                    continue;
                }
                List<String> headlines = new ArrayList<>();
                for (String h : headline.split(";")) {
                    if (!h.isBlank()) {
                        headlines.add(h.strip());
                    }
                }
                if (headlines.isEmpty()) {
                    continue;
                }
                items.add(new UcdpItem("ucdp:" + field(row, "id"), headlines, dates(field(row, "source_date"),
                        headlines.size()), number(row, "low_est"), number(row, "best_est"), number(row, "high_est"),
                        field(row, "side_b").strip(), field(row, "where_description"), field(row, "adm_1"),
                        field(row, "adm_2"), field(row, "country"), decimal(row, "latitude"),
                        decimal(row, "longitude")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UCDP gold set " + file + ": " + e.getMessage(), e);
        }
        return items;
    }

    /** One date per headline when the lists align; otherwise the earliest date for every headline. */
    static List<LocalDate> dates(String value, int headlines) {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : value.split(";")) {
            try {
                if (!part.isBlank()) {
                    dates.add(LocalDate.parse(part.strip()));
                }
            } catch (DateTimeParseException e) {
                // an unreadable date is left out
            }
        }
        if (dates.size() == headlines) {
            return dates;
        }
        List<LocalDate> out = new ArrayList<>();
        dates.stream().min(LocalDate::compareTo).ifPresent(d -> {
            for (int i = 0; i < headlines; i++) {
                out.add(d);
            }
        });
        return out;
    }

    private static String field(CSVRecord row, String name) {
        return row.isMapped(name) && row.isSet(name) ? row.get(name) : "";
    }

    private static int number(CSVRecord row, String name) {
        try {
            return Integer.parseInt(field(row, name).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static OptionalDouble decimal(CSVRecord row, String name) {
        try {
            return OptionalDouble.of(Double.parseDouble(field(row, name).strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
