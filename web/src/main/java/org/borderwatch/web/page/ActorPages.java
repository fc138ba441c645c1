package org.borderwatch.web.page;

import org.borderwatch.web.Problem;
import org.borderwatch.web.query.ActorQueries;
import org.borderwatch.web.query.ActorQueries.ActorDetail;
import org.borderwatch.web.query.ActorQueries.ActorSummary;
import org.borderwatch.web.query.ActorQueries.Affiliation;
import org.borderwatch.web.query.ActorQueries.MonthCount;
import org.borderwatch.web.query.ActorQueries.YearCount;
import org.borderwatch.web.query.Params;
import org.borderwatch.web.query.StatementQueries.StatementView;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/** Actors, and one actor: aliases, affiliations, incidents attributed, statements made and received, over time. */
final class ActorPages {
    private final ActorQueries actors;

    ActorPages(Jdbi jdbi) {
        this.actors = new ActorQueries(jdbi);
    }

    String list(Params p) {
        Page<ActorSummary> page = actors.list(p);
        Html h = new Html().raw("<h1>Actors</h1><p class=\"muted\">Registry actors, and names the texts use that are "
                + "not resolved to the registry yet (status mention).</p>");
        h.f("<form class=\"filters\" method=\"get\" action=\"/actors\"><label>name<input name=\"q\" value=\"%s\"></label>"
                + "<button>Filter</button></form>", p.text("q").orElse(""));
        h.raw("<table id=\"actors\"><tr><th>actor</th><th>type</th><th>status</th><th class=num>incidents</th>"
                + "<th class=num>statements made</th><th class=num>addressed</th></tr>");
        for (ActorSummary a : page.items()) {
            h.f("<tr><td><a href=\"/actors/%s\">%s</a></td><td>%s</td><td>%s</td><td class=num>%s</td><td class=num>%s</td>"
                            + "<td class=num>%s</td></tr>", Html.rawString(Html.esc(Html.url(a.key()))), a.name(), a.type(),
                    a.status(), a.incidents(), a.statements(), a.addressed());
        }
        h.raw("</table>");
        String q = p.text("q").map(v -> "q=" + Html.url(v)).orElse("");
        return h.raw(IncidentPages.pager("/actors?" + q, page)).toString();
    }

    String detail(String key) {
        ActorDetail d = actors.find(key).orElseThrow(() -> Problem.notFound("no actor named '" + key + "'"));
        ActorSummary a = d.actor();
        Html h = new Html().f("<h1 id=\"actor\">%s</h1><p>%s%s · %s</p>", a.name(), a.type() == null ? "" : a.type(),
                a.country() == null ? "" : " (" + a.country() + ")", a.status());
        if (!d.aliases().isEmpty()) {
            h.f("<p>Also called: %s</p>", String.join(", ", d.aliases()));
        }
        h.raw(affiliations(d.affiliations()));
        if (!d.perYear().isEmpty()) {
            h.raw("<h2>Per year</h2><table id=\"per-year\"><tr><th>year</th><th class=num>incidents attributed</th>"
                    + "<th class=num>statements made</th><th class=num>statements received</th></tr>");
            for (YearCount y : d.perYear()) {
                h.f("<tr><td>%s</td><td class=num>%s</td><td class=num>%s</td><td class=num>%s</td></tr>", y.year(),
                        y.incidents(), y.statementsMade(), y.statementsReceived());
            }
            h.raw("</table>");
        }
        h.raw("<h2>Over time</h2><table id=\"over-time\"><tr><th>month</th><th class=num>incidents attributed</th>"
                + "<th class=num>statements made</th><th class=num>statements received</th></tr>");
        for (MonthCount m : d.overTime()) {
            h.f("<tr><td>%s</td><td class=num>%s</td><td class=num>%s</td><td class=num>%s</td></tr>", m.month(),
                    m.incidents(), m.statementsMade(), m.statementsReceived());
        }
        h.raw("</table>");
        h.f("<h2>Incidents attributed (%s)</h2><ul>", d.incidents().size());
        for (IncidentSummary i : d.incidents()) {
            h.f("<li><a href=\"/incidents/%s\">%s %s</a> %s, killed %s</li>", i.id(), i.date(), IncidentPages.label(i.type()),
                    i.place() == null ? "" : i.place().name(), IncidentPages.text(i.killed()));
        }
        h.raw("</ul>");
        h.raw(statements("Statements made", d.made())).raw(statements("Statements received", d.received()));
        return h.toString();
    }

    /** The registry's affiliation records as a timeline: each with its dates, in the order they began. */
    private static String affiliations(java.util.List<Affiliation> list) {
        if (list.isEmpty()) {
            return "";
        }
        Html h = new Html().raw("<h2>Affiliations over time</h2><table id=\"affiliations\"><tr><th>from</th><th>to</th>"
                + "<th>affiliation</th><th>source</th></tr>");
        for (Affiliation f : list) {
            String relation = IncidentPages.label(f.relation().toLowerCase(java.util.Locale.ROOT));
            Html what = new Html();
            if (f.inbound() && f.relatedId() == null) {
                what.f("%s of this actor%s", relation, f.role() == null ? "" : ": " + f.role());
            } else if (f.inbound()) {
                what.f("<a href=\"/actors/%s\">%s</a> is %s%s this actor", f.relatedId(), f.related(), relation,
                        f.role() == null ? "" : " (" + f.role() + ")");
            } else if (f.relatedId() == null) {
                what.f("%s%s", relation, f.role() == null ? "" : " " + f.role());
            } else {
                what.f("%s%s <a href=\"/actors/%s\">%s</a>", relation, f.role() == null ? "" : " (" + f.role() + ")",
                        f.relatedId(), f.related());
            }
            h.f("<tr class=\"%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", f.inbound() ? "inbound" : "own",
                    f.validFrom() == null ? "undated" : f.validFrom(), f.validTo() == null ? (f.validFrom() == null ? "" : "now")
                            : f.validTo(), Html.raw(what), f.source() == null ? "" : f.source());
        }
        return h.raw("</table>").toString();
    }

    private static String statements(String title, java.util.List<StatementView> list) {
        Html h = new Html().f("<h2>%s (%s)</h2><ul>", title, list.size());
        for (StatementView s : list) {
            h.f("<li><a href=\"/statements/%s\">%s</a> %s %s%s: “%s”</li>", s.id(), s.date(), s.speaker(),
                    IncidentPages.label(s.type()), s.addressee() == null ? "" : " → " + s.addressee(), s.quote());
        }
        return h.raw("</ul>").toString();
    }
}
