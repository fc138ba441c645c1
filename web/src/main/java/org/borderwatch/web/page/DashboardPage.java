package org.borderwatch.web.page;

import java.util.Locale;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.web.query.DashboardQueries;
import org.borderwatch.web.query.DashboardQueries.Dashboard;
import org.borderwatch.web.query.DashboardQueries.MapPoint;
import org.borderwatch.web.query.IncidentFilter;
import org.jdbi.v3.core.Jdbi;

/** Counts, the monthly chart by perpetrator, the map, and the filters that drive all three. */
final class DashboardPage {
    private final DashboardQueries queries;

    DashboardPage(Jdbi jdbi) {
        this.queries = new DashboardQueries(jdbi);
    }

    String render(IncidentFilter f) {
        Dashboard d = queries.dashboard(f);
        Html h = new Html().raw("<h1>Dashboard</h1>");
        h.raw(filters("/", f));
        var c = d.counts();
        h.f("""
                <div class="cards" id="counts">
                <div class="card"><b id="count-incidents">%s</b>incidents</div><div class="card"><b>%s</b>reports</div>
                <div class="card"><b>%s</b>killed (best estimates)</div><div class="card"><b>%s</b>documents</div>
                <div class="card"><b>%s</b>statements</div><div class="card"><b>%s</b>registered actors</div></div>
                """, c.incidents(), c.reports(), c.killed(), c.documents(), c.statements(), c.actors());
        h.raw("<h2>Incidents and deaths per month, by perpetrator</h2>");
        h.raw("<p class=\"muted\">Each incident counts once, under its strongest-attributed perpetrator (claimed, then "
                + "attributed, then suspected).");
        if (d.undated() > 0) {
            h.f(" %s incidents without a date are not drawn.", d.undated());
        }
        h.raw("</p>").raw(ChartSvg.render(d.months(), d.series()));
        h.raw("<h2>Map</h2><p class=\"muted\">Incidents by place over Natural Earth country outlines; shaded bands "
                + "10, 25 and 50 km either side of international borders. Click a circle for its incident(s).</p>");
        h.raw(MapSvg.render(d.points()));
        h.raw("<h2>Places with most incidents</h2><table><tr><th>place</th><th>province</th><th class=num>incidents</th>"
                + "<th class=num>killed</th><th class=num>km to border</th></tr>");
        for (MapPoint p : d.points().stream().limit(15).toList()) {
            h.f("<tr><td><a href=\"/incidents?place=%s\">%s</a></td><td>%s</td><td class=num>%s</td><td class=num>%s</td>"
                    + "<td class=num>%s</td></tr>", p.placeId(), p.name(), p.admin1(), p.incidents(), p.killed(),
                    p.borderKm() == null ? "" : String.format(Locale.ROOT, "%.0f", p.borderKm()));
        }
        return h.raw("</table>").toString();
    }

    /** The incident filters as a GET form; the values shown are the ones in force. */
    static String filters(String action, IncidentFilter f) {
        Html h = new Html().f("<form class=\"filters\" method=\"get\" action=\"%s\">", action);
        h.f("<label>from<input name=\"from\" type=\"date\" value=\"%s\"></label>", f.from().map(Object::toString).orElse(""));
        h.f("<label>to<input name=\"to\" type=\"date\" value=\"%s\"></label>", f.to().map(Object::toString).orElse(""));
        h.raw("<label>type<select name=\"type\"><option value=\"\">any</option>");
        for (IncidentType t : IncidentType.values()) {
            String v = t.name().toLowerCase(Locale.ROOT);
            h.f("<option value=\"%s\"%s>%s</option>", v, Html.rawString(f.type().filter(t.name()::equals).isPresent()
                    ? " selected" : ""), v.replace('_', ' '));
        }
        h.raw("</select></label>");
        h.f("<label>actor<input name=\"actor\" value=\"%s\" placeholder=\"TTP\"></label>", f.actor().orElse(""));
        h.f("<label>country<input name=\"country\" value=\"%s\" size=\"3\" placeholder=\"PK\"></label>", f.country().orElse(""));
        h.f("<label>province<input name=\"admin1\" value=\"%s\"></label>", f.admin1().orElse(""));
        h.f("<label>within km of border<input name=\"border_km\" type=\"number\" min=\"0\" step=\"any\" value=\"%s\" size=\"5\">"
                + "</label>", f.borderKm().map(Object::toString).orElse(""));
        h.f("<label>words in reports<input name=\"q\" value=\"%s\"></label>", f.q().orElse(""));
        return h.raw("<button type=\"submit\">Filter</button></form>").toString();
    }
}
