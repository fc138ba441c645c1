package org.borderwatch.web.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.resolve.place.CountryOutlines;
import org.borderwatch.web.query.DashboardQueries.MapPoint;

/**
 * The incident map as inline SVG, drawn from the bundled Natural Earth data (no tiles): country outlines,
 * the international borders with bands 10, 25 and 50 km either side, and a circle per place sized by its
 * incidents and coloured by its distance to the nearest border. Equirectangular, scaled by the cosine of
 * the middle latitude, which keeps distances true to a few percent over a region this size.
 */
final class MapSvg {
    static final int WIDTH = 820;
    /** The bundled region (Afghanistan and Pakistan), widened when incidents lie outside it. */
    private static final double[] DEFAULT_VIEW = {60.0, 23.3, 78.0, 38.8};
    private static final double KM_PER_DEGREE = 111.195;
    static final double[] BANDS_KM = {50, 25, 10};
    private static final String[] BAND_COLOURS = {"#ffe8cc", "#ffc078", "#ff922b"};
    private static final Map<String, String> BASE = new ConcurrentHashMap<>();

    private final double west;
    private final double south;
    private final double east;
    private final double north;
    private final double xScale;
    private final double pxPerDegree;
    private final int height;

    private MapSvg(double[] view) {
        west = view[0];
        south = view[1];
        east = view[2];
        north = view[3];
        xScale = Math.cos(Math.toRadians((south + north) / 2));
        pxPerDegree = WIDTH / ((east - west) * xScale);
        height = (int) Math.ceil((north - south) * pxPerDegree);
    }

    static String render(List<MapPoint> points) {
        MapSvg map = new MapSvg(view(points));
        String key = String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", map.west, map.south, map.east, map.north);
        String base = BASE.computeIfAbsent(key, k -> map.base());
        Html svg = new Html().f("<svg class=\"map\" id=\"map\" width=\"%s\" "
                        + "height=\"%s\" viewBox=\"0 0 %s %s\" role=\"img\" aria-label=\"Map of incidents\">",
                WIDTH, map.height, WIDTH, map.height);
        svg.raw(base);
        for (MapPoint p : points) {
            double[] xy = map.xy(p.longitude(), p.latitude());
            double r = Math.min(16, 3 + 2 * Math.sqrt(p.incidents()));
            String href = p.incident() != null ? "/incidents/" + p.incident() : "/incidents?place=" + p.placeId();
            String title = p.name() + (p.admin1() == null ? "" : ", " + p.admin1()) + ": " + p.incidents()
                    + (p.incidents() == 1 ? " incident" : " incidents") + ", " + p.killed() + " killed"
                    + (p.borderKm() == null ? "" : String.format(Locale.ROOT, ", %.0f km from the border", p.borderKm()));
            svg.f("<a href=\"%s\"><circle class=\"incident-point band-%s\" data-place=\"%s\" cx=\"%s\" cy=\"%s\" r=\"%s\" "
                            + "fill=\"%s\" fill-opacity=\"0.8\" stroke=\"#7a1f1f\"><title>%s</title></circle></a>",
                    href, band(p.borderKm()), p.name(), fmt(xy[0]), fmt(xy[1]), fmt(r), colour(p.borderKm()), title);
        }
        svg.raw(legend(map.height));
        return svg.raw("</svg>").toString();
    }

    /** The default view, widened to hold every point (with a margin), and no larger than the world. */
    private static double[] view(List<MapPoint> points) {
        double[] v = DEFAULT_VIEW.clone();
        for (MapPoint p : points) {
            v[0] = Math.min(v[0], p.longitude() - 1);
            v[1] = Math.min(v[1], p.latitude() - 1);
            v[2] = Math.max(v[2], p.longitude() + 1);
            v[3] = Math.max(v[3], p.latitude() + 1);
        }
        // Round outwards to whole degrees so that nearby views share one cached base layer.
        return new double[] {Math.max(-180, Math.floor(v[0])), Math.max(-85, Math.floor(v[1])),
                Math.min(180, Math.ceil(v[2])), Math.min(85, Math.ceil(v[3]))};
    }

    private String base() {
        CountryOutlines outlines = CountryOutlines.bundled();
        Html svg = new Html().raw("<rect width=\"100%\" height=\"100%\" fill=\"#dbe9f6\"/>");
        svg.raw("<g class=\"countries\" fill=\"#f4f1ea\" stroke=\"#9a9387\" stroke-width=\"0.6\" fill-rule=\"evenodd\">");
        for (CountryOutlines.Outline c : outlines.countries()) {
            StringBuilder d = new StringBuilder();
            for (double[][] ring : c.rings()) {
                if (visible(ring)) {
                    d.append(path(ring, true));
                }
            }
            if (d.length() > 0) {
                svg.f("<path data-country=\"%s\" d=\"%s\"/>", c.country(), d);
            }
        }
        svg.raw("</g>");
        for (int b = 0; b < BANDS_KM.length; b++) {
            double width = 2 * BANDS_KM[b] / KM_PER_DEGREE * pxPerDegree;
            svg.f("<g class=\"border-band\" data-km=\"%s\" fill=\"none\" stroke=\"%s\" stroke-opacity=\"0.55\" "
                    + "stroke-width=\"%s\" stroke-linecap=\"round\" stroke-linejoin=\"round\">", (int) BANDS_KM[b],
                    BAND_COLOURS[b], fmt(width));
            borders(svg, outlines);
            svg.raw("</g>");
        }
        svg.raw("<g class=\"borders\" fill=\"none\" stroke=\"#5c2d0c\" stroke-width=\"1.3\" stroke-dasharray=\"5 2\">");
        for (CountryOutlines.BorderLine line : outlines.borders()) {
            if (visible(line.points())) {
                svg.f("<path data-border=\"%s\" d=\"%s\"/>", line.pair(), path(line.points(), false));
            }
        }
        return svg.raw("</g>").toString();
    }

    private void borders(Html svg, CountryOutlines outlines) {
        StringBuilder d = new StringBuilder();
        for (CountryOutlines.BorderLine line : outlines.borders()) {
            if (visible(line.points())) {
                d.append(path(line.points(), false));
            }
        }
        svg.f("<path d=\"%s\"/>", d);
    }

    private boolean visible(double[][] pts) {
        double minX = 999, minY = 999, maxX = -999, maxY = -999;
        for (double[] p : pts) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return maxX >= west - 1 && minX <= east + 1 && maxY >= south - 1 && minY <= north + 1;
    }

    /** Drops points closer than half a pixel to the last one drawn: outlines shrink by far, look the same. */
    private String path(double[][] pts, boolean close) {
        StringBuilder d = new StringBuilder();
        double lastX = Double.NaN, lastY = Double.NaN;
        for (int i = 0; i < pts.length; i++) {
            double[] xy = xy(pts[i][0], pts[i][1]);
            if (i > 0 && i < pts.length - 1 && Math.abs(xy[0] - lastX) < 0.5 && Math.abs(xy[1] - lastY) < 0.5) {
                continue;
            }
            d.append(i == 0 ? 'M' : 'L').append(fmt(xy[0])).append(',').append(fmt(xy[1]));
            lastX = xy[0];
            lastY = xy[1];
        }
        return d.append(close ? "Z" : "").toString();
    }

    private double[] xy(double lon, double lat) {
        return new double[] {(lon - west) * xScale * pxPerDegree, (north - lat) * pxPerDegree};
    }

    static String band(Double km) {
        if (km == null) {
            return "unknown";
        }
        for (int i = BANDS_KM.length - 1; i >= 0; i--) {
            if (km <= BANDS_KM[i]) {
                return Integer.toString((int) BANDS_KM[i]);
            }
        }
        return "far";
    }

    private static String colour(Double km) {
        return switch (band(km)) {
            case "10" -> "#c92a2a";
            case "25" -> "#e8590c";
            case "50" -> "#f08c00";
            case "far" -> "#5f3dc4";
            default -> "#868e96";
        };
    }

    private static String legend(int height) {
        Html l = new Html().f("<g class=\"legend\" transform=\"translate(10,%s)\">", height - 92);
        l.raw("<rect x=\"-4\" y=\"-14\" width=\"190\" height=\"100\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
        l.raw("<text y=\"0\">Distance to the nearest border</text>");
        String[][] rows = {{"10", "≤ 10 km"}, {"25", "10–25 km"}, {"50", "25–50 km"}, {"far", "> 50 km"}};
        for (int i = 0; i < rows.length; i++) {
            l.f("<circle cx=\"8\" cy=\"%s\" r=\"5\" fill=\"%s\"/><text x=\"20\" y=\"%s\">%s</text>", 16 + 16 * i,
                    colour(rows[i][0].equals("far") ? 1e9 : Double.parseDouble(rows[i][0])), 20 + 16 * i, rows[i][1]);
        }
        return l.raw("</g>").toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
