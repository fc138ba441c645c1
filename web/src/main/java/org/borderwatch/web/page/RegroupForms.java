package org.borderwatch.web.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.ReportView;
import org.borderwatch.web.review.Regrouping;
import org.borderwatch.web.review.ReviewRequest;
import org.jdbi.v3.core.Jdbi;

/**
 * The merge and split forms on a consolidated incident's page and their POST handlers, which go to
 * {@link Regrouping} (the store's analysts' decisions) and then to the incident the analyst goes on to
 * see (303).
 */
final class RegroupForms {
    private final Regrouping regrouping;

    RegroupForms(Jdbi jdbi) {
        this.regrouping = new Regrouping(jdbi);
    }

    void merge(Context ctx, Reviewer who) {
        String with = ctx.formParam("with");
        long other = IncidentQueries.Key.consolidatedId(with).orElseThrow(() -> Problem.badParameter("with",
                "not a consolidated incident id (c<n>): '" + with + "'"));
        Regrouping.Outcome o = regrouping.merge(incident(ctx), other, version(ctx), ctx.formParam("note"), who);
        ctx.redirect("/incidents/c" + o.incident(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void split(Context ctx, Reviewer who) {
        List<Long> reports = new ArrayList<>();
        for (String raw : ctx.formParams("report")) {
            try {
                reports.add(Long.parseLong(raw.strip()));
            } catch (NumberFormatException e) {
                throw Problem.badParameter("report", "not a report id: '" + raw + "'");
            }
        }
        if (reports.isEmpty()) {
            throw Problem.badParameter("report", "tick the reports to move out of this incident");
        }
        Regrouping.Outcome o = regrouping.split(incident(ctx), reports, version(ctx), ctx.formParam("note"), who);
        ctx.redirect("/incidents/c" + o.incident(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static long incident(Context ctx) {
        String raw = ctx.pathParam("id");
        return IncidentQueries.Key.parse(raw).filter(IncidentQueries.Key::consolidated).map(IncidentQueries.Key::id)
                .orElseThrow(() -> Problem.notFound("no consolidated incident with id '" + raw + "'"));
    }

    private static Optional<Integer> version(Context ctx) {
        return Optional.of(ReviewRequest.version(ctx.formParam("version")));
    }

    /** The two forms: merge with another incident; split the ticked reports out (only with two reports or more). */
    static String forms(IncidentSummary i, List<ReportView> reports) {
        Html h = new Html().raw("<h2>Merge or split</h2>");
        h.f("<form class=\"regroup\" id=\"merge-%s\" method=\"post\" action=\"/incidents/%s/merge\">"
                + "<input type=\"hidden\" name=\"version\" value=\"%s\">"
                + "<label>Same incident as <input name=\"with\" placeholder=\"c123\" size=\"8\" required></label> "
                + "<input name=\"note\" placeholder=\"why (optional)\" size=\"24\"> "
                + "<button>Merge</button></form>", i.id(), i.id(), i.version());
        if (reports.size() > 1) {
            h.f("<form class=\"regroup\" id=\"split-%s\" method=\"post\" action=\"/incidents/%s/split\">"
                    + "<input type=\"hidden\" name=\"version\" value=\"%s\">", i.id(), i.id(), i.version());
            for (ReportView r : reports) {
                h.f("<label><input type=\"checkbox\" name=\"report\" value=\"%s\"> report %s%s</label> ", r.id(), r.id(),
                        r.document() == null ? "" : " (" + (r.document().title() == null ? "document " + r.document().id()
                                : r.document().title()) + ")");
            }
            h.raw("<input name=\"note\" placeholder=\"why (optional)\" size=\"24\"> "
                    + "<button>Split the ticked reports out</button></form>");
        }
        return h.toString();
    }
}
