package org.borderwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.store.accountability.StoredIndicator;
import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.accountability.CommitmentJson;
import org.borderwatch.web.accountability.LedgerJson;
import org.borderwatch.web.accountability.OutcomeJson;
import org.borderwatch.web.accountability.ResultJson;
import org.borderwatch.web.accountability.ReviewActions;
import org.borderwatch.web.query.Param;
import org.borderwatch.web.query.Params;
import org.borderwatch.web.query.Views.Page;

/**
 * The accountability API: the claim ledger, commitments, indicators, conditions and engagements, read
 * and evaluated by the accountability module over the store the CLI writes, and the analyst's changes.
 */
final class AccountabilityApi {
    static final String V1 = ApiRoutes.V1;
    private static final List<String> REVIEW_STATES = List.of("suggested", "confirmed", "rejected");
    static final List<Param> PAGE = List.of(integer("limit", "Page size, 1 to 500 (default 50)."),
            integer("offset", "Items to skip."));
    static final List<Param> PROPOSITION = List.of(
            day("from", "Incidents bearing on it from this day (default: a year before its first statement)."),
            day("to", "Incidents up to this day (default: today)."),
            new Param("borderKm", "number", null, "How near a border of a country it names an incident must be "
                    + "(default 50).", List.of()));
    static final List<Param> COMMITMENTS = List.of(choice("review", "Review state.", REVIEW_STATES),
            text("obligor", "Owed by a party whose name contains this (any case), or by this registry actor id."),
            choice("status", "Current status.", Params.lower(List.of(CommitmentStatus.values()))), PAGE.get(0), PAGE.get(1));
    static final List<Param> AS_OF = List.of(
            day("asOf", "Evaluate as of this day: only incidents dated by then count (default: today)."));
    static final List<Param> EVAL = List.of(
            text("expr", "An expression of the indicator language, e.g. count where perpetrator \"TTP\" per month."),
            text("name", "A stored indicator, instead of expr."), AS_OF.get(0));
    static final List<Param> CONDITION = List.of(AS_OF.get(0),
            day("from", "Also evaluate it at the end of every step from this day (the timeline; default: a year before asOf)."),
            choice("step", "The timeline's step (default month).", Params.lower(List.of(Period.values()))));
    static final List<Param> EFFECT = List.of(AS_OF.get(0), integer("before", "Days before (default 90)."),
            integer("after", "Days after (default 90)."),
            text("where", "Which incidents, as after 'where' in an indicator, e.g. perpetrator \"TTP\" (default: all)."));
    static final List<Param> ENGAGEMENTS = List.of(choice("review", "Review state.", REVIEW_STATES), PAGE.get(0), PAGE.get(1));

    /** The request bodies of the changes, for the OpenAPI description. */
    static final Map<String, Object> SCHEMAS = Map.of(
            "CommitmentConfirm", Map.of("type", "object", "properties", Map.of("obligor", str(), "obligee", str(), "owed", str(),
                    "start", date(), "due", date())),
            "CommitmentStatus", Map.of("type", "object", "required", List.of("status", "evidence"), "properties", Map.of(
                    "status", Map.of("type", "string", "enum", Params.lower(List.of(CommitmentStatus.values()))),
                    "score", Map.of("type", "integer", "minimum", 0, "maximum", 3), "from", date(), "note", str(),
                    "evidence", Map.of("type", "array", "minItems", 1, "items", str(), "description",
                            "document:ID[:START-END], statement:ID, incident:C<id>|R<id>, indicator:NAME, url:URL or note:TEXT"))),
            "PropositionLink", Map.of("type", "object", "required", List.of("proposition"), "properties", Map.of(
                    "proposition", Map.of("type", "integer"), "stance", Map.of("type", "string", "enum", List.of("for", "against")),
                    "note", str())),
            "Note", Map.of("type", "object", "properties", Map.of("note", str())));

    private final AccountabilityService service;
    private final ReviewActions actions;

    AccountabilityApi(AccountabilityService service) {
        this.service = service;
        this.actions = new ReviewActions(service);
    }

    void register(Routes r) {
        r.get(V1 + "/ledger", "The claim ledger: propositions with how many statements are for and against each, most "
                + "discussed first (regrouped when statements change: POST /ledger/regroup).", Permission.READ, PAGE, "Page",
                (ctx, who) -> ctx.json(page(ctx, PAGE, service.store().ledger().summaries(Integer.MAX_VALUE).stream()
                        .map(LedgerJson.SummaryView::of).toList())));
        r.post(V1 + "/ledger/regroup", "Regroups every claim statement into propositions, keeping analysts' links and unlinks.",
                Permission.REVIEW, "Note", "Regrouped", (ctx, who) -> ctx.json(service.regroup()));
        r.get(V1 + "/ledger/{id}", "A proposition: its statements for and against over time with their words and "
                + "documents, who holds which position, and the incidents bearing on it.", Permission.READ, PROPOSITION,
                "LedgerEntry", (ctx, who) -> {
                    Params p = ApiRoutes.params(ctx, PROPOSITION);
                    LocalDate to = p.date("to", true).orElse(LocalDate.now());
                    double km = p.decimal("borderKm", 0.001, 20_000).orElse(50.0);
                    long id = ApiRoutes.id(ctx, "proposition");
                    ctx.json(service.proposition(id, p.date("from", false).orElse(null), to, km).map(LedgerJson.EntryView::of)
                            .orElseThrow(() -> Problem.notFound("no proposition with id " + id)));
                });
        r.post(V1 + "/statements/{id}/link", "Puts the statement in a proposition (an analyst's decision: regrouping keeps it).",
                Permission.REVIEW, "PropositionLink", "LedgerEntry", (ctx, who) -> {
                    long id = ApiRoutes.id(ctx, "statement");
                    actions.link(id, fields(ctx), who);
                    ctx.json(Map.of("statement", id, "proposition", Long.parseLong(fields(ctx).one("proposition").orElseThrow()),
                            "decidedBy", who.name()));
                });
        r.post(V1 + "/statements/{id}/unlink", "Takes the statement out of its proposition (regrouping keeps it out).",
                Permission.REVIEW, "Note", "Unlinked", (ctx, who) -> {
                    long id = ApiRoutes.id(ctx, "statement");
                    ctx.json(Map.of("statement", id, "from", actions.unlink(id, fields(ctx), who), "decidedBy", who.name()));
                });
        r.get(V1 + "/commitments", "Commitments: what one actor owes another, with sources, status and score.",
                Permission.READ, COMMITMENTS, "Page", (ctx, who) -> {
                    Params p = ApiRoutes.params(ctx, COMMITMENTS);
                    ctx.json(page(ctx, COMMITMENTS, service.commitments(ReviewActions.review("review", p.text("review")),
                            p.text("obligor"), p.oneOf("status", Params.lower(List.of(CommitmentStatus.values())))
                                    .map(CommitmentStatus::parse)).stream().map(CommitmentJson.CommitmentView::of).toList()));
                });
        r.get(V1 + "/commitments/{id}", "A commitment: its sources, status history with evidence and author, implementation "
                + "score, and each indicator measuring it with its current result and the incidents it counted.",
                Permission.READ, AS_OF, "CommitmentDetail", (ctx, who) -> {
                    LocalDate asOf = asOf(ctx, AS_OF);
                    long id = ApiRoutes.id(ctx, "commitment");
                    ctx.json(service.commitment(id, asOf).orElseThrow(() -> Problem.notFound("no commitment with id " + id)));
                });
        r.post(V1 + "/commitments/{id}/confirm", "Confirms a suggested commitment, with what the suggestion got wrong.",
                Permission.REVIEW, "CommitmentConfirm", "CommitmentDetail", (ctx, who) -> {
                    long id = ApiRoutes.id(ctx, "commitment");
                    actions.confirm(id, fields(ctx), who);
                    ctx.json(service.commitment(id, LocalDate.now()).orElseThrow());
                });
        r.post(V1 + "/commitments/{id}/status", "Rates a confirmed commitment from a day on, with the evidence for it.",
                Permission.REVIEW, "CommitmentStatus", "CommitmentDetail", (ctx, who) -> {
                    long id = ApiRoutes.id(ctx, "commitment");
                    actions.rate(id, fields(ctx), who);
                    ctx.json(service.commitment(id, LocalDate.now()).orElseThrow());
                });
        r.get(V1 + "/indicators", "The stored indicators.", Permission.READ, PAGE, "Page", (ctx, who) -> ctx.json(page(ctx,
                PAGE, service.store().indicators().list().stream().map(AccountabilityApi::indicator).toList())));
        r.get(V1 + "/indicators/eval", "Evaluates an indicator expression (or a stored indicator) against the incidents: "
                + "its cells with the incidents each counted; a comparison's rate ratio with its 95% interval.",
                Permission.READ, EVAL, "IndicatorResult", (ctx, who) -> ctx.json(evaluate(ctx)));
        r.get(V1 + "/conditions", "Conditions: a measure tied to commitments and indicators by a rule.", Permission.READ,
                PAGE, "Page", (ctx, who) -> ctx.json(page(ctx, PAGE, service.store().conditions().list().stream()
                        .map(OutcomeJson.ConditionView::of).toList())));
        r.get(V1 + "/conditions/{id}", "A condition (by name or id) evaluated: which parts hold and what each found, and "
                + "its timeline.", Permission.READ, CONDITION, "ConditionEvaluation", (ctx, who) -> {
                    Params p = ApiRoutes.params(ctx, CONDITION);
                    LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
                    Period step = p.oneOf("step", Params.lower(List.of(Period.values())))
                            .map(s -> Period.valueOf(s.toUpperCase(java.util.Locale.ROOT))).orElse(Period.MONTH);
                    LocalDate from = p.date("from", false).orElse(asOf.minusYears(1));
                    if (from.isAfter(asOf)) {
                        throw Problem.badParameter("from", "must not be after asOf (" + asOf + "), was " + from);
                    }
                    String name = ctx.pathParam("id");
                    var o = service.condition(name, asOf, Optional.of(from), step)
                            .orElseThrow(() -> Problem.notFound("no condition with name or id '" + name + "'"));
                    ctx.json(new OutcomeJson.EvaluationView(OutcomeJson.ConditionView.of(o.condition()), asOf,
                            o.explanation().holds(), o.explanation().lines(), o.explanation(),
                            o.timeline().map(OutcomeJson.TimelineView::of).orElse(null)));
                });
        r.get(V1 + "/engagements", "Engagements: delegations, talks, cross-border strikes, aid, sanctions.",
                Permission.READ, ENGAGEMENTS, "Page", (ctx, who) -> ctx.json(page(ctx, ENGAGEMENTS, service.engagements(
                        ReviewActions.review("review", ApiRoutes.params(ctx, ENGAGEMENTS).text("review"))).stream()
                        .map(OutcomeJson.EngagementView::of).toList())));
        r.get(V1 + "/engagements/{id}", "Incident rates before and after an engagement, the rate ratio after/before with "
                + "its exact 95% interval, and why that is not a causal effect.", Permission.READ, EFFECT, "EngagementEffect",
                (ctx, who) -> ctx.json(effect(ctx)));
    }

    private ResultJson.ResultView evaluate(Context ctx) {
        Params p = ApiRoutes.params(ctx, EVAL);
        LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
        Optional<String> name = p.text("name");
        String expr = p.text("expr").orElseGet(() -> name.map(n -> service.store().indicators().find(n)
                .map(StoredIndicator::expression).orElseThrow(() -> Problem.notFound("no indicator named " + n)))
                .orElseThrow(() -> Problem.badParameter("expr", "missing: an indicator expression (or name, a stored one)")));
        try {
            return ResultJson.ResultView.of(service.evaluate(expr, asOf));
        } catch (SyntaxException e) {
            throw syntax(p.text("expr").isPresent() ? "expr" : "name", e);
        }
    }

    private OutcomeJson.EffectView effect(Context ctx) {
        Params p = ApiRoutes.params(ctx, EFFECT);
        LocalDate asOf = p.date("asOf", true).orElse(LocalDate.now());
        int before = p.integer("before", 1, 36_500, 90);
        int after = p.integer("after", 1, 36_500, 90);
        long id = ApiRoutes.id(ctx, "engagement");
        try {
            return service.effect(id, p.text("where"), before, after, asOf)
                    .map(e -> OutcomeJson.EffectView.of(e, p.text("where").orElse(null), before, after))
                    .orElseThrow(() -> Problem.notFound("no engagement with id " + id));
        } catch (SyntaxException e) {
            throw syntax("where", e);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("id", e.getMessage());
        }
    }

    /** A syntax error as a bad parameter: the column (also as {@code column}), the expression and a caret under it. */
    static Problem syntax(String parameter, SyntaxException e) {
        return Problem.badParameter(parameter, e.getMessage() + "\n" + e.excerpt()).with("column", e.column());
    }

    private static LocalDate asOf(Context ctx, List<Param> known) {
        return ApiRoutes.params(ctx, known).date("asOf", true).orElse(LocalDate.now());
    }

    private static <T> Page<T> page(Context ctx, List<Param> known, List<T> all) {
        Params p = ApiRoutes.params(ctx, known);
        int limit = p.integer("limit", 1, 500, 50);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        int from = Math.min(offset, all.size());
        return new Page<>(all.size(), limit, offset, all.subList(from, Math.min(all.size(), from + limit)));
    }

    private static Map<String, Object> indicator(StoredIndicator i) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", i.name());
        m.put("expression", i.expression());
        m.put("description", i.description().orElse(null));
        m.put("author", i.author());
        return m;
    }

    /** The fields of a JSON object body; an array field's items are its values, one value is one item. */
    static ReviewActions.Fields fields(Context ctx) {
        JsonNode body = ApiRoutes.jsonObject(ctx);
        return new ReviewActions.Fields() {
            @Override
            public Optional<String> one(String name) {
                JsonNode n = body.path(name);
                return n.isMissingNode() || n.isNull() || n.isContainerNode() || n.asText().isBlank()
                        ? Optional.empty() : Optional.of(n.asText());
            }

            @Override
            public List<String> all(String name) {
                JsonNode n = body.path(name);
                List<String> out = new ArrayList<>();
                if (n.isArray()) {
                    n.forEach(x -> out.add(x.asText()));
                } else {
                    one(name).ifPresent(out::add);
                }
                return out;
            }
        };
    }

    private static Param text(String name, String description) {
        return new Param(name, "string", null, description, List.of());
    }

    private static Param day(String name, String description) {
        return new Param(name, "string", "date", description, List.of());
    }

    private static Param integer(String name, String description) {
        return new Param(name, "integer", null, description, List.of());
    }

    private static Param choice(String name, String description, List<String> values) {
        return new Param(name, "string", null, description, values);
    }

    private static Map<String, Object> str() {
        return Map.of("type", "string");
    }

    private static Map<String, Object> date() {
        return Map.of("type", "string", "format", "date");
    }
}
