package org.borderwatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.document.ContentHash;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.ingest.Format;
import org.borderwatch.ingest.IngestListener;
import org.borderwatch.ingest.IngestOptions;
import org.borderwatch.ingest.Ingestor;
import org.borderwatch.ingest.Limits;
import org.borderwatch.ingest.Rejection;

/**
 * Reads the ISAF press-release gold set ({@code {"text", "gold": {...}}} per line). Texts go through
 * the real ingest stage, so they are normalised as stored documents are and dated by its dateline
 * reader. Releases whose dateline has no year ("KABUL, Afghanistan (Nov. 24)"), or that open with a
 * yearless dated title instead ("Feb. 20: Afghan-ISAF Forces Search Compounds"), take the year from the
 * release's own header: its number ("2010-11-S-300") or a dated title ("Operational Update May 22,
 * 2011"); ingest rightly never guesses a year, but the header states it. A release with no year in
 * its header stays undated, and so do its relative dates ("yesterday").
 */
final class IsafGold {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final Pattern YEARLESS_DATELINE = Pattern.compile(
            "(?mi)^[\\s\\u00A0]*\\p{Lu}[\\p{L}.'\\-]+(?:,[ \\u00A0]*\\p{Lu}[\\p{L}]+)?[ \\u00A0]*[(\\[][ \\u00A0]*"
                    + MONTH + "\\.?[ \\u00A0]*(\\d{1,2})[ \\u00A0]*[)\\]]");
    /** "Feb. 20: Afghan-ISAF Forces Search Compounds in Helmand": the first line, a day without a year. */
    private static final Pattern YEARLESS_TITLE = Pattern.compile(
            "^[\\s\\u00A0]*" + MONTH + "\\.?[ \\u00A0]*(\\d{1,2})[ \\u00A0]*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE_NUMBER = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-[A-Z]{1,3}[-–]\\d+");
    private static final Pattern HEADER_DATE = Pattern.compile("(?i)\\b" + MONTH + "\\.?[ \\u00A0]+(\\d{1,2}),?[ \\u00A0]+((?:19|20)\\d\\d)\\b");
    /** The header: title, command, release number, dateline. */
    private static final int HEADER = 400;

    private IsafGold() {
    }

    static List<IsafItem> read(Path file) {
        Map<Integer, IncomingDocument> ingested = ingest(file);
        List<IsafItem> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String raw; (raw = r.readLine()) != null; ) {
                line++;
                if (raw.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(raw);
                JsonNode gold = node.path("gold");
                IncomingDocument doc = ingested.get(line);
                String text = doc != null ? doc.text() : ContentHash.normalise(node.path("text").asText(""));
                Optional<LocalDate> date = doc != null ? doc.provenance().published().value() : Optional.empty();
                String source = date.isPresent() ? "dateline" : "none";
                if (date.isEmpty()) {
                    date = headerDate(text);
                    source = date.isPresent() ? "header" : "none";
                }
                items.add(new IsafItem("isaf:" + line, text, date, source,
                        Optional.ofNullable(blankToNull(gold.path("start_date").asText(""))),
                        labels(gold.path("event_type")), labels(gold.path("province")),
                        labels(gold.path("target_group")), gold.path("min_killed").asInt(0),
                        gold.path("min_captured").asInt(0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ISAF gold set " + file + ": " + e.getMessage(), e);
        }
        return items;
    }

    /** The ingest stage's documents by line number; a rejected line is read raw instead. */
    private static Map<Integer, IncomingDocument> ingest(Path file) {
        Map<Integer, IncomingDocument> out = new HashMap<>();
        IngestOptions options = new IngestOptions(Format.JSONL, null, SourceGrade.F, Map.of(), Limits.DEFAULT,
                LocalDate.now());
        new Ingestor(options).read(List.of(file), new IngestListener() {
            @Override
            public void accepted(IncomingDocument document) {
                lineOf(document.provenance().origin()).ifPresent(n -> out.put(n, document));
            }

            @Override
            public void rejected(Rejection rejection) {
                // read raw by the caller
            }
        });
        return out;
    }

    private static Optional<Integer> lineOf(String origin) {
        int colon = origin.lastIndexOf(':');
        try {
            return colon < 0 ? Optional.empty() : Optional.of(Integer.parseInt(origin.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date stated in the header when the dateline gives none with a year. */
    static Optional<LocalDate> headerDate(String text) {
        String header = text.substring(0, Math.min(text.length(), HEADER));
        Matcher dateline = YEARLESS_DATELINE.matcher(header);
        Matcher number = RELEASE_NUMBER.matcher(header);
        if (!dateline.find()) {
            dateline = YEARLESS_TITLE.matcher(header);
        }
        if (dateline.find(0) && number.find()) {
            int month = month(dateline.group(1));
            int year = Integer.parseInt(number.group(1));
            // a release numbered in December about a dateline in January belongs to the next year
            if (month == 1 && Integer.parseInt(number.group(2)) == 12) {
                year++;
            }
            Optional<LocalDate> d = date(year, month, Integer.parseInt(dateline.group(2)));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher title = HEADER_DATE.matcher(header);
        if (title.find()) {
            return date(Integer.parseInt(title.group(3)), month(title.group(1)), Integer.parseInt(title.group(2)));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Gold lists may hold "a;b" in one entry and "" for none. */
    static Set<String> labels(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        if (list.isArray()) {
            list.forEach(n -> addLabels(n.asText(""), out));
        } else if (list.isTextual()) {
            addLabels(list.asText(), out);
        }
        return out;
    }

    private static void addLabels(String value, Set<String> out) {
        for (String part : value.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
