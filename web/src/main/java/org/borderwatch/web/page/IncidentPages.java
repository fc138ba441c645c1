package org.borderwatch.web.page;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.query.ReportQueries;
import org.borderwatch.web.query.Views.AuditEntry;
import org.borderwatch.web.query.Views.Estimate;
import org.borderwatch.web.query.Views.EvidenceRef;
import org.borderwatch.web.query.Views.IncidentDetail;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.IncidentPage;
import org.borderwatch.web.query.Views.Page;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.borderwatch.web.query.Views.PlaceRef;
import org.borderwatch.web.query.Views.ReportView;
import org.borderwatch.web.query.Views.StatementRef;
import org.borderwatch.web.query.Views.VictimRef;
import org.jdbi.v3.core.Jdbi;

/** The incident list and the incident page: its reports, attribution, victims, evidence, consolidation, review. */
final class IncidentPages {
    private final IncidentQueries incidents;
    private final ReportQueries reports;

    IncidentPages(Jdbi jdbi) {
        this.incidents = new IncidentQueries(jdbi);
        this.reports = new ReportQueries(jdbi);
    }

    String list(IncidentFilter f) {
        IncidentPage page = incidents.list(f);
        Html h = new Html().raw("<h1>Incidents</h1>").raw(DashboardPage.filters("/incidents", f));
        h.f("<p>%s incidents. <a href=\"/api/v1/export?format=csv&%s\">CSV</a> · "
                        + "<a href=\"/api/v1/export?format=geojson&%s\">GeoJSON</a> · "
                        + "<a href=\"/api/v1/export?format=stix&%s\">STIX 2.1</a></p>", page.total(), f.query(),
                f.query(), f.query());
        h.raw("<table id=\"incidents\"><tr><th>id</th><th>date</th><th>type</th><th>place</th><th>perpetrators</th>"
                + "<th class=num>killed</th><th class=num>reports</th><th>review</th></tr>");
        for (IncidentSummary i : page.items()) {
            h.f("<tr><td><a href=\"/incidents/%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                            + "<td class=num>%s</td><td class=num>%s</td><td>%s</td></tr>", i.id(), i.id(), i.date(),
                    label(i.type()), i.place() == null ? "" : i.place().label(), perpetrators(i.perpetrators()),
                    text(i.killed()), i.reports(), Html.rawString(status(i.reviewStatus())));
        }
        h.raw("</table>");
        return h.raw(pager(f, page)).toString();
    }

    /** Back to the first page or a page back by offset; on by the page's cursor, so deep pages stay cheap. */
    private static String pager(IncidentFilter f, IncidentPage page) {
        String base = "/incidents?" + (f.query().isEmpty() ? "" : f.query() + "&") + "sort=" + f.sort() + "&limit=" + f.limit();
        Html h = new Html().raw("<p class=\"pager\">");
        if (page.offset() == null) {
            h.f("<a href=\"%s\">← first page</a> ", base);
        } else if (page.offset() > 0) {
            h.f("<a href=\"%s&offset=%s\">← previous</a> ", base, Math.max(0, page.offset() - page.limit()));
        }
        h.f("%s shown of %s ", page.items().size(), page.total());
        if (page.nextCursor() != null) {
            h.f("<a rel=\"next\" href=\"%s&after=%s\">next →</a>", base, page.nextCursor());
        }
        return h.raw("</p>").toString();
    }

    static String pager(String base, Page<?> page) {
        Html h = new Html().raw("<p class=\"pager\">");
        String sep = base.endsWith("?") ? "" : "&";
        if (page.offset() > 0) {
            h.f("<a href=\"%s%soffset=%s&limit=%s\">← previous</a> ", Html.rawString(Html.esc(base)), sep,
                    Math.max(0, page.offset() - page.limit()), page.limit());
        }
        h.f("%s–%s of %s ", page.items().isEmpty() ? 0 : page.offset() + 1, page.offset() + page.items().size(), page.total());
        if (page.offset() + page.items().size() < page.total()) {
            h.f("<a href=\"%s%soffset=%s&limit=%s\">next →</a>", Html.rawString(Html.esc(base)), sep,
                    page.offset() + page.limit(), page.limit());
        }
        return h.raw("</p>").toString();
    }

    String detail(String id, Context ctx, Reviewer who) {
        IncidentDetail d = reports.incident(id).orElseThrow(() -> Problem.notFound("no incident with id '" + id + "'"));
        IncidentSummary i = d.incident();
        if (!i.id().equals(id)) {
            // A report consolidated since: its incident lives under the consolidated id.
            ctx.redirect("/incidents/" + i.id());
            return "";
        }
        Html h = new Html().f("<h1 id=\"incident\" data-id=\"%s\">%s%s%s</h1>", i.id(), label(i.type()),
                i.place() == null ? "" : " in " + i.place().name(), i.date() == null ? "" : ", " + i.date());
        h.f("<p>%s · killed <b id=\"killed\">%s</b> · injured %s · %s · %s %s</p>",
                i.place() == null ? "place unknown" : i.place().label() + distance(i.place()), text(i.killed()),
                text(i.injured()), i.reports() == 1 ? "1 report" : i.reports() + " reports", i.origin(),
                Html.rawString(status(i.reviewStatus())));
        h.raw("<h2>Attribution</h2>");
        if (i.perpetrators().isEmpty()) {
            h.raw("<p>No perpetrator named by any report (attribution: unknown).</p>");
        } else {
            h.raw("<table id=\"attribution\"><tr><th>perpetrator</th><th>status</th><th>attributed by</th></tr>");
            for (PerpetratorRef p : i.perpetrators()) {
                h.f("<tr><td><a href=\"/actors/%s\">%s</a></td><td>%s</td><td>%s</td></tr>",
                        p.actorId() != null ? p.actorId().toString() : Html.url(p.name()), p.name(), p.attribution(),
                        p.attributedBy() == null ? "—" : p.attributedBy());
            }
            h.raw("</table>");
        }
        if (id.startsWith("c")) {
            h.raw("<h2>Consolidated values</h2>").raw(ReviewForms.incidentForm(i)).raw(RegroupForms.forms(i, d.reports()));
        } else {
            h.raw("<p class=\"muted\">Not consolidated yet: this report is shown as an incident of its own.</p>");
        }
        h.raw(ConsolidationSection.render(i, d.reports(), d.consolidation()));
        h.f("<h2>Reports (%s)</h2>", d.reports().size());
        for (ReportView r : d.reports()) {
            h.raw(report(r, id));
        }
        if (!d.statements().isEmpty()) {
            h.raw("<h2>Statements about it</h2><ul>");
            for (StatementRef s : d.statements()) {
                h.f("<li>%s <b>%s</b>%s: “%s” (<a href=\"/documents/%s\">document %s</a>)</li>", s.date(), s.speaker(),
                        " " + label(s.type()) + (s.addressee() == null ? "" : " → " + s.addressee()), s.quote(),
                        s.documentId(), s.documentId());
            }
            h.raw("</ul>");
        }
        h.raw("<h2>Review history</h2>").raw(history(d.history()));
        return h.toString();
    }

    private static String report(ReportView r, String incidentId) {
        boolean grouped = incidentId.startsWith("c");
        Html h = new Html().f("<div class=\"report\" id=\"report-%s\" data-version=\"%s\">", r.id(), r.version());
        h.f("<h3>Report %s %s</h3>", r.id(), Html.rawString(status(r.reviewStatus())));
        if (r.document() != null) {
            h.f("<p>From <a class=\"doc-link\" href=\"/documents/%s\">%s</a> (%s%s)</p>", r.document().id(),
                    r.document().title() == null ? "document " + r.document().id() : r.document().title(),
                    r.document().publisher() == null ? "" : r.document().publisher() + ", ",
                    r.document().published() == null ? "undated" : r.document().published());
        } else if (r.sourceRecord() != null) {
            h.f("<p>From dataset record %s</p>", r.sourceRecord());
        }
        h.f("<p>%s, %s · place %s · killed <span class=\"report-killed\">%s</span>, injured %s%s · %s%s</p>",
                label(r.type()), r.date() == null ? "date unknown" : r.date() + " (" + r.datePrecision() + ")",
                r.place() == null ? String.join(", ", r.placeMentions()) : r.place().label(), text(r.killed()),
                text(r.injured()), r.captured() == null ? "" : ", captured " + r.captured().text(), r.origin(),
                r.reviewedBy() == null ? "" : " · reviewed by " + r.reviewedBy() + " " + r.reviewedAt());
        if (!r.perpetrators().isEmpty()) {
            h.raw("<p>Perpetrators: ");
            for (PerpetratorRef p : r.perpetrators()) {
                h.f("%s (%s%s); ", p.mention(), p.attribution(), p.attributedBy() == null ? "" : " by " + p.attributedBy());
            }
            h.raw("</p>");
        }
        if (!r.victims().isEmpty()) {
            h.raw("<p>Victims: ");
            for (VictimRef v : r.victims()) {
                h.f("%s%s%s%s%s; ", v.nationality() == null ? "" : v.nationality() + " ", v.category(),
                        v.killed() == null ? "" : ", " + v.killed().text() + " killed",
                        v.injured() == null ? "" : ", " + v.injured().text() + " injured",
                        v.captured() == null ? "" : ", " + v.captured().text() + " captured");
            }
            h.raw("</p>");
        }
        for (EvidenceRef e : r.evidence()) {
            h.f("<blockquote><mark>%s</mark> <a class=\"evidence-link\" href=\"/documents/%s?ev=%s#ev-%s\">in the document</a>"
                    + "</blockquote>", e.quote(), e.documentId(), e.id(), e.id());
        }
        if (grouped) {
            h.raw("<p class=\"muted\">Consolidation: ");
            if (r.matchScore() == null) {
                h.raw("first report of this incident.");
            } else {
                h.f("joined with match score %s", String.format(Locale.ROOT, "%.2f", r.matchScore()));
                if (r.matchFeatures() != null && r.matchFeatures().isObject()) {
                    h.raw(" (");
                    for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = r.matchFeatures().fields();
                         it.hasNext(); ) {
                        var f = it.next();
                        h.f("%s %s%s", f.getKey(), f.getValue().asText(), it.hasNext() ? ", " : "");
                    }
                    h.raw(")");
                }
                h.raw(".");
            }
            h.raw("</p>");
        }
        h.raw(ReviewForms.reportForm(r, "/incidents/" + incidentId + "#report-" + r.id()));
        return h.raw("</div>").toString();
    }

    static String history(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return "<p class=\"muted\">No analyst has changed it.</p>";
        }
        Html h = new Html().raw("<table class=\"history\"><tr><th>when</th><th>who</th><th>what</th><th>old</th><th>new</th></tr>");
        for (AuditEntry e : entries) {
            h.f("<tr><td>%s</td><td>%s</td><td>%s %s %s</td><td><code>%s</code></td><td><code>%s</code></td></tr>", e.at(),
                    e.author(), e.action(), e.entity(), e.entityId(), e.oldValue(), e.newValue());
        }
        return h.raw("</table>").toString();
    }

    static String perpetrators(List<PerpetratorRef> list) {
        StringBuilder s = new StringBuilder();
        for (PerpetratorRef p : list) {
            s.append(s.length() == 0 ? "" : "; ").append(p.name()).append(" (").append(p.attribution()).append(')');
        }
        return s.toString();
    }

    private static String distance(PlaceRef p) {
        return p.borderKm() == null ? "" : String.format(Locale.ROOT, ", %.0f km from the %s border", p.borderKm(),
                p.nearestBorder() == null ? "nearest" : p.nearestBorder());
    }

    static String text(Estimate e) {
        return e == null ? "unknown" : e.text();
    }

    static String label(String type) {
        return type == null ? "" : type.replace('_', ' ');
    }

    static String status(String status) {
        return "<span class=\"status status-" + Html.esc(status) + "\">" + Html.esc(status) + "</span>";
    }

    static List<String> incidentTypes() {
        return java.util.Arrays.stream(IncidentType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
