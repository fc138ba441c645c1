package org.borderwatch.web.page;

import java.util.List;
import org.borderwatch.web.query.DashboardQueries.Series;

/** Incidents and deaths per month as two stacked bar charts, one colour per perpetrator, in inline SVG. */
final class ChartSvg {
    private static final int WIDTH = 820;
    private static final int PANEL = 150;
    private static final int LEFT = 44;
    private static final int TOP = 16;
    private static final int LEGEND_COLUMNS = 3;
    private static final String[] COLOURS = {"#1971c2", "#c92a2a", "#2f9e44", "#f08c00", "#7048e8", "#0c8599",
        "#e64980", "#868e96", "#adb5bd"};

    private ChartSvg() {
    }

    static String render(List<String> months, List<Series> series) {
        int legendRows = (series.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int height = TOP + 2 * (PANEL + 34) + legendRows * 16 + 8;
        Html svg = new Html().f("<svg class=\"chart\" id=\"chart\" width=\"%s\" "
                + "height=\"%s\" viewBox=\"0 0 %s %s\" role=\"img\" aria-label=\"Incidents and deaths per month by "
                + "perpetrator\">", WIDTH, height, WIDTH, height);
        if (months.isEmpty()) {
            return svg.raw("<text x=\"10\" y=\"30\">No dated incidents for these filters.</text></svg>").toString();
        }
        panel(svg, months, series, false, TOP);
        panel(svg, months, series, true, TOP + PANEL + 34);
        int y = TOP + 2 * (PANEL + 34);
        for (int i = 0; i < series.size(); i++) {
            int x = LEFT + (i % LEGEND_COLUMNS) * 255;
            int row = y + (i / LEGEND_COLUMNS) * 16;
            String name = series.get(i).perpetrator();
            svg.f("<rect x=\"%s\" y=\"%s\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%s\" y=\"%s\">%s</text>",
                    x, row - 9, COLOURS[i % COLOURS.length], x + 14, row,
                    name.length() > 38 ? name.substring(0, 37) + "…" : name);
        }
        return svg.raw("</svg>").toString();
    }

    private static void panel(Html svg, List<String> months, List<Series> series, boolean deaths, int top) {
        int n = months.size();
        int[] totals = new int[n];
        for (Series s : series) {
            int[] v = deaths ? s.deaths() : s.incidents();
            for (int i = 0; i < n; i++) {
                totals[i] += v[i];
            }
        }
        int max = 1;
        for (int t : totals) {
            max = Math.max(max, t);
        }
        double plot = WIDTH - LEFT - 10;
        double bar = plot / n;
        svg.f("<g class=\"panel\" data-measure=\"%s\"><text x=\"%s\" y=\"%s\">%s per month</text>",
                deaths ? "deaths" : "incidents", LEFT, top - 4, deaths ? "Deaths" : "Incidents");
        svg.f("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#888\"/>", LEFT, top + PANEL, WIDTH - 10, top + PANEL);
        svg.f("<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text><text x=\"%s\" y=\"%s\" text-anchor=\"end\">0</text>",
                LEFT - 4, top + 10, max, LEFT - 4, top + PANEL);
        int[] base = new int[n];
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            int[] v = deaths ? s.deaths() : s.incidents();
            for (int i = 0; i < n; i++) {
                if (v[i] == 0) {
                    continue;
                }
                double h = (double) v[i] / max * PANEL;
                double y = top + PANEL - (double) base[i] / max * PANEL - h;
                svg.f("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"><title>%s %s: %s %s</title></rect>",
                        MapSvg.fmt(LEFT + i * bar), MapSvg.fmt(y), MapSvg.fmt(Math.max(1, bar - 0.5)), MapSvg.fmt(h),
                        COLOURS[k % COLOURS.length], months.get(i), s.perpetrator(), v[i],
                        deaths ? "killed" : v[i] == 1 ? "incident" : "incidents");
                base[i] += v[i];
            }
        }
        // Up to a dozen labels: months for a short span, else the years (at their January) every so many years.
        if (n <= 24) {
            int step = Math.max(1, (int) Math.ceil(n / 12.0));
            for (int i = 0; i < n; i += step) {
                svg.f("<text x=\"%s\" y=\"%s\">%s</text>", MapSvg.fmt(LEFT + i * bar), top + PANEL + 13, months.get(i));
            }
        } else {
            int years = Math.max(1, (int) Math.ceil(n / 12.0 / 12.0));
            for (int i = 0; i < n; i++) {
                String m = months.get(i);
                if (m.endsWith("-01") && Integer.parseInt(m.substring(0, 4)) % years == 0) {
                    svg.f("<text x=\"%s\" y=\"%s\">%s</text>", MapSvg.fmt(LEFT + i * bar), top + PANEL + 13, m.substring(0, 4));
                }
            }
        }
        svg.raw("</g>");
    }
}
