package org.borderwatch.web.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.web.Problem;
import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.accountability.CommitmentJson.CommitmentView;
import org.borderwatch.web.accountability.CommitmentJson.DetailView;
import org.borderwatch.web.accountability.CommitmentJson.EvidenceRefView;
import org.borderwatch.web.accountability.CommitmentJson.MeasureView;
import org.borderwatch.web.accountability.CommitmentJson.PartyView;
import org.borderwatch.web.accountability.CommitmentJson.RatingView;
import org.borderwatch.web.accountability.CommitmentJson.SourceView;
import org.borderwatch.web.accountability.ResultJson.CellView;
import org.borderwatch.web.accountability.ReviewActions;
import org.borderwatch.web.query.Params;

/** Commitments: the list with filters, and one with its sources, status history, indicators and review forms. */
final class CommitmentPages {
    private final AccountabilityService service;

    CommitmentPages(AccountabilityService service) {
        this.service = service;
    }

    String list(Params p) {
        List<String> statuses = Params.lower(List.of(CommitmentStatus.values()));
        List<CommitmentView> rows = service.commitments(ReviewActions.review("review", p.text("review")), p.text("obligor"),
                p.oneOf("status", statuses).map(CommitmentStatus::parse)).stream().map(CommitmentView::of).toList();
        Html h = new Html().raw("<h1>Commitments</h1><p class=\"muted\">What one actor owes another: suggested from "
                + "demands, promises and recommendations, confirmed by an analyst, rated with evidence.</p>");
        h.f("<form class=\"filters\" method=\"get\" action=\"/commitments\"><label>obligor<input name=\"obligor\" value=\"%s\">"
                + "</label>", p.text("obligor").orElse(""));
        h.raw(select("review", p.text("review").orElse(""), List.of("suggested", "confirmed", "rejected")));
        h.raw(select("status", p.text("status").orElse(""), statuses)).raw("<button>Filter</button></form>");
        h.f("<p>%s commitments</p>", rows.size());
        h.raw("<table id=\"commitments\"><tr><th>#</th><th>obligor</th><th>obligee</th><th>owed</th><th>from</th>"
                + "<th>due</th><th>review</th><th>status</th></tr>");
        for (CommitmentView c : rows) {
            h.f("<tr><td><a href=\"/commitments/%s\">%s</a></td><td>%s</td><td>%s</td><td><a href=\"/commitments/%s\">%s</a></td>"
                    + "<td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", c.id(), c.id(), name(c.obligor()), name(c.obligee()),
                    c.id(), c.owed(), c.start(), c.due(), Html.rawString(IncidentPages.status(c.review())), status(c));
        }
        return h.raw("</table>").toString();
    }

    String detail(long id, Params p) {
        LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
        DetailView d = service.commitment(id, asOf).orElseThrow(() -> Problem.notFound("no commitment with id " + id));
        CommitmentView c = d.commitment();
        Html h = new Html().f("<h1>Commitment %s</h1><table class=\"facts\"><tr><th>obligor</th><td id=\"obligor\">%s</td></tr>"
                + "<tr><th>obligee</th><td id=\"obligee\">%s</td></tr><tr><th>owed</th><td>%s</td></tr>"
                + "<tr><th>from</th><td id=\"start\">%s</td></tr><tr><th>due</th><td>%s</td></tr>"
                + "<tr><th>review</th><td>%s (%s)</td></tr><tr><th>status</th><td id=\"status\">%s</td></tr></table>",
                c.id(), name(c.obligor()), name(c.obligee()), c.owed(), c.start(), c.due(),
                Html.rawString(IncidentPages.status(c.review())), c.origin(), status(c));
        h.raw("<h2>Sources</h2>");
        for (SourceView s : c.sources()) {
            h.raw("<div class=\"report\">");
            if (s.evidence() != null) {
                h.f("<blockquote>“%s”</blockquote><a href=\"/documents/%s\">in document %s</a>", s.evidence().quote(),
                        s.evidence().documentId(), s.evidence().documentId());
            }
            h.f(" %s</div>", Html.rawString(s.statementId() == null ? "(its statement was re-extracted)"
                    : "<a href=\"/statements/" + s.statementId() + "\">statement #" + s.statementId() + "</a>"));
        }
        if (!c.incidents().isEmpty()) {
            h.raw("<p>About incidents: ").raw(LedgerPages.incidents(c.incidents().stream().map(i -> "R" + i).toList())).raw("</p>");
        }
        h.raw("<h2>Status history</h2><table id=\"history\"><tr><th>from</th><th>status</th><th class=num>score</th>"
                + "<th>by</th><th>evidence</th><th>note</th></tr>");
        for (RatingView r : c.history()) {
            Html ev = new Html();
            for (EvidenceRefView e : r.evidence()) {
                ev.f("<div>%s:%s%s</div>", e.kind(), e.ref(), e.quote() == null ? "" : " “" + e.quote() + "”");
            }
            h.f("<tr><td>%s</td><td>%s</td><td class=num>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", r.effective(),
                    r.status(), r.score(), r.author(), Html.raw(ev), r.note());
        }
        if (c.history().isEmpty()) {
            h.raw("<tr><td colspan=6 class=muted>not yet rated</td></tr>");
        }
        h.raw("</table>");
        for (MeasureView m : d.measures()) {
            h.f("<h2>Measured by %s</h2><p><code>%s</code></p><p>as of %s: %s</p>", m.name(), m.expression(), d.asOf(),
                    m.result().summary());
            h.raw("<table><tr><th>cell</th><th>from</th><th>to</th><th class=num>value</th><th>incidents</th></tr>");
            for (CellView cell : m.result().cells()) {
                h.f("<tr><td>%s</td><td>%s</td><td>%s</td><td class=num>%s</td><td>%s</td></tr>", cell.label(), cell.start(),
                        cell.end(), cell.value(), Html.rawString(LedgerPages.incidents(cell.incidents())));
            }
            h.raw("</table>");
        }
        if (!c.review().equals("confirmed")) {
            h.f("<h2>Confirm</h2><form class=\"filters\" method=\"post\" action=\"/commitments/%s/confirm\">"
                    + "<label>obligor<input name=\"obligor\" value=\"%s\"></label><label>obligee<input name=\"obligee\" value=\"%s\"></label>"
                    + "<label>owed<input name=\"owed\" value=\"%s\" size=40></label><label>from<input name=\"start\" type=\"date\" value=\"%s\"></label>"
                    + "<label>due<input name=\"due\" type=\"date\" value=\"%s\"></label><button>Confirm</button></form>", c.id(),
                    name(c.obligor()), name(c.obligee()), c.owed(), c.start(), c.due());
        } else {
            h.f("<h2>Rate</h2><form class=\"filters\" method=\"post\" action=\"/commitments/%s/status\">", c.id());
            String anyStatus = "<option value=\"\">any</option>";
            h.raw(select("status", "", Params.lower(List.of(CommitmentStatus.values()))).replace(anyStatus, ""));
            h.raw("<label>score<select name=\"score\"><option value=\"\">—</option><option>0</option><option>1</option>"
                    + "<option>2</option><option>3</option></select></label><label>from<input name=\"from\" type=\"date\"></label>"
                    + "<label>evidence, one a line<textarea name=\"evidence\" rows=2 cols=40 placeholder=\"document:12:100-180 or "
                    + "note:…\" required></textarea></label><label>note<input name=\"note\"></label><button>Rate</button></form>");
        }
        return h.toString();
    }

    private static String name(PartyView p) {
        return p == null ? "" : p.name();
    }

    private static String status(CommitmentView c) {
        return c.status().replace('_', ' ') + (c.score() == null ? "" : " (score " + c.score() + " of 3)");
    }

    static String select(String name, String selected, List<String> values) {
        Html h = new Html().f("<label>%s<select name=\"%s\"><option value=\"\">any</option>", name, name);
        for (String v : values) {
            h.f("<option value=\"%s\"%s>%s</option>", v, Html.rawString(v.equalsIgnoreCase(selected) ? " selected" : ""),
                    v.replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        return h.raw("</select></label>").toString();
    }
}
