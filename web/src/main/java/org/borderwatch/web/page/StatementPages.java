package org.borderwatch.web.page;

import java.util.Locale;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.web.Problem;
import org.borderwatch.web.query.Params;
import org.borderwatch.web.query.StatementQueries;
import org.borderwatch.web.query.StatementQueries.StatementView;
import org.borderwatch.web.query.Views.EvidenceRef;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/** Statements filtered by type, speaker and addressee; one statement with its review form. */
final class StatementPages {
    private final StatementQueries statements;

    StatementPages(Jdbi jdbi) {
        this.statements = new StatementQueries(jdbi);
    }

    String list(Params p) {
        Page<StatementView> page = statements.list(p);
        String type = p.text("type").orElse("");
        Html h = new Html().raw("<h1>Statements</h1><form class=\"filters\" method=\"get\" action=\"/statements\">");
        h.raw("<label>type<select name=\"type\"><option value=\"\">any</option>");
        for (StatementType t : StatementType.values()) {
            String v = t.name().toLowerCase(Locale.ROOT);
            h.f("<option value=\"%s\"%s>%s</option>", v, Html.rawString(v.equals(type) ? " selected" : ""), v.replace('_', ' '));
        }
        h.f("</select></label><label>speaker<input name=\"speaker\" value=\"%s\"></label>"
                + "<label>addressee<input name=\"addressee\" value=\"%s\"></label>"
                + "<label>from<input name=\"from\" type=\"date\" value=\"%s\"></label>"
                + "<label>to<input name=\"to\" type=\"date\" value=\"%s\"></label><button>Filter</button></form>",
                p.text("speaker").orElse(""), p.text("addressee").orElse(""), p.text("from").orElse(""),
                p.text("to").orElse(""));
        h.f("<p>%s statements</p>", page.total());
        for (StatementView s : page.items()) {
            h.raw(statement(s, false));
        }
        String query = String.join("&", java.util.stream.Stream.of("type", "speaker", "addressee", "from", "to", "proposition")
                .filter(k -> p.text(k).isPresent()).map(k -> k + "=" + Html.url(p.text(k).get())).toList());
        return h.raw(IncidentPages.pager("/statements?" + query, page)).toString();
    }

    String detail(long id) {
        StatementView s = statements.find(id).orElseThrow(() -> Problem.notFound("no statement with id " + id));
        return new Html().f("<h1>Statement %s</h1>", id).raw(statement(s, true)).toString();
    }

    private static String statement(StatementView s, boolean withForm) {
        Html h = new Html().f("<div class=\"report statement\" id=\"statement-%s\" data-version=\"%s\">", s.id(), s.version());
        h.f("<p><a href=\"/statements/%s\">#%s</a> %s · <b>%s</b>%s <i>%s</i>%s %s</p>", s.id(), s.id(),
                s.date() == null ? "undated" : s.date(), s.speaker() == null ? "(unknown speaker)" : s.speaker(),
                s.speakerRole() == null ? "" : " (" + s.speakerRole() + ")", IncidentPages.label(s.type()),
                s.addressee() == null ? "" : " → " + s.addressee(), Html.rawString(IncidentPages.status(s.reviewStatus())));
        h.f("<p>Proposition: <a href=\"/statements?proposition=%s\">%s</a> (%s%s%s)</p>",
                Html.rawString(Html.esc(Html.url(s.proposition() == null ? "" : s.proposition()))), s.proposition(),
                s.stance(), s.condition() == null ? "" : ", if: " + s.condition(), ", " + s.voice() + " voice");
        h.f("<blockquote>“%s”</blockquote>", s.quote());
        for (EvidenceRef e : s.evidence()) {
            h.f("<p><a class=\"evidence-link\" href=\"/documents/%s?ev=%s#ev-%s\">Evidence in %s</a></p>", e.documentId(),
                    e.id(), e.id(), s.document() == null || s.document().title() == null ? "the document" : s.document().title());
        }
        if (!s.incidents().isEmpty()) {
            h.raw("<p>About incidents: ");
            for (String i : s.incidents()) {
                h.f("<a href=\"/incidents/%s\">%s</a> ", i, i);
            }
            h.raw("</p>");
        }
        if (withForm) {
            h.raw(ReviewForms.statementForm(s, "/statements/" + s.id()));
        }
        return h.raw("</div>").toString();
    }
}
