package org.borderwatch.web.page;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.query.StatementQueries.StatementView;
import org.borderwatch.web.query.Views.Estimate;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.ReportView;
import org.borderwatch.web.review.ReviewRequest;
import org.borderwatch.web.review.ReviewService;
import org.borderwatch.web.review.Reviewable;
import org.jdbi.v3.core.Jdbi;

/**
 * The review forms on the incident and statement pages and their POST handlers: accept, reject, or edit
 * with the version the analyst saw, then back to the page (303). The access policy has already checked
 * that the post comes from our own pages.
 */
final class ReviewForms {
    private final ReviewService service;

    ReviewForms(Jdbi jdbi) {
        this.service = new ReviewService(jdbi);
    }

    void report(Context ctx, Reviewer who) {
        apply(ctx, who, Reviewable.REPORT, Pages.numericId(ctx, "report"));
    }

    void statement(Context ctx, Reviewer who) {
        apply(ctx, who, Reviewable.STATEMENT, Pages.numericId(ctx, "statement"));
    }

    void incident(Context ctx, Reviewer who) {
        String raw = ctx.pathParam("id");
        long id = IncidentQueries.Key.parse(raw).filter(IncidentQueries.Key::consolidated).map(IncidentQueries.Key::id)
                .orElseThrow(() -> Problem.notFound("no consolidated incident with id '" + raw + "'"));
        apply(ctx, who, Reviewable.INCIDENT, id);
    }

    private void apply(Context ctx, Reviewer who, Reviewable kind, long id) {
        ReviewRequest.Action action = ReviewRequest.action(ctx.formParam("action"));
        Map<String, String> changes = new LinkedHashMap<>();
        if (action == ReviewRequest.Action.EDIT) {
            for (String field : kind.fieldNames()) {
                String v = ctx.formParam(field);
                if (v != null) {
                    changes.put(field, v);
                }
            }
        }
        service.review(kind, id, new ReviewRequest(action, ReviewRequest.version(ctx.formParam("version")), changes,
                ctx.formParam("note")), who);
        ctx.redirect(back(ctx.formParam("back")), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Only a path of ours: never another site (an open redirect). */
    private static String back(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }

    static String reportForm(ReportView r, String back) {
        return form("/reports/" + r.id() + "/review", r.version(), back, "report-" + r.id(), List.of(
                select("type", r.type(), IncidentPages.incidentTypes()),
                input("date", r.date(), "YYYY-MM-DD, YYYY-MM, YYYY"),
                input("killed", edit(r.killed()), "6, 12+, 5-7 or 5/6/7"),
                input("injured", edit(r.injured()), "6, 12+, 5-7 or 5/6/7")));
    }

    static String incidentForm(IncidentSummary i) {
        return form("/incidents/" + i.id() + "/review", i.version(), "/incidents/" + i.id(), "incident-" + i.id(), List.of(
                select("type", i.type(), IncidentPages.incidentTypes()),
                input("date", i.date(), "YYYY-MM-DD, YYYY-MM, YYYY"),
                input("killed", edit(i.killed()), "6, 12+, 5-7 or 5/6/7"),
                input("injured", edit(i.injured()), "6, 12+, 5-7 or 5/6/7")));
    }

    static String statementForm(StatementView s, String back) {
        List<String> types = java.util.Arrays.stream(StatementType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
        return form("/statements/" + s.id() + "/review", s.version(), back, "statement-" + s.id(), List.of(
                select("type", s.type(), types),
                input("speaker", s.speaker(), "who said it"),
                input("addressee", s.addressee(), "to whom"),
                input("proposition", s.proposition(), "normalised proposition"),
                select("negated", Boolean.toString(s.negated()), List.of("false", "true"))));
    }

    /** One form, three buttons: accept and reject ignore the fields, edit sends them. */
    private static String form(String action, int version, String back, String id, List<String> fields) {
        Html h = new Html().f("<form class=\"review\" id=\"review-%s\" method=\"post\" action=\"%s\">"
                + "<input type=\"hidden\" name=\"version\" value=\"%s\"><input type=\"hidden\" name=\"back\" value=\"%s\">",
                id, action, version, back);
        fields.forEach(h::raw);
        h.raw("<input name=\"note\" placeholder=\"note (optional)\" size=\"18\"> "
                + "<button name=\"action\" value=\"edit\">Save edit</button> "
                + "<button name=\"action\" value=\"accept\">Accept</button> "
                + "<button name=\"action\" value=\"reject\">Reject</button>");
        return h.raw("</form>").toString();
    }

    private static String input(String name, String value, String hint) {
        return new Html().f("<label>%s <input name=\"%s\" value=\"%s\" placeholder=\"%s\" size=\"12\"></label> ", name, name,
                value == null ? "" : value, hint).toString();
    }

    private static String select(String name, String value, List<String> options) {
        Html h = new Html().f("<label>%s <select name=\"%s\">", name, name);
        for (String o : options) {
            h.f("<option value=\"%s\"%s>%s</option>", o, Html.rawString(o.equals(value) ? " selected" : ""),
                    o.replace('_', ' '));
        }
        return h.raw("</select></label> ").toString();
    }

    /** An estimate as the edit field takes it back: 6, 12+, or low/best/high. */
    private static String edit(Estimate e) {
        if (e == null) {
            return "";
        }
        if (e.high() == null) {
            return e.low() + "+";
        }
        return e.low() == e.high() ? Integer.toString(e.best()) : e.low() + "/" + e.best() + "/" + e.high();
    }
}
