package org.borderwatch.resolve.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes TopoJSON (the format of Natural Earth via world-atlas): arcs are quantized and
 * delta-encoded, x = (Σdx)·scale + translate; a geometry lists arc indices, ~i meaning arc i reversed.
 * Shared arcs are the point: an arc used by two countries is their border, one used by a single country
 * is coast.
 */
final class TopoJson {
    private TopoJson() {}

    /** Each arc as [lon, lat] points. */
    static List<double[][]> arcs(JsonNode topology) {
        JsonNode t = topology.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (t != null) {
            sx = t.get("scale").get(0).asDouble();
            sy = t.get("scale").get(1).asDouble();
            tx = t.get("translate").get(0).asDouble();
            ty = t.get("translate").get(1).asDouble();
        }
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] pts = new double[arc.size()][];
            double x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (t != null) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    pts[i] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    pts[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs.add(pts);
        }
        return arcs;
    }

    /** Arc indices of every ring of a Polygon or MultiPolygon geometry: polygons → rings → arc refs. */
    static List<List<int[]>> polygons(JsonNode geometry) {
        List<List<int[]>> out = new ArrayList<>();
        String type = geometry.path("type").asText();
        JsonNode arcs = geometry.get("arcs");
        if (arcs == null) {
            return out;
        }
        if (type.equals("Polygon")) {
            out.add(rings(arcs));
        } else if (type.equals("MultiPolygon")) {
            for (JsonNode polygon : arcs) {
                out.add(rings(polygon));
            }
        }
        return out;
    }

    private static List<int[]> rings(JsonNode polygon) {
        List<int[]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            int[] refs = new int[ring.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = ring.get(i).asInt();
            }
            rings.add(refs);
        }
        return rings;
    }

    /** The arc index a reference names, whatever its direction. */
    static int index(int ref) {
        return ref >= 0 ? ref : ~ref;
    }

    /** A ring's points in order, from its arc references (consecutive arcs share their end point). */
    static List<double[]> ring(int[] refs, List<double[][]> arcs) {
        List<double[]> pts = new ArrayList<>();
        for (int ref : refs) {
            double[][] a = arcs.get(index(ref));
            for (int k = 0; k < a.length; k++) {
                double[] p = ref >= 0 ? a[k] : a[a.length - 1 - k];
                if (k == 0 && !pts.isEmpty()) {
                    continue;
                }
                pts.add(p);
            }
        }
        return pts;
    }
}
