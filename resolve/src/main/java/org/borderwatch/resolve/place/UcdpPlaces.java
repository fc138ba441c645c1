package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * UCDP GED's conflict places ("where_coordinates,latitude,longitude,adm_1,adm_2"). UCDP names carry a
 * type word and qualifiers ("Mir Ali Town", "Gandao village, Bara teshsil", "Ali Khel Town (Orakzai)")
 * that are not part of the name a news text uses, so they are split off here.
 */
final class UcdpPlaces {
    private UcdpPlaces() {}

    /**
     * @param name      the cleaned name ("Mir Ali")
     * @param rawName   UCDP's where_coordinates as written, kept as an alternate name
     * @param levelWord District/Agency/Province when the row is an admin unit itself, else null
     */
    record Row(String name, String rawName, double latitude, double longitude, String adm1, String adm2,
               String levelWord) {}

    /**
     * Type words UCDP appends to a settlement's name; dropped (the raw name stays an alternate). "Valley"
     * too: texts say Tirah for the Tirah Valley. Others (Road, Pass, Dam…) are kept.
     */
    private static final Set<String> TYPE_WORDS = Set.of(
            "town", "village", "area", "locality", "city", "suburb", "tehsil", "teshsil", "neighbourhood",
            "neighborhood", "bazaar", "settlement", "valley");
    private static final Set<String> LEVEL_WORDS = Set.of("district", "agency", "province", "distrcit");

    static List<Row> read(BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line = r.readLine(); // header
        if (line == null || !line.startsWith("where_coordinates")) {
            throw new IOException("not a UCDP places file (where_coordinates,latitude,longitude,adm_1,adm_2)");
        }
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = csv(line);
            if (f.size() != 5) {
                continue;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f.get(1));
                lon = Double.parseDouble(f.get(2));
            } catch (NumberFormatException e) {
                continue;
            }
            String raw = f.get(0).trim();
            String base = raw.replaceAll("\\s*\\(.*?\\)\\s*", " ").trim();
            int comma = base.indexOf(',');
            if (comma > 0) {
                base = base.substring(0, comma).trim();
            }
            String[] words = base.split("\\s+");
            String levelWord = null;
            int end = words.length;
            if (end > 1 && LEVEL_WORDS.contains(words[end - 1].toLowerCase())) {
                levelWord = words[end - 1];
                end--;
            } else {
                while (end > 1 && TYPE_WORDS.contains(words[end - 1].toLowerCase())) {
                    end--;
                }
            }
            String name = String.join(" ", java.util.Arrays.copyOf(words, end));
            rows.add(new Row(name, raw, lat, lon, f.get(3).trim(), f.get(4).trim(), levelWord));
        }
        return rows;
    }

    /** Comma-separated fields with double-quoted fields that may hold commas. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
