package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Imports a GeoNames dump into a gazetteer directory, so the product works for any region: a places
 * file (cities500/1000/15000, allCountries, a country file such as PK.txt; plain, .gz or GeoNames' .zip)
 * or an admin code table (admin1CodesASCII.txt, admin2Codes.txt). The rows kept are written gzipped in
 * the GeoNames format; {@link Gazetteer#load(Path)} reads them on top of the bundled region, a row with
 * the same geonameid replacing the bundled one.
 */
public final class GazetteerImport {
    private GazetteerImport() {}

    /**
     * What to keep.
     *
     * @param countries      ISO alpha-2 codes to keep; empty keeps every country (allCountries holds
     *                       about 13 million rows: keep the region, the gazetteer is held in memory)
     * @param featureClasses GeoNames feature classes to keep: P (populated places) and A (admin areas) by
     *                       default; add e.g. S (sites: border crossings, bases) or T (passes, mountains)
     * @param latinAndArabicAlternatesOnly drop alternate names in other scripts, which English, Urdu,
     *                       Pashto and Dari texts never use (the bundled region is built the same way)
     */
    public record Options(Set<String> countries, Set<Character> featureClasses, boolean latinAndArabicAlternatesOnly) {
        public Options {
            countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            featureClasses = Set.copyOf(featureClasses);
        }

        public static Options defaults() {
            return new Options(Set.of(), Set.of('P', 'A'), true);
        }

        public static Options countries(String... codes) {
            return new Options(Set.of(codes), Set.of('P', 'A'), true);
        }
    }

    /**
     * What an import did.
     *
     * @param written  the file written in the gazetteer directory
     * @param kind     "places", "admin1" or "admin2"
     * @param skipped  rows left out, by reason (filtered or unreadable), so nothing is dropped silently
     */
    public record Report(Path written, String kind, long rowsRead, long rowsKept, Map<String, Long> skipped) {}

    /** Imports one GeoNames file into gazetteerDir (created if missing). */
    public static Report importFile(Path file, Path gazetteerDir, Options options) throws IOException {
        Files.createDirectories(gazetteerDir);
        String stem = stem(file.getFileName().toString());
        Path tmp = Files.createTempFile(gazetteerDir, stem, ".part");
        Map<String, Long> skipped = new TreeMap<>();
        long read = 0;
        long kept = 0;
        String kind = null;
        try (InputStream in = Files.newInputStream(file);
             BufferedReader r = GeoNamesFormat.open(in);
             Writer w = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (kind == null) {
                    kind = GeoNamesFormat.looksLikeAdminCodes(line)
                            ? "admin" + GeoNamesFormat.adminLevel(line.split("\t", -1)[0]) : "places";
                }
                read++;
                String out = kind.equals("places") ? keepPlace(line, options, skipped) : keepAdmin(line, options, skipped);
                if (out != null) {
                    w.write(out);
                    w.write('\n');
                    kept++;
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (kind == null) {
            Files.deleteIfExists(tmp);
            throw new IOException(file + " holds no GeoNames rows");
        }
        Path target = gazetteerDir.resolve(kind + "-" + stem + ".txt.gz");
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Report(target, kind, read, kept, Map.copyOf(skipped));
    }

    private static String keepPlace(String line, Options o, Map<String, Long> skipped) {
        GeoNamesFormat.Row row;
        try {
            row = GeoNamesFormat.parse(line);
        } catch (GeoNamesFormat.BadRow e) {
            skipped.merge("unreadable: " + e.getMessage(), 1L, Long::sum);
            return null;
        }
        if (!o.countries().isEmpty() && !o.countries().contains(row.countryCode())) {
            skipped.merge("country not selected", 1L, Long::sum);
            return null;
        }
        if (!o.featureClasses().contains(row.featureClass())) {
            skipped.merge("feature class not selected", 1L, Long::sum);
            return null;
        }
        if (!o.latinAndArabicAlternatesOnly()) {
            return line;
        }
        String[] f = line.split("\t", -1);
        f[3] = row.alternates().stream().filter(GazetteerImport::latinOrArabic).collect(Collectors.joining(","));
        return String.join("\t", f);
    }

    private static String keepAdmin(String line, Options o, Map<String, Long> skipped) {
        try {
            if (GeoNamesFormat.parseAdmin(line) == null) {
                return null;
            }
        } catch (GeoNamesFormat.BadRow e) {
            skipped.merge("unreadable: " + e.getMessage(), 1L, Long::sum);
            return null;
        }
        if (!o.countries().isEmpty() && !o.countries().contains(line.substring(0, 2))) {
            skipped.merge("country not selected", 1L, Long::sum);
            return null;
        }
        return line;
    }

    /** Same rule as the bundled build (src/build/make_bundled_gazetteer.py). */
    static boolean latinOrArabic(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.ARABIC
                    && s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                return false;
            }
        }
        return true;
    }

    private static String stem(String fileName) {
        String s = fileName;
        for (String ext : new String[] {".gz", ".zip", ".txt", ".tsv"}) {
            if (s.toLowerCase(Locale.ROOT).endsWith(ext)) {
                s = s.substring(0, s.length() - ext.length());
            }
        }
        s = s.replaceAll("[^A-Za-z0-9_.-]", "_");
        return s.isEmpty() ? "import" : s;
    }
}
