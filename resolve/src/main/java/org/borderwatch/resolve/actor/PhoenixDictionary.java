package org.borderwatch.resolve.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 / TABARI actor dictionary (the Phoenix {@code *.actors.txt} files, MIT-licensed by the
 * Open Event Data Alliance): an entry is a name line ({@code LASHKAR-E-JHANGVI_(LEJ)_ [SASREB]}), then
 * {@code +SYNONYM} lines and indented {@code [CODE date]} lines. Codes are CAMEO: a country or sector
 * (PAK, IGO, IMG) and roles (GOV, MIL, REB, SPY, ELI...). Dates restrict a code: {@code >YYMMDD} from,
 * {@code <YYMMDD} until, {@code YYMMDD-YYMMDD}; two-digit years below 30 are 20xx. Comments start with #.
 */
final class PhoenixDictionary {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

    /** One code of an entry, with the days it holds (null: open). */
    record Code(String code, LocalDate from, LocalDate to) {}

    /** One dictionary entry: its name and synonyms as written (underscores for spaces), codes, first line. */
    record Entry(String name, List<String> synonyms, List<Code> codes, long line) {}

    /** What was read, and the lines whose dates or codes could not be read (kept without them). */
    record Read(List<Entry> entries, List<String> warnings) {}

    private PhoenixDictionary() {}

    /** @throws RegistryFileException naming the line of a line that fits no part of the format */
    static Read read(Reader in, String fileName) {
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Draft draft = null;
        long n = 0;
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String text = stripComment(line);
                if (text.isBlank()) {
                    continue;
                }
                if (text.indexOf('\0') >= 0) {
                    throw new RegistryFileException(fileName, n, "binary data: not a Phoenix actor dictionary");
                }
                String t = text.strip();
                if (t.startsWith("!")) {
                    throw new RegistryFileException(fileName, n, "a macro line (" + t.split("\\s")[0] + "): this is a "
                            + "Phoenix agents dictionary, which names kinds of people, not actors; import the *.actors.txt files");
                }
                if (t.startsWith("+")) {
                    if (draft == null) {
                        throw new RegistryFileException(fileName, n, "a synonym ('+') before any actor name");
                    }
                    draft.synonyms.add(beforeCodes(t.substring(1)));
                    codes(t, draft, fileName, n, warnings);
                } else if (t.startsWith("[")) {
                    if (draft == null) {
                        throw new RegistryFileException(fileName, n, "a code before any actor name");
                    }
                    codes(t, draft, fileName, n, warnings);
                } else {
                    if (draft != null) {
                        entries.add(draft.entry());
                    }
                    draft = new Draft(beforeCodes(t), n);
                    codes(t, draft, fileName, n, warnings);
                }
            }
        } catch (IOException e) {
            throw new RegistryFileException(fileName, n, "cannot read: " + e.getMessage(), e);
        }
        if (draft != null) {
            entries.add(draft.entry());
        }
        if (entries.isEmpty()) {
            throw new RegistryFileException(fileName, 0, "no actor entries: not a Phoenix actor dictionary");
        }
        if (entries.stream().flatMap(e -> e.codes().stream()).anyMatch(c -> c.code().startsWith("~"))) {
            throw new RegistryFileException(fileName, 0, "codes such as [~AGR] name kinds of people (a Phoenix agents "
                    + "dictionary), not actors; import the *.actors.txt files");
        }
        return new Read(List.copyOf(entries), List.copyOf(warnings));
    }

    private static final class Draft {
        final String name;
        final long line;
        final List<String> synonyms = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();

        Draft(String name, long line) {
            this.name = name;
            this.line = line;
        }

        Entry entry() {
            return new Entry(name, List.copyOf(synonyms.stream().filter(s -> !s.isBlank()).toList()), List.copyOf(codes), line);
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String beforeCodes(String s) {
        int bracket = s.indexOf('[');
        return (bracket < 0 ? s : s.substring(0, bracket)).strip();
    }

    private static void codes(String t, Draft draft, String fileName, long line, List<String> warnings) {
        Matcher m = CODE.matcher(t);
        while (m.find()) {
            String[] parts = m.group(1).strip().split("\\s+", 2);
            if (parts[0].isEmpty() || parts[0].equals("---")) {
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            if (parts.length > 1) {
                String range = parts[1].replace(" ", "");
                try {
                    if (range.startsWith(">")) {
                        from = date(range.substring(1));
                    } else if (range.startsWith("<")) {
                        to = date(range.substring(1));
                    } else {
                        String[] ends = range.split("-", 2);
                        from = date(ends[0]);
                        to = ends.length > 1 ? date(ends[1]) : null;
                    }
                } catch (IllegalArgumentException e) {
                    warnings.add(fileName + ":" + line + ": date '" + parts[1] + "' of " + parts[0] + " not read ("
                            + e.getMessage() + "); the code is kept undated");
                    from = null;
                    to = null;
                }
                if (from != null && to != null && to.isBefore(from)) {
                    warnings.add(fileName + ":" + line + ": " + parts[0] + " ends before it begins; kept undated");
                    from = null;
                    to = null;
                }
            }
            draft.codes.add(new Code(parts[0], from, to));
        }
        if (t.lastIndexOf('[') > t.lastIndexOf(']')) {
            throw new RegistryFileException(fileName, line, "a '[' without its ']'");
        }
    }

    private static LocalDate date(String s) {
        if (!DATE.matcher(s).matches()) {
            throw new IllegalArgumentException("expected YYMMDD or YYYYMMDD");
        }
        String full = s.length() == 8 ? s : (Integer.parseInt(s.substring(0, 2)) < 30 ? "20" : "19") + s;
        try {
            return LocalDate.parse(full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such day");
        }
    }
}
