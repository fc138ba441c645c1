package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assembles the gazetteer from its sources: countries, GeoNames admin names and places (bundled and
 * imported), curated places and variants, UCDP places; then makes provinces and districts places
 * themselves, located at their seat when GeoNames has one.
 */
final class GazetteerBuilder {
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> admin2Names = new HashMap<>();
    private final Map<String, Place> countries = new LinkedHashMap<>();
    private final Map<Long, Place> geonames = new LinkedHashMap<>();
    /** Provinces and districts as places, by full admin code. */
    private final Map<String, Place> admins = new LinkedHashMap<>();
    private final List<Place> others = new ArrayList<>();
    private final List<CuratedPlaces.Row> curated = new ArrayList<>();
    private final List<UcdpPlaces.Row> ucdp = new ArrayList<>();
    private String ucdpCountry;
    /** "CC|LEVEL|admin key" → provinces or districts, built once the curated variants are in. */
    private Map<String, List<Place>> adminKeys;
    private final Map<String, java.util.Optional<Place>> resolved = new HashMap<>();
    /** What was left out and why: reported, never silent. */
    final Map<String, Long> skipped = new TreeMap<>();

    void readCountries(BufferedReader r) throws IOException {
        String line = r.readLine(); // header
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                continue;
            }
            Place c = new Place(f[3], f[0], Double.parseDouble(f[5]), Double.parseDouble(f[6]), null,
                    Precision.COUNTRY, 0, "PCLI", "ISO 3166-1; point inside its Natural Earth polygon");
            c.alternates.add(f[1]);
            for (String a : f[4].split("\\|")) {
                if (!a.isBlank()) {
                    c.alternates.add(a);
                }
            }
            countries.put(f[0], c);
        }
    }

    void readAdminCodes(BufferedReader r) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            String[] f;
            try {
                f = GeoNamesFormat.parseAdmin(line);
            } catch (GeoNamesFormat.BadRow e) {
                skipped.merge("admin code row: " + e.getMessage(), 1L, Long::sum);
                continue;
            }
            if (f == null) {
                continue;
            }
            String name = f.length > 2 && !f[2].isBlank() ? f[2] : f[1];
            (GeoNamesFormat.adminLevel(f[0]) == 1 ? admin1Names : admin2Names).put(f[0], name);
        }
    }

    void readPlaces(BufferedReader r, String source) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            GeoNamesFormat.Row row;
            try {
                row = GeoNamesFormat.parse(line);
            } catch (GeoNamesFormat.BadRow e) {
                skipped.merge("GeoNames row: " + e.getMessage(), 1L, Long::sum);
                continue;
            }
            addGeoNames(row, source);
        }
    }

    private void addGeoNames(GeoNamesFormat.Row row, String source) {
        String fc = row.featureCode();
        Precision precision = row.featureClass() != 'A' ? Precision.TOWN
                : fc.startsWith("PCL") ? Precision.COUNTRY
                : fc.startsWith("ADM1") ? Precision.PROVINCE
                : fc.startsWith("ADM") ? Precision.DISTRICT : Precision.TOWN;
        Place p = new Place(row.asciiName(), row.countryCode(), row.latitude(), row.longitude(), row.id(),
                precision, row.population(), fc, source);
        if (!row.asciiName().equals(row.name())) {
            p.alternates.add(row.name());
        }
        p.alternates.addAll(row.alternates());
        String a1 = row.admin1().isEmpty() || row.admin1().equals("00") ? null : row.countryCode() + "." + row.admin1();
        p.admin1Code = a1;
        p.admin2Code = a1 == null || row.admin2().isEmpty() ? null : a1 + "." + row.admin2();
        if (precision == Precision.COUNTRY) {
            Place c = countries.get(row.countryCode());
            if (c != null) {
                c.alternates.add(row.asciiName());
                c.alternates.addAll(p.alternates);
                return;
            }
        } else if (fc.equals("ADM1") && a1 != null) {
            admins.put(a1, p);
        } else if (fc.equals("ADM2") && p.admin2Code != null) {
            admins.put(p.admin2Code, p);
        }
        geonames.put(row.id(), p); // a later file (an import) replaces the bundled row
    }

    void readCurated(BufferedReader r) throws IOException {
        curated.addAll(CuratedPlaces.read(r));
    }

    void readUcdp(BufferedReader r, String countryCode) throws IOException {
        ucdp.addAll(UcdpPlaces.read(r));
        ucdpCountry = countryCode;
    }

    NameIndex build() {
        List<Place> towns = geonames.values().stream().filter(p -> p.precision == Precision.TOWN).toList();
        Set<String> present = geonames.values().stream().map(p -> p.countryCode).collect(Collectors.toSet());
        makeAdminPlaces(present);
        nameAdminRows();
        applyCurated();
        Map<Place, double[]> ucdpAdminPoints = applyUcdp();
        locateAdmins(towns, ucdpAdminPoints);

        List<Place> all = new ArrayList<>(countries.values());
        all.addAll(admins.values());
        Set<Place> adminSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        adminSet.addAll(admins.values());
        geonames.values().stream().filter(p -> p.precision != Precision.COUNTRY && !adminSet.contains(p)).forEach(all::add);
        all.addAll(others);
        for (Place p : all) {
            if (p.admin1Name == null && p.admin1Code != null) {
                p.admin1Name = admin1Names.get(p.admin1Code);
            }
            if (p.admin2Name == null && p.admin2Code != null) {
                p.admin2Name = admin2Names.get(p.admin2Code);
            }
        }
        List<Place> located = all.stream().filter(Place::hasCoordinates).toList();
        if (located.size() < all.size()) {
            skipped.merge("place without coordinates (an admin unit with no member place)", (long) (all.size() - located.size()), Long::sum);
        }
        return new NameIndex(located);
    }

    private void makeAdminPlaces(Set<String> present) {
        admin1Names.forEach((code, name) -> {
            if (present.contains(code.substring(0, 2))) {
                admins.computeIfAbsent(code, c -> admin(c, name, Precision.PROVINCE, "ADM1"));
            }
        });
        admin2Names.forEach((code, name) -> {
            if (present.contains(code.substring(0, 2))) {
                admins.computeIfAbsent(code, c -> admin(c, name, Precision.DISTRICT, "ADM2"));
            }
        });
    }

    private void nameAdminRows() {
        // An ADM1/ADM2 row of a dump ("Province of Aleppo") also answers to the admin table's name.
        admins.forEach((code, p) -> {
            String tableName = (p.precision == Precision.PROVINCE ? admin1Names : admin2Names).get(code);
            if (tableName != null && p.geonamesId != null && !tableName.equals(p.name)) {
                p.alternates.add(tableName);
            }
        });
    }

    private Place admin(String code, String name, Precision precision, String featureCode) {
        Place p = new Place(name, code.substring(0, 2), Double.NaN, Double.NaN, null, precision, 0, featureCode,
                "GeoNames " + (precision == Precision.PROVINCE ? "admin1 " : "admin2 ") + code);
        int second = code.indexOf('.', 3);
        p.admin1Code = second < 0 ? code : code.substring(0, second);
        p.admin2Code = second < 0 ? null : code;
        return p;
    }

    private String codeOf(Place admin) {
        return admin.precision == Precision.PROVINCE ? admin.admin1Code : admin.admin2Code;
    }

    private void applyCurated() {
        for (CuratedPlaces.Row row : curated) {
            if (row.addsNamesOnly()) {
                Place target = switch (row.precision()) {
                    case COUNTRY -> countries.get(row.countryCode());
                    case PROVINCE -> admins.get(row.admin1Code());
                    case DISTRICT -> admins.get(row.admin2Code());
                    // A town is named by its GeoNames name within its district.
                    case TOWN -> geonames.values().stream().filter(p -> p.precision == Precision.TOWN
                            && p.countryCode.equals(row.countryCode()) && Objects.equals(p.admin2Code, row.admin2Code())
                            && Names.key(p.name).equals(Names.key(row.name()))).findFirst().orElse(null);
                };
                if (target == null) {
                    // Normal when the region of the row is not loaded (an import of another region only).
                    skipped.merge("curated variant for an entry not loaded", 1L, Long::sum);
                    continue;
                }
                target.alternates.add(row.name());
                target.alternates.addAll(row.alternates());
                continue;
            }
            Place p = new Place(row.name(), row.countryCode(), row.latitude(), row.longitude(), null,
                    row.precision(), 0, "CURATED", "curated: " + row.source());
            p.alternates.addAll(row.alternates());
            p.admin1Code = row.admin1Code();
            p.admin2Code = row.admin2Code();
            others.add(p);
        }
    }

    /** Adds UCDP settlements; returns the UCDP points of rows that are a district or province itself. */
    private Map<Place, double[]> applyUcdp() {
        Map<Place, double[]> adminPoints = new HashMap<>();
        Place country = countries.get(ucdpCountry);
        for (UcdpPlaces.Row row : ucdp) {
            String key = Names.key(row.name());
            if (country != null && (key.equals(Names.key(country.name))
                    || country.alternates.stream().anyMatch(a -> Names.key(a).equals(key)))) {
                skipped.merge("UCDP row naming the country itself", 1L, Long::sum);
                continue;
            }
            Place a1 = resolveAdmin(Precision.PROVINCE, ucdpCountry, null, row.adm1());
            Place a2 = resolveAdmin(Precision.DISTRICT, ucdpCountry, a1 == null ? null : a1.admin1Code, row.adm2());
            String adminKey = Names.adminKey(row.name());
            boolean isProvince = a1 != null && (adminKey.equals(Names.adminKey(a1.name)) || "Province".equalsIgnoreCase(row.levelWord()));
            boolean isDistrict = !isProvince && (row.levelWord() != null
                    || a2 != null && adminKey.equals(Names.adminKey(a2.name)));
            if (isProvince || isDistrict && a2 != null) {
                adminPoints.putIfAbsent(isProvince ? a1 : a2, new double[] {row.latitude(), row.longitude()});
                continue;
            }
            Place p = new Place(row.name(), ucdpCountry, row.latitude(), row.longitude(), null,
                    isDistrict ? Precision.DISTRICT : Precision.TOWN, 0, "UCDP", "UCDP GED");
            if (!row.rawName().equals(row.name())) {
                p.alternates.add(row.rawName());
            }
            p.admin1Code = a1 == null ? null : a1.admin1Code;
            p.admin1Name = a1 == null && !row.adm1().isBlank() ? row.adm1() : null;
            p.admin2Code = a2 == null ? null : a2.admin2Code;
            p.admin2Name = a2 == null && !row.adm2().isBlank() && !isDistrict ? row.adm2() : null;
            others.add(p);
        }
        return adminPoints;
    }


    /**
     * The province or district another source means by a name ("Khyber Pakhtunkwa Province",
     * "Federally Administered Tribal Areas", "Killa Abdullah District"): same transliteration key of the
     * name without level words, else a unique near key.
     */
    private Place resolveAdmin(Precision level, String cc, String withinAdmin1, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // UCDP repeats a hundred admin names over a thousand rows.
        return resolved.computeIfAbsent(level + "|" + cc + "|" + withinAdmin1 + "|" + raw,
                k -> java.util.Optional.ofNullable(findAdmin(level, cc, withinAdmin1, raw))).orElse(null);
    }

    private Place findAdmin(Precision level, String cc, String withinAdmin1, String raw) {
        if (adminKeys == null) {
            adminKeys = new HashMap<>();
            for (Place p : admins.values()) {
                List<String> names = new ArrayList<>(p.alternates);
                names.add(p.name);
                for (String n : names) {
                    String k = Names.adminKey(n);
                    List<Place> l = adminKeys.computeIfAbsent(p.countryCode + "|" + p.precision + "|" + k, x -> new ArrayList<>());
                    if (!l.contains(p)) {
                        l.add(p);
                    }
                }
            }
        }
        String key = Names.adminKey(raw);
        Predicate<Place> scope = p -> withinAdmin1 == null || withinAdmin1.equals(p.admin1Code);
        List<Place> exact = adminKeys.getOrDefault(cc + "|" + level + "|" + key, List.of()).stream().filter(scope).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        int max = Names.allowedEdits(key);
        if (!exact.isEmpty() || max == 0) {
            return null;
        }
        String prefix = cc + "|" + level + "|";
        Set<Place> near = new java.util.HashSet<>();
        adminKeys.forEach((k, places) -> {
            if (k.startsWith(prefix) && Names.withinEdits(k.substring(prefix.length()), key, max)) {
                places.stream().filter(scope).forEach(near::add);
            }
        });
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /**
     * Coordinates of provinces and districts: their seat in GeoNames (PPLA for a province, PPLA2 for a
     * district, the capital where it is the seat), else the centroid of their GeoNames places, else the
     * point UCDP gives the unit, else the centroid of their other places.
     */
    private void locateAdmins(List<Place> towns, Map<Place, double[]> ucdpPoints) {
        Map<String, List<Place>> members = new HashMap<>();
        for (Place t : towns) {
            if (t.admin1Code != null) {
                members.computeIfAbsent(t.admin1Code, k -> new ArrayList<>()).add(t);
            }
            if (t.admin2Code != null) {
                members.computeIfAbsent(t.admin2Code, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, List<Place>> otherMembers = new HashMap<>();
        for (Place t : others) {
            if (t.precision == Precision.TOWN && t.admin2Code != null) {
                otherMembers.computeIfAbsent(t.admin2Code, k -> new ArrayList<>()).add(t);
            }
            if (t.precision == Precision.TOWN && t.admin1Code != null) {
                otherMembers.computeIfAbsent(t.admin1Code, k -> new ArrayList<>()).add(t);
            }
        }
        for (Place a : admins.values()) {
            if (a.hasCoordinates()) {
                continue; // an ADM1/ADM2 row from an imported dump has its own point
            }
            String code = codeOf(a);
            List<Place> m = members.getOrDefault(code, List.of());
            Set<String> seatCodes = a.precision == Precision.PROVINCE ? Set.of("PPLA", "PPLC") : Set.of("PPLA2", "PPLA", "PPLC");
            Place seat = m.stream().filter(t -> seatCodes.contains(t.featureCode))
                    .max(Comparator.comparing((Place t) -> t.featureCode.equals("PPLA2") || a.precision == Precision.PROVINCE)
                            .thenComparingLong(t -> t.population)).orElse(null);
            if (seat != null) {
                set(a, seat.latitude, seat.longitude, "at its seat " + seat.name);
            } else if (!m.isEmpty()) {
                centroid(a, m, "centroid of its " + m.size() + " GeoNames places");
            } else if (ucdpPoints.containsKey(a)) {
                double[] pt = ucdpPoints.get(a);
                set(a, pt[0], pt[1], "at UCDP GED's point for it");
            } else if (otherMembers.containsKey(code)) {
                List<Place> o = otherMembers.get(code);
                centroid(a, o, "centroid of its " + o.size() + " UCDP/curated places");
            }
        }
        // Districts none of whose places is in cities500 (104 of Afghanistan's 398, Kajaki, Zadran…)
        // still need to be found: at a town of the same name in the province, else, approximately, at
        // their province's point, which the source says.
        Map<String, List<Place>> townsByProvinceAndKey = new HashMap<>();
        for (Place t : towns) {
            if (t.admin1Code != null) {
                townsByProvinceAndKey.computeIfAbsent(t.admin1Code + "|" + Names.adminKey(t.name), k -> new ArrayList<>()).add(t);
            }
        }
        for (Place a : admins.values()) {
            if (a.hasCoordinates() || a.precision != Precision.DISTRICT || a.admin1Code == null) {
                continue;
            }
            List<Place> same = townsByProvinceAndKey.getOrDefault(a.admin1Code + "|" + Names.adminKey(a.name), List.of());
            Place province = admins.get(a.admin1Code);
            if (!same.isEmpty()) {
                Place t = same.stream().max(Comparator.comparingLong(x -> x.population)).orElseThrow();
                set(a, t.latitude, t.longitude, "at the town of the same name " + t.name);
            } else if (province != null && province.hasCoordinates()) {
                set(a, province.latitude, province.longitude,
                        "approximate: no place of the district in the data, at its province's point");
            }
        }
    }

    private static void centroid(Place a, List<Place> m, String how) {
        // Mean of unit vectors, so that a unit across the antimeridian is not placed on the other side.
        double x = 0, y = 0, z = 0;
        for (Place t : m) {
            double la = Math.toRadians(t.latitude), lo = Math.toRadians(t.longitude);
            x += Math.cos(la) * Math.cos(lo);
            y += Math.cos(la) * Math.sin(lo);
            z += Math.sin(la);
        }
        set(a, Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x)), how);
    }

    private static void set(Place a, double lat, double lon, String how) {
        a.latitude = lat;
        a.longitude = lon;
        a.source = a.source + ", " + how;
    }
}
