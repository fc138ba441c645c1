package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hand-kept file of places GeoNames lacks (Besham, Mir Ali, Torkham) and of name variants of
 * provinces, districts and countries (KP, FATA, Wardak…), each row with its source.
 */
final class CuratedPlaces {
    private CuratedPlaces() {}

    /** A row; latitude is NaN for a row that only adds names to an existing entry. */
    record Row(String name, List<String> alternates, double latitude, double longitude, String countryCode,
               String admin1Code, String admin2Code, Precision precision, String source) {
        boolean addsNamesOnly() {
            return Double.isNaN(latitude);
        }
    }

    static List<Row> read(BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 9 || f[8].isBlank()) {
                // A curated row without its source is a bug in the bundle, not something to skip quietly.
                throw new IOException("curated-places.tsv line " + n + ": expected 9 columns ending with a source");
            }
            List<String> alternates = new ArrayList<>();
            for (String a : f[1].split("\\|")) {
                if (!a.isBlank()) {
                    alternates.add(a.trim());
                }
            }
            double lat = f[2].isBlank() ? Double.NaN : Double.parseDouble(f[2]);
            double lon = f[3].isBlank() ? Double.NaN : Double.parseDouble(f[3]);
            rows.add(new Row(f[0].trim(), alternates, lat, lon, f[4].trim().toUpperCase(Locale.ROOT),
                    blankToNull(f[5]), blankToNull(f[6]), Precision.valueOf(f[7].trim()), f[8].trim()));
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
