package org.borderwatch.web.page;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.web.Problem;
import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.accountability.LedgerJson.EntryView;
import org.borderwatch.web.accountability.LedgerJson.HolderView;
import org.borderwatch.web.accountability.LedgerJson.PositionView;
import org.borderwatch.web.accountability.LedgerJson.StatementRef;
import org.borderwatch.web.accountability.LedgerJson.SummaryView;
import org.borderwatch.web.query.Params;

/** The claim ledger: its propositions, and one with its statements for and against over time. */
final class LedgerPages {
    private final AccountabilityService service;

    LedgerPages(AccountabilityService service) {
        this.service = service;
    }

    String list(Params p) {
        List<SummaryView> all = service.store().ledger().summaries(Integer.MAX_VALUE).stream().map(SummaryView::of).toList();
        Html h = new Html().raw("<h1>Claim ledger</h1><p class=\"muted\">Claims grouped into propositions (a claim and its "
                + "denial are one), with the statements for and against each. Statements extracted since the last "
                + "grouping appear once the ledger is regrouped (here, or <code>borderwatch ledger</code>); analysts' "
                + "links and unlinks are kept.</p>");
        h.raw("<form method=\"post\" action=\"/ledger/regroup\"><button>Regroup the statements</button></form>");
        h.f("<p>%s propositions</p>", all.size());
        h.raw("<table id=\"ledger\"><tr><th>proposition</th><th class=num>for</th><th class=num>against</th>"
                + "<th>first</th><th>last</th><th>origin</th></tr>");
        for (SummaryView s : all.subList(0, Math.min(all.size(), p.integer("limit", 1, 500, 200)))) {
            h.f("<tr><td><a href=\"/ledger/%s\">%s</a></td><td class=num>%s</td><td class=num>%s</td><td>%s</td><td>%s</td>"
                    + "<td>%s</td></tr>", s.id(), s.proposition(), s.forCount(), s.againstCount(), s.first(), s.last(), s.origin());
        }
        return h.raw("</table>").toString();
    }

    String detail(long id, Params p) {
        EntryView e = service.proposition(id, p.date("from", false).orElse(null), p.date("to", true).orElse(LocalDate.now()),
                p.decimal("borderKm", 0.001, 20_000).orElse(50.0)).map(EntryView::of)
                .orElseThrow(() -> Problem.notFound("no proposition with id " + id));
        Html h = new Html().f("<h1>%s</h1><p class=\"cards\"><span class=\"card\" id=\"for-count\"><b>%s</b>for</span>"
                + "<span class=\"card\" id=\"against-count\"><b>%s</b>against</span></p>", e.label(), e.forCount(), e.againstCount());
        h.raw("<h2>Statements over time</h2><table id=\"positions\"><tr><th>date</th><th>stance</th><th>speaker</th>"
                + "<th>statement</th><th>words</th><th></th></tr>");
        for (PositionView pos : e.positions()) {
            StatementRef s = pos.statement();
            h.f("<tr class=\"stance-%s\"><td>%s</td><td><b>%s</b>%s</td><td>%s%s</td><td><a href=\"/statements/%s\">#%s</a> %s</td>"
                    + "<td><blockquote>“%s”</blockquote><a class=\"document-link\" href=\"/documents/%s\">in document %s</a>%s</td>"
                    + "<td><form method=\"post\" action=\"/statements/%s/unlink\"><input type=\"hidden\" name=\"note\" "
                    + "value=\"unlinked on the ledger page\"><button>Unlink</button></form></td></tr>",
                    pos.stance(), s.date() == null ? "undated" : s.date(), pos.stance(),
                    Html.rawString(pos.origin().equals("human") ? " <span class=\"muted\">(linked by an analyst)</span>" : ""),
                    s.speaker(), s.addressee() == null ? "" : " → " + s.addressee(), s.id(), s.id(), s.type(), s.quote(),
                    s.documentId(), s.documentId(), s.start() == null ? "" : ", characters " + s.start() + "–" + s.end(), s.id());
        }
        h.raw("</table><h2>Who holds which position</h2><table id=\"holders\"><tr><th>party</th><th>now</th>"
                + "<th class=num>for</th><th class=num>against</th><th>from</th><th>to</th></tr>");
        for (HolderView x : e.holders()) {
            h.f("<tr><td>%s</td><td>%s</td><td class=num>%s</td><td class=num>%s</td><td>%s</td><td>%s</td></tr>", x.party(),
                    x.latest(), x.forCount(), x.againstCount(), x.first(), x.last());
        }
        h.raw("</table><h2>Incidents</h2>");
        h.raw("<p>Named by its statements: ").raw(incidents(e.namedIncidents())).raw("</p>");
        h.f("<p>Bearing on it (%s): %s incidents. ", e.bearingRule(), e.bearingIncidents().size())
                .raw(incidents(e.bearingIncidents())).raw("</p>");
        h.f("<h2>Link a statement to this proposition</h2><form class=\"filters\" method=\"post\" action=\"/ledger/link\">"
                + "<input type=\"hidden\" name=\"proposition\" value=\"%s\">", e.id());
        return h.raw("<label>statement id<input name=\"statement\" required></label><label>stance<select name=\"stance\">"
                + "<option value=\"\">from its type</option><option>for</option><option>against</option></select></label>"
                + "<label>note<input name=\"note\"></label><button>Link</button></form>").toString();
    }

    static String incidents(List<String> labels) {
        if (labels.isEmpty()) {
            return "none";
        }
        Html h = new Html();
        for (String l : labels.subList(0, Math.min(60, labels.size()))) {
            String id = l.toLowerCase(java.util.Locale.ROOT);
            h.f("<a href=\"/incidents/%s\">%s</a> ", id, l);
        }
        return h.raw(labels.size() > 60 ? "…" : "").toString();
    }
}
