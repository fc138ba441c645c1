package org.borderwatch.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.web.query.Views.ConsolidationView;
import org.borderwatch.web.query.Views.DecisionRef;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.ReportView;

/**
 * The consolidation decision on an incident's page, as consolidation stored it: which report each field
 * was chosen from, each source's counts, how each report matched, the analysts' decisions about its
 * reports and the notes; every report named links to its report and its source document.
 */
final class ConsolidationSection {
    private final Map<String, ReportView> byKey = new HashMap<>();

    private ConsolidationSection(List<ReportView> reports) {
        reports.stream().filter(r -> r.reportKey() != null).forEach(r -> byKey.put(r.reportKey(), r));
    }

    static String render(IncidentSummary i, List<ReportView> reports, ConsolidationView c) {
        return c == null ? "" : new ConsolidationSection(reports).html(i, reports, c);
    }

    private String html(IncidentSummary i, List<ReportView> reports, ConsolidationView c) {
        Html h = new Html().raw("<section id=\"consolidation\"><h2>Consolidation decision</h2>");
        JsonNode chosen = c.reconciliation() == null ? null : c.reconciliation().path("chosenFrom");
        h.raw("<h3>Reconciled values</h3><table id=\"reconciled\"><tr><th>field</th><th>value</th><th>chosen from</th></tr>");
        Map<String, String> values = Map.of("type", IncidentPages.label(i.type()), "date", i.date() == null ? "unknown" : i.date(),
                "place", i.place() == null ? "unknown" : i.place().label());
        for (String field : List.of("type", "date", "place")) {
            String from = chosen == null || !chosen.hasNonNull(field) ? null : chosen.get(field).asText();
            h.f("<tr><td>%s</td><td>%s</td><td>%s</td></tr>", field, values.get(field),
                    Html.rawString(from == null ? "—" : link(from)));
        }
        h.f("<tr><td>killed</td><td>%s</td><td>low, best and high over the sources below</td></tr>"
                + "<tr><td>injured</td><td>%s</td><td>low, best and high over the sources below</td></tr></table>",
                IncidentPages.text(i.killed()), IncidentPages.text(i.injured()));
        JsonNode sources = c.reconciliation() == null ? null : c.reconciliation().path("sources");
        if (sources != null && sources.isArray() && !sources.isEmpty()) {
            h.raw("<h3>Counts by source</h3><table id=\"sources\"><tr><th>report</th><th>source</th>"
                    + "<th class=num>killed</th><th class=num>injured</th></tr>");
            for (JsonNode s : sources) {
                h.f("<tr><td>%s</td><td>%s</td><td class=num>%s</td><td class=num>%s</td></tr>",
                        Html.rawString(link(s.path("report").asText())), s.path("source").asText(""),
                        count(s.path("killed")), count(s.path("injured")));
            }
            h.raw("</table>");
        }
        h.raw("<h3>Matches</h3><table id=\"matches\"><tr><th>report</th><th>match score</th><th>features</th>"
                + "<th>matched with</th></tr>");
        for (ReportView r : reports) {
            JsonNode f = r.matchFeatures();
            h.f("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", Html.rawString(link(r.reportKey())),
                    r.matchScore() == null ? (f != null && f.has("decision") ? "joined by an analyst" : "first report")
                            : String.format(Locale.ROOT, "%.2f", r.matchScore()), features(f),
                    Html.rawString(f == null || !f.hasNonNull("with") ? "—" : link(f.get("with").asText())));
        }
        h.raw("</table>");
        h.raw("<h3>Analysts' decisions</h3>");
        if (c.decisions().isEmpty()) {
            h.raw("<p class=\"muted\">No analyst has merged or split its reports: the grouping is consolidation's.</p>");
        } else {
            h.raw("<table id=\"decisions\"><tr><th>when</th><th>who</th><th>decision</th><th>reports</th><th>note</th>"
                    + "<th>status</th></tr>");
            for (DecisionRef d : c.decisions()) {
                h.f("<tr class=\"decision-%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s and %s</td><td>%s</td><td>%s</td></tr>",
                        d.decision(), d.decidedAt(), d.author(), d.decision().equals("same") ? "same incident"
                                : "different incidents", Html.rawString(link(d.reportA())), Html.rawString(link(d.reportB())),
                        d.note() == null ? "" : d.note(), d.live() ? "in force" : "superseded by a later decision");
            }
            h.raw("</table>");
        }
        if (c.notes() != null && c.notes().isArray() && !c.notes().isEmpty()) {
            h.raw("<h3>Notes</h3><ul id=\"notes\">");
            c.notes().forEach(n -> h.f("<li>%s</li>", n.asText()));
            h.raw("</ul>");
        }
        return h.raw("</section>").toString();
    }

    /** A report key as links: to the report on this page and its document, or to the document the key names. */
    private String link(String key) {
        ReportView r = key == null ? null : byKey.get(key);
        if (r != null) {
            Html h = new Html().f("<a href=\"#report-%s\">report %s</a>", r.id(), r.id());
            if (r.document() != null) {
                h.f(" (<a class=\"doc-link\" href=\"/documents/%s\">%s</a>)", r.document().id(),
                        r.document().title() == null ? "document " + r.document().id() : r.document().title());
            } else if (r.sourceRecord() != null) {
                h.f(" (%s)", r.sourceRecord());
            }
            return h.toString();
        }
        if (key != null && key.matches("doc:\\d+:.*")) {
            String doc = key.substring(4, key.indexOf(':', 4));
            return new Html().f("%s (<a class=\"doc-link\" href=\"/documents/%s\">document %s</a>)", key, doc, doc).toString();
        }
        return Html.esc(key == null ? "—" : key);
    }

    private static String count(JsonNode c) {
        if (c == null || c.isNull() || c.isMissingNode()) {
            return "—";
        }
        int low = c.path("low").asInt();
        int best = c.path("best").asInt();
        if (c.path("high").isNull()) {
            return low + "+";
        }
        int high = c.path("high").asInt();
        return low == high ? Integer.toString(best) : low + "–" + high + " (best " + best + ")";
    }

    private static String features(JsonNode f) {
        if (f == null || !f.isObject()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().equals("with") && !e.getKey().equals("decision")) {
                s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asText());
            }
        }
        if (f.hasNonNull("decision")) {
            s.append(s.length() == 0 ? "" : "; ").append(f.get("decision").asText());
        }
        return s.toString();
    }
}
