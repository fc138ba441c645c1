package org.borderwatch.resolve.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundled Natural Earth geometry for drawing maps: country outlines (1:50m) and international land
 * borders, i.e. the arcs two countries share, with the Afghanistan–Pakistan border from the finer 1:10m
 * line (as {@link BorderDistance} measures them). Points are [longitude, latitude]. Immutable.
 */
public final class CountryOutlines {
    /** One country's rings (outer and holes alike: a map fills them with the even-odd rule). */
    public record Outline(String country, List<double[][]> rings) {
    }

    /** A border line and the pair of countries it separates ("AF–PK"). */
    public record BorderLine(String pair, double[][] points) {
    }

    private static volatile CountryOutlines bundled;
    private final List<Outline> countries;
    private final List<BorderLine> borders;

    private CountryOutlines(List<Outline> countries, List<BorderLine> borders) {
        this.countries = List.copyOf(countries);
        this.borders = List.copyOf(borders);
    }

    public static CountryOutlines bundled() {
        CountryOutlines b = bundled;
        if (b == null) {
            synchronized (CountryOutlines.class) {
                if (bundled == null) {
                    try {
                        bundled = load();
                    } catch (IOException e) {
                        throw new UncheckedIOException("bundled country outlines unreadable", e);
                    }
                }
                b = bundled;
            }
        }
        return b;
    }

    public List<Outline> countries() {
        return countries;
    }

    public List<BorderLine> borders() {
        return borders;
    }

    private static CountryOutlines load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> alpha2 = new HashMap<>();
        try (BufferedReader r = Gazetteer.resource("countries.tsv")) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                alpha2.put(f[2], f[0]);
            }
        }
        JsonNode topology;
        try (BufferedReader r = Gazetteer.resource("natural-earth-countries-50m.topojson.gz")) {
            topology = json.readTree(r);
        }
        List<double[][]> arcs = TopoJson.arcs(topology);
        List<Set<String>> users = new ArrayList<>();
        arcs.forEach(a -> users.add(new TreeSet<>()));
        List<Outline> countries = new ArrayList<>();
        for (JsonNode g : topology.get("objects").get("countries").get("geometries")) {
            String name = g.path("properties").path("name").asText();
            String code = g.hasNonNull("id") ? alpha2.getOrDefault(g.get("id").asText(), name) : name;
            List<double[][]> rings = new ArrayList<>();
            for (List<int[]> polygon : TopoJson.polygons(g)) {
                for (int[] ring : polygon) {
                    for (int ref : ring) {
                        users.get(TopoJson.index(ref)).add(code);
                    }
                    rings.add(TopoJson.ring(ring, arcs).toArray(double[][]::new));
                }
            }
            countries.add(new Outline(code, rings));
        }
        List<BorderLine> borders = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            if (users.get(i).size() == 2 && !users.get(i).equals(Set.of("AF", "PK"))) {
                borders.add(new BorderLine(String.join("–", users.get(i)), arcs.get(i)));
            }
        }
        JsonNode afPk;
        try (BufferedReader r = Gazetteer.resource("af-pk-border-10m.geojson.gz")) {
            afPk = json.readTree(r);
        }
        for (JsonNode f : afPk.get("features")) {
            JsonNode geom = f.get("geometry");
            List<JsonNode> lines = new ArrayList<>();
            if (geom.get("type").asText().equals("LineString")) {
                lines.add(geom.get("coordinates"));
            } else {
                geom.get("coordinates").forEach(lines::add);
            }
            for (JsonNode line : lines) {
                double[][] pts = new double[line.size()][];
                for (int k = 0; k < pts.length; k++) {
                    pts[k] = new double[] {line.get(k).get(0).asDouble(), line.get(k).get(1).asDouble()};
                }
                borders.add(new BorderLine("AF–PK", pts));
            }
        }
        return new CountryOutlines(countries, borders);
    }
}
