package org.borderwatch.resolve.place;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reading the GeoNames dump formats: places (19 columns) and admin code tables (4 columns). */
final class GeoNamesFormat {
    private GeoNamesFormat() {}

    static final int PLACE_COLUMNS = 19;
    private static final java.util.regex.Pattern ADMIN_CODE = java.util.regex.Pattern.compile("[A-Z]{2}\\.[^.\\s]+(\\.[^.\\s]+)?");

    /** One row of a GeoNames places dump (cities500, allCountries, XX.txt). */
    record Row(long id, String name, String asciiName, List<String> alternates, double latitude, double longitude,
               char featureClass, String featureCode, String countryCode, String admin1, String admin2,
               long population, String line) {}

    /** A row that cannot be read, with the reason the import reports. */
    static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Opens a dump as text whatever its packing: GeoNames serves .zip (one .txt and a readme), npm and
     * our resources carry .gz, an unpacked .txt is plain. Recognised by magic bytes, not by name.
     */
    static BufferedReader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream text = in;
        if (b0 == 0x1f && b1 == 0x8b) {
            text = new GZIPInputStream(in, 1 << 16);
        } else if (b0 == 'P' && b1 == 'K') {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (!e.isDirectory() && n.endsWith(".txt") && !n.contains("readme")) {
                    break;
                }
            }
            if (e == null) {
                zip.close();
                throw new IOException("no GeoNames .txt file in the zip archive");
            }
            text = zip;
        }
        return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
    }

    static Row parse(String line) throws BadRow {
        String[] f = line.split("\t", -1);
        if (f.length != PLACE_COLUMNS) {
            throw new BadRow("not " + PLACE_COLUMNS + " tab-separated columns");
        }
        long id;
        double lat;
        double lon;
        long pop;
        try {
            id = Long.parseLong(f[0]);
            lat = Double.parseDouble(f[4]);
            lon = Double.parseDouble(f[5]);
            pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
            throw new BadRow("unreadable id, coordinates or population");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new BadRow("coordinates out of range");
        }
        if (f[1].isBlank()) {
            throw new BadRow("no name");
        }
        if (f[8].length() != 2) {
            throw new BadRow("no country code");
        }
        List<String> alternates = new ArrayList<>();
        if (!f[3].isEmpty()) {
            for (String a : f[3].split(",")) {
                if (!a.isBlank()) {
                    alternates.add(a.trim());
                }
            }
        }
        char fc = f[6].isEmpty() ? ' ' : f[6].charAt(0);
        String ascii = f[2].isBlank() ? f[1] : f[2];
        return new Row(id, f[1], ascii, alternates, lat, lon, fc, f[7], f[8].toUpperCase(Locale.ROOT),
                f[10], f[11], pop, line);
    }

    /**
     * A row of admin1CodesASCII.txt / admin2Codes.txt: code, name, ascii name, geonameid. Returns null
     * for comments and blank lines.
     */
    static String[] parseAdmin(String line) throws BadRow {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 2 || !ADMIN_CODE.matcher(f[0]).matches()) {
            throw new BadRow("not an admin code row");
        }
        return f;
    }

    /** Whether a first data line looks like an admin code table rather than a places dump. */
    static boolean looksLikeAdminCodes(String line) {
        String[] f = line.split("\t", -1);
        return f.length >= 2 && f.length <= 4 && ADMIN_CODE.matcher(f[0]).matches();
    }

    /** Admin level of a code: 1 for "PK.03", 2 for "PK.03.7419053". */
    static int adminLevel(String code) {
        return code.chars().filter(c -> c == '.').count() == 1 ? 1 : 2;
    }
}
