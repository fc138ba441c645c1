package org.borderwatch.web.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.web.Problem;
import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.accountability.OutcomeJson.ConditionView;
import org.borderwatch.web.accountability.OutcomeJson.EngagementView;
import org.borderwatch.web.accountability.ResultJson.CellView;
import org.borderwatch.web.accountability.ResultJson.RatioView;
import org.borderwatch.web.accountability.ResultJson.ResultView;
import org.borderwatch.web.query.Params;

/** Conditions with their explanation and timeline; engagements with the rates before and after them. */
final class OutcomePages {
    private final AccountabilityService service;

    OutcomePages(AccountabilityService service) {
        this.service = service;
    }

    String conditions() {
        Html h = new Html().raw("<h1>Conditions</h1><p class=\"muted\">A measure (an investment tranche, talks, relief) "
                + "that waits for commitments and indicators, by a rule.</p><table id=\"conditions\"><tr><th>name</th>"
                + "<th>measure</th><th>rule</th><th>review</th></tr>");
        for (ConditionView c : service.store().conditions().list().stream().map(ConditionView::of).toList()) {
            h.f("<tr><td><a href=\"/conditions/%s\">%s</a></td><td>%s</td><td><code>%s</code></td><td>%s</td></tr>",
                    Html.rawString(Html.esc(Html.url(c.name()))), c.name(), c.measure(), c.rule(),
                    Html.rawString(IncidentPages.status(c.review())));
        }
        return h.raw("</table>").toString();
    }

    String condition(String name, Params p) {
        LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
        LocalDate from = p.date("from", false).orElse(asOf.minusYears(1));
        Period step = p.oneOf("step", Params.lower(List.of(Period.values())))
                .map(s -> Period.valueOf(s.toUpperCase(java.util.Locale.ROOT))).orElse(Period.MONTH);
        if (from.isAfter(asOf)) {
            throw Problem.badParameter("from", "must not be after asOf (" + asOf + "), was " + from);
        }
        var o = service.condition(name, asOf, Optional.of(from), step)
                .orElseThrow(() -> Problem.notFound("no condition with name or id '" + name + "'"));
        ConditionView c = ConditionView.of(o.condition());
        Html h = new Html().f("<h1>Condition %s</h1><p><b>%s</b> waits for <code>%s</code> %s</p>", c.name(), c.measure(),
                c.rule(), Html.rawString(IncidentPages.status(c.review())));
        if (c.evidence() != null) {
            h.f("<blockquote>“%s”</blockquote><a href=\"/documents/%s\">in document %s</a>", c.evidence().quote(),
                    c.evidence().documentId(), c.evidence().documentId());
        }
        h.f("<form class=\"filters\" method=\"get\"><label>as of<input name=\"asOf\" type=\"date\" value=\"%s\"></label>"
                + "<label>timeline from<input name=\"from\" type=\"date\" value=\"%s\"></label>", asOf, from);
        h.raw(CommitmentPages.select("step", step.name(), Params.lower(List.of(Period.values())))).raw("<button>Evaluate</button></form>");
        h.f("<h2>As of %s the measure %s</h2><pre id=\"explanation\">", asOf, o.explanation().holds()
                ? "may go ahead: the rule holds" : "waits: the rule does not hold");
        o.explanation().lines().forEach(l -> h.text(l).raw("\n"));
        h.raw("</pre>");
        Timeline t = o.timeline().orElseThrow();
        h.f("<h2>Timeline</h2><p id=\"first-met\">%s</p><table id=\"timeline\"><tr><th>day</th><th>rule</th>"
                + "<th class=num>parts holding</th></tr>", t.firstMet().map(d -> "first met " + d).orElse("not met on any day evaluated"));
        for (Timeline.Point pt : t.points()) {
            h.f("<tr><td>%s</td><td>%s</td><td class=num>%s of %s</td></tr>", pt.day(), pt.holds() ? "met" : "not met",
                    pt.partsHolding(), pt.parts());
        }
        return h.raw("</table>").toString();
    }

    String engagements() {
        Html h = new Html().raw("<h1>Engagements</h1><p class=\"muted\">Delegations, talks, cross-border strikes, aid, "
                + "sanctions, and the incident rates before and after them.</p><table id=\"engagements\"><tr><th>#</th>"
                + "<th>date</th><th>kind</th><th>title</th><th>parties</th><th>review</th></tr>");
        for (EngagementView e : service.engagements(Optional.empty()).stream().map(EngagementView::of).toList()) {
            h.f("<tr><td><a href=\"/engagements/%s\">%s</a></td><td>%s</td><td>%s</td><td><a href=\"/engagements/%s\">%s</a></td>"
                    + "<td>%s</td><td>%s</td></tr>", e.id(), e.id(), e.date(), e.kind().replace('_', ' '), e.id(), e.title(),
                    String.join("; ", e.parties()), Html.rawString(IncidentPages.status(e.review())));
        }
        return h.raw("</table>").toString();
    }

    String engagement(long id, Params p) {
        LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
        int before = p.integer("before", 1, 36_500, 90);
        int after = p.integer("after", 1, 36_500, 90);
        Optional<String> where = p.text("where");
        EngagementEffect effect;
        try {
            effect = service.effect(id, where, before, after, asOf).orElseThrow(() -> Problem.notFound("no engagement with id " + id));
        } catch (SyntaxException e) {
            throw Problem.badParameter("where", e.getMessage()).with("column", e.column());
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("id", e.getMessage());
        }
        EngagementView e = EngagementView.of(effect.engagement());
        ResultView r = ResultView.of(effect.result());
        RatioView ratio = r.ratio();
        Html h = new Html().f("<h1>%s</h1><p>%s on %s; parties: %s %s</p>", e.title(), e.kind().replace('_', ' '), e.date(),
                String.join("; ", e.parties()), Html.rawString(IncidentPages.status(e.review())));
        h.f("<form class=\"filters\" method=\"get\"><label>days before<input name=\"before\" value=\"%s\" size=4></label>"
                + "<label>days after<input name=\"after\" value=\"%s\" size=4></label><label>incidents where"
                + "<input name=\"where\" value=\"%s\" placeholder='perpetrator \"TTP\"'></label><label>as of<input name=\"asOf\" "
                + "type=\"date\" value=\"%s\"></label><button>Compare</button></form>", before, after, where.orElse(""), asOf);
        h.raw("<table id=\"rates\"><tr><th>window</th><th>from</th><th>to</th><th class=num>days</th><th class=num>incidents</th>"
                + "<th class=num>per 30 days</th><th>incidents</th></tr>");
        for (CellView c : r.cells()) {
            boolean now = c.label().equals("current");
            Double rate = now ? ratio.ratePerMonthCurrent() : ratio.ratePerMonthReference();
            h.f("<tr><td>%s</td><td>%s</td><td>%s</td><td class=num>%s</td><td class=num>%s</td><td class=num>%s</td><td>%s</td></tr>",
                    now ? "after" : "before", c.start(), c.end(), c.days(), c.value(), rate == null ? "—" : RateRatio.format(rate),
                    Html.rawString(LedgerPages.incidents(c.incidents())));
        }
        h.f("</table><p id=\"rate-ratio\"><b>Rate ratio after/before: %s</b> (%s)</p>", effect.result().ratio().describe(),
                ratio.method());
        for (String w : effect.warnings()) {
            h.f("<p class=\"muted\">Note: %s</p>", w);
        }
        return h.f("<div class=\"error\" id=\"caveat\"><p>%s</p></div>", EngagementEffect.CAVEAT).toString();
    }
}
