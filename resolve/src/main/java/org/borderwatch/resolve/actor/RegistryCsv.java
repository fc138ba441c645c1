package org.borderwatch.resolve.actor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;

/**
 * The registry as one CSV file with a header row, one record per line: {@code record} is {@code actor} or
 * {@code affiliation}. An actor row fills id, name, type, country, aliases and local_aliases (joined
 * with '|'), from, to and source; an affiliation row fills id (the member or office holder, empty when
 * unknown), related, relation, role, from, to and source.
 */
public final class RegistryCsv {
    static final List<String> COLUMNS = List.of("record", "id", "name", "type", "country", "aliases", "local_aliases",
            "from", "to", "related", "relation", "role", "source");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .setSkipHeaderRecord(false).get();

    private RegistryCsv() {}

    /** @throws RegistryFileException naming the file and line of the first problem */
    public static RegistryFile read(Reader in, String fileName) {
        RegistryFile file = new RegistryFile(fileName);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = open(format, in, fileName)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of("record", "id", "source")) {
                if (!header.containsKey(column)) {
                    throw new RegistryFileException(fileName, 1, "the header has no column \"" + column + "\" (expected "
                            + String.join(",", COLUMNS) + ")");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RegistryFileException(fileName, line, "not valid CSV: " + rootMessage(e), e);
                }
                try {
                    add(file, r, line);
                } catch (IllegalArgumentException e) {
                    throw new RegistryFileException(fileName, line, e.getMessage(), e);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RegistryFileException(fileName, 0, "cannot read: " + rootMessage(e), e);
        }
        return file;
    }

    private static CSVParser open(CSVFormat format, Reader in, String fileName) throws IOException {
        try {
            return format.parse(in);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RegistryFileException(fileName, 1, "bad header: " + e.getMessage(), e);
        }
    }

    private static void add(RegistryFile file, CSVRecord r, long line) {
        if (!r.isConsistent()) {
            throw new IllegalArgumentException("has " + r.size() + " fields, the header " + r.getParser().getHeaderNames().size());
        }
        String kind = get(r, "record");
        if ("actor".equalsIgnoreCase(kind)) {
            String id = get(r, "id");
            file.add(new Actor(id, get(r, "name"), RegistryValues.type(get(r, "type"), id), get(r, "country"),
                    names(get(r, "aliases")), names(get(r, "local_aliases")), RegistryValues.date(get(r, "from"), "from"),
                    RegistryValues.date(get(r, "to"), "to"), get(r, "source")), line);
        } else if ("affiliation".equalsIgnoreCase(kind)) {
            file.add(new Affiliation(get(r, "id"), get(r, "related"), RegistryValues.relation(get(r, "relation")),
                    get(r, "role"), RegistryValues.date(get(r, "from"), "from"), RegistryValues.date(get(r, "to"), "to"),
                    get(r, "source")), line);
        } else {
            throw new IllegalArgumentException("record must be actor or affiliation, was '" + (kind == null ? "" : kind) + "'");
        }
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v.isEmpty() ? null : v;
    }

    private static List<String> names(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public static void write(RegistryEntries entries, Writer out) {
        try {
            CSVPrinter p = new CSVPrinter(out, FORMAT);
            for (Actor a : entries.actors()) {
                p.printRecord("actor", a.id(), a.name(), a.type().name(), a.country(), String.join("|", a.aliases()),
                        String.join("|", a.localAliases()), a.from(), a.to(), null, null, null, a.source());
            }
            for (Affiliation f : entries.affiliations()) {
                p.printRecord("affiliation", f.actorId(), null, null, null, null, null, f.validFrom(), f.validTo(),
                        f.relatedActorId(), f.relation().name(), f.role(), f.source());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the registry: " + e.getMessage(), e);
        }
    }
}
