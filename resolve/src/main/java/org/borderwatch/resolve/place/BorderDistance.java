package org.borderwatch.resolve.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Distance from a point to the nearest international land border, from Natural Earth: the 1:50m
 * country polygons, whose arcs shared by two countries are their borders (an arc of one country only is
 * coast, not a border), with the Afghanistan–Pakistan border replaced by the finer 1:10m line.
 *
 * <p>Distances are great-circle distances on a sphere of the Earth's mean radius (6371.0088 km) to the
 * exact border geometry: each border segment is taken as the great-circle arc between its two vertices
 * and the point's distance to it computed in closed form (cross-track distance, or the distance to an
 * end). Natural Earth draws a segment straight in longitude/latitude instead; for its segments of a few
 * km the two differ by metres. A JTS STR-tree finds the segments near the point, searching a box that is
 * widened until it holds a segment closer than the box's own radius. Immutable and thread-safe.
 */
public final class BorderDistance {
    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final String RESOURCES = "/org/borderwatch/resolve/place/";
    /**
     * Features of Natural Earth 1:50m without an ISO code. Siachen Glacier is a unit of its own there;
     * it is held by India since 1984, so its line with Pakistan is taken as the India–Pakistan line
     * and its line with India is no border.
     */
    private static final Map<String, String> UNCODED = Map.of("Siachen Glacier", "IN", "Kosovo", "XK");
    private static volatile BorderDistance bundled;

    private final double[][] segments; // lat1, lon1, lat2, lon2 per segment
    /** Unit vectors of each segment's two ends, precomputed: a query then needs no trigonometry per segment. */
    private final double[][] segmentVectors;
    private final int[] segmentPair;
    private final List<String[]> pairs = new ArrayList<>();
    private final STRtree segmentTree = new STRtree();
    private final STRtree countryTree = new STRtree();
    private final GeometryFactory geometry = new GeometryFactory();

    /** The bundled Natural Earth data, loaded once per JVM. */
    public static BorderDistance bundled() {
        BorderDistance b = bundled;
        if (b == null) {
            synchronized (BorderDistance.class) {
                b = bundled;
                if (b == null) {
                    try {
                        b = new BorderDistance();
                    } catch (IOException e) {
                        throw new UncheckedIOException("bundled border data unreadable", e);
                    }
                    bundled = b;
                }
            }
        }
        return b;
    }

    /** A fresh copy of the bundled data (for measuring the load; use {@link #bundled()}). */
    static BorderDistance loadBundled() throws IOException {
        return new BorderDistance();
    }

    private BorderDistance() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> numericToAlpha2 = new HashMap<>();
        try (BufferedReader r = Gazetteer.resource("countries.tsv")) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                numericToAlpha2.put(f[2], f[0]);
            }
        }
        JsonNode topology;
        try (BufferedReader r = Gazetteer.resource("natural-earth-countries-50m.topojson.gz")) {
            topology = json.readTree(r);
        }
        List<double[][]> arcs = TopoJson.arcs(topology);
        List<Set<String>> arcUsers = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            arcUsers.add(new TreeSet<>());
        }
        for (JsonNode g : topology.get("objects").get("countries").get("geometries")) {
            String name = g.path("properties").path("name").asText();
            String code = g.hasNonNull("id") ? numericToAlpha2.getOrDefault(g.get("id").asText(), name)
                    : UNCODED.getOrDefault(name, name);
            for (List<int[]> polygon : TopoJson.polygons(g)) {
                for (int[] ring : polygon) {
                    for (int ref : ring) {
                        arcUsers.get(TopoJson.index(ref)).add(code);
                    }
                }
                addCountryPolygon(code, polygon, arcs);
            }
        }
        List<double[]> segs = new ArrayList<>();
        List<Integer> segPairs = new ArrayList<>();
        Map<String, Integer> pairIndex = new HashMap<>();
        for (int i = 0; i < arcs.size(); i++) {
            Set<String> users = arcUsers.get(i);
            if (users.size() != 2 || users.equals(Set.of("AF", "PK"))) {
                continue; // coast (one user), or the AF–PK line taken from the finer 1:10m file below
            }
            String[] ab = users.toArray(String[]::new);
            addLine(arcs.get(i), pairIndex.computeIfAbsent(ab[0] + "–" + ab[1], k -> addPair(ab)), segs, segPairs);
        }
        JsonNode afPk;
        try (BufferedReader r = Gazetteer.resource("af-pk-border-10m.geojson.gz")) {
            afPk = json.readTree(r);
        }
        int afPkPair = pairIndex.computeIfAbsent("AF–PK", k -> addPair(new String[] {"AF", "PK"}));
        for (JsonNode f : afPk.get("features")) {
            JsonNode geom = f.get("geometry");
            JsonNode lines = geom.get("type").asText().equals("LineString")
                    ? json.createArrayNode().add(geom.get("coordinates")) : geom.get("coordinates");
            for (JsonNode line : lines) {
                double[][] pts = new double[line.size()][];
                for (int k = 0; k < pts.length; k++) {
                    pts[k] = new double[] {line.get(k).get(0).asDouble(), line.get(k).get(1).asDouble()};
                }
                addLine(pts, afPkPair, segs, segPairs);
            }
        }
        segments = segs.toArray(double[][]::new);
        segmentPair = segPairs.stream().mapToInt(Integer::intValue).toArray();
        segmentVectors = new double[segments.length][];
        for (int s = 0; s < segments.length; s++) {
            double[] a = vector(segments[s][0], segments[s][1]);
            double[] b = vector(segments[s][2], segments[s][3]);
            segmentVectors[s] = new double[] {a[0], a[1], a[2], b[0], b[1], b[2]};
        }
        for (int s = 0; s < segments.length; s++) {
            double[] g = segments[s];
            segmentTree.insert(new Envelope(g[1], g[3], g[0], g[2]), s);
        }
        segmentTree.build();
        countryTree.build();
    }

    private int addPair(String[] ab) {
        pairs.add(ab);
        return pairs.size() - 1;
    }

    private static void addLine(double[][] lonLat, int pair, List<double[]> segs, List<Integer> segPairs) {
        for (int k = 1; k < lonLat.length; k++) {
            double[] a = lonLat[k - 1];
            double[] b = lonLat[k];
            if (Math.abs(a[0] - b[0]) > 180 || (a[0] == b[0] && a[1] == b[1])) {
                continue; // no land border crosses the antimeridian; zero-length segments say nothing
            }
            segs.add(new double[] {a[1], a[0], b[1], b[0]});
            segPairs.add(pair);
        }
    }

    private void addCountryPolygon(String code, List<int[]> rings, List<double[][]> arcs) {
        List<LinearRing> lr = new ArrayList<>();
        for (int[] ring : rings) {
            List<double[]> pts = TopoJson.ring(ring, arcs);
            if (pts.size() < 3) {
                continue;
            }
            Coordinate[] cs = new Coordinate[pts.size() + 1];
            for (int k = 0; k < pts.size(); k++) {
                cs[k] = new Coordinate(pts.get(k)[0], pts.get(k)[1]);
            }
            cs[pts.size()] = cs[0];
            if (cs.length >= 4) {
                lr.add(geometry.createLinearRing(cs));
            }
        }
        if (lr.isEmpty()) {
            return;
        }
        Polygon polygon = geometry.createPolygon(lr.get(0), lr.subList(1, lr.size()).toArray(LinearRing[]::new));
        countryTree.insert(polygon.getEnvelopeInternal(), new Object[] {code, PreparedGeometryFactory.prepare(polygon)});
    }

    /** Great-circle distance in km from the point to the nearest international land border. */
    public double distanceKm(double latitude, double longitude) {
        return nearestBorder(latitude, longitude).distanceKm();
    }

    /** The nearest international land border, the pair of countries it separates and its nearest point. */
    public NearestBorder nearestBorder(double latitude, double longitude) {
        return nearest(latitude, longitude, -1, false);
    }

    /** The same by scanning every segment: slow, for checking the indexed search in tests. */
    NearestBorder nearestByScan(double latitude, double longitude) {
        return nearest(latitude, longitude, -1, true);
    }

    /**
     * The nearest point of the border between two given countries (e.g. "AF", "PK": a commitment's
     * "within 50 km of the border" means that border, not whichever is nearest).
     *
     * @throws IllegalArgumentException if the two countries share no land border in the data
     */
    public NearestBorder nearestBorder(double latitude, double longitude, String countryA, String countryB) {
        String a = countryA.toUpperCase(Locale.ROOT);
        String b = countryB.toUpperCase(Locale.ROOT);
        for (int i = 0; i < pairs.size(); i++) {
            String[] p = pairs.get(i);
            if (p[0].equals(a) && p[1].equals(b) || p[0].equals(b) && p[1].equals(a)) {
                return nearest(latitude, longitude, i, false);
            }
        }
        throw new IllegalArgumentException("no land border between " + a + " and " + b);
    }

    /** The pairs of countries with a land border in the data ("AF–PK", "IN–PK", …). */
    public Set<String> pairs() {
        Set<String> out = new LinkedHashSet<>();
        pairs.forEach(p -> out.add(p[0] + "–" + p[1]));
        return out;
    }

    /** The ISO code of the country whose Natural Earth polygon holds the point (none at sea). */
    public Optional<String> countryAt(double latitude, double longitude) {
        Point pt = geometry.createPoint(new Coordinate(longitude, latitude));
        for (Object o : countryTree.query(pt.getEnvelopeInternal())) {
            Object[] entry = (Object[]) o;
            if (((PreparedGeometry) entry[1]).covers(pt)) {
                return Optional.of((String) entry[0]);
            }
        }
        return Optional.empty();
    }

    private NearestBorder nearest(double lat, double lon, int onlyPair, boolean scan) {
        checkPoint(lat, lon);
        double[] p = vector(lat, lon);
        double best = Double.MAX_VALUE;
        int bestSeg = -1;
        double[] bestPoint = null;
        for (double radiusKm = 50; ; ) {
            List<Integer> candidates = scan || radiusKm > 3000 ? null : candidates(lat, lon, radiusKm);
            int n = candidates == null ? segments.length : candidates.size();
            for (int i = 0; i < n; i++) {
                int s = candidates == null ? i : candidates.get(i);
                if (onlyPair >= 0 && segmentPair[s] != onlyPair) {
                    continue;
                }
                double[] nearestPoint = new double[3];
                double angle = segmentAngle(p, segmentVectors[s], nearestPoint);
                if (angle < best) {
                    best = angle;
                    bestSeg = s;
                    bestPoint = nearestPoint;
                }
            }
            // Every segment within radiusKm was among the candidates: a hit that close is the nearest.
            if (candidates == null || best * EARTH_RADIUS_KM <= radiusKm) {
                break;
            }
            // A segment was found at distance d: a box of radius d holds every closer one, so one more
            // search settles it; with none found, widen fourfold.
            radiusKm = best < Double.MAX_VALUE ? best * EARTH_RADIUS_KM * 1.001 : radiusKm * 4;
        }
        if (bestSeg < 0) {
            throw new IllegalStateException("no border segments loaded");
        }
        String[] ab = pairs.get(segmentPair[bestSeg]);
        double nLat = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, bestPoint[2]))));
        double nLon = Math.toDegrees(Math.atan2(bestPoint[1], bestPoint[0]));
        return new NearestBorder(ab[0] + "–" + ab[1], ab[0], ab[1], best * EARTH_RADIUS_KM, nLat, nLon);
    }

    @SuppressWarnings("unchecked")
    private List<Integer> candidates(double lat, double lon, double radiusKm) {
        // A box holding every point within radiusKm: latitude span exact, longitude span widened by the
        // cosine of the box's most poleward latitude, with 5% to spare.
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM) * 1.05;
        double south = lat - dLat;
        double north = lat + dLat;
        List<Integer> out = new ArrayList<>();
        if (south <= -90 || north >= 90) {
            out.addAll(segmentTree.query(new Envelope(-180, 180, Math.max(-90, south), Math.min(90, north))));
            return out;
        }
        double dLon = dLat / Math.cos(Math.toRadians(Math.max(Math.abs(south), Math.abs(north))));
        if (dLon >= 180) {
            out.addAll(segmentTree.query(new Envelope(-180, 180, south, north)));
            return out;
        }
        double west = lon - dLon;
        double east = lon + dLon;
        out.addAll(segmentTree.query(new Envelope(Math.max(-180, west), Math.min(180, east), south, north)));
        if (west < -180) {
            out.addAll(segmentTree.query(new Envelope(west + 360, 180, south, north)));
        }
        if (east > 180) {
            out.addAll(segmentTree.query(new Envelope(-180, east - 360, south, north)));
        }
        return out;
    }

    /**
     * Angle (radians) from unit vector p to the great-circle arc between unit vectors ab[0..2] and
     * ab[3..5]; writes the nearest point of the arc into nearest. Cross-track when the foot of the
     * perpendicular falls on the arc, else the nearer end.
     */
    static double segmentAngle(double[] p, double[] ab, double[] nearest) {
        double[] a = {ab[0], ab[1], ab[2]};
        double[] b = {ab[3], ab[4], ab[5]};
        double[] n = cross(a, b);
        double nn = norm(n);
        if (nn > 1e-15) {
            scale(n, 1 / nn);
            double sinD = dot(p, n);
            double[] foot = {p[0] - sinD * n[0], p[1] - sinD * n[1], p[2] - sinD * n[2]};
            double footNorm = norm(foot);
            if (footNorm > 1e-15) {
                scale(foot, 1 / footNorm);
                if (dot(cross(a, foot), n) >= 0 && dot(cross(foot, b), n) >= 0) {
                    System.arraycopy(foot, 0, nearest, 0, 3);
                    return Math.atan2(Math.abs(sinD), footNorm);
                }
            }
        }
        double da = angle(p, a);
        double db = angle(p, b);
        System.arraycopy(da <= db ? a : b, 0, nearest, 0, 3);
        return Math.min(da, db);
    }

    /** Great-circle distance in km (haversine). */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static void checkPoint(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a latitude/longitude: " + lat + ", " + lon);
        }
    }

    static double[] vector(double lat, double lon) {
        double la = Math.toRadians(lat);
        double lo = Math.toRadians(lon);
        return new double[] {Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)};
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double norm(double[] u) {
        return Math.sqrt(dot(u, u));
    }

    private static void scale(double[] u, double k) {
        u[0] *= k;
        u[1] *= k;
        u[2] *= k;
    }

    private static double angle(double[] u, double[] v) {
        return Math.atan2(norm(cross(u, v)), dot(u, v));
    }
}
