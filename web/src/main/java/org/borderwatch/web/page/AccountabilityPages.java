package org.borderwatch.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.accountability.ReviewActions;
import org.borderwatch.web.query.Params;
import org.jdbi.v3.core.Jdbi;

/**
 * The accountability pages (claim ledger, commitments, conditions, engagements) and their forms, which
 * make the same changes as the API through {@link ReviewActions}, then go back to the page (303).
 */
public final class AccountabilityPages {
    private final AccountabilityService service;
    private final ReviewActions actions;

    public AccountabilityPages(Jdbi jdbi) {
        this.service = new AccountabilityService(jdbi);
        this.actions = new ReviewActions(service);
    }

    public void register(Pages.Registry r) {
        LedgerPages ledger = new LedgerPages(service);
        CommitmentPages commitments = new CommitmentPages(service);
        OutcomePages outcomes = new OutcomePages(service);
        r.page("/ledger", (ctx, who) -> html(ctx, who, "Claim ledger", ledger.list(params(ctx))));
        r.page("/ledger/{id}", (ctx, who) -> html(ctx, who, "Proposition", ledger.detail(Pages.numericId(ctx, "proposition"),
                params(ctx))));
        r.form("/ledger/regroup", (ctx, who) -> {
            service.regroup();
            ctx.redirect("/ledger", HttpStatus.SEE_OTHER);
        });
        r.form("/ledger/link", (ctx, who) -> {
            ReviewActions.Fields f = fields(ctx);
            String statement = f.one("statement").orElse("");
            if (!statement.matches("\\d{1,18}")) {
                throw org.borderwatch.web.Problem.badParameter("statement", "must be a statement's id, was '" + statement + "'");
            }
            actions.link(Long.parseLong(statement), f, who);
            ctx.redirect("/ledger/" + f.one("proposition").orElse(""), HttpStatus.SEE_OTHER);
        });
        r.form("/statements/{id}/unlink", (ctx, who) -> {
            long from = actions.unlink(Pages.numericId(ctx, "statement"), fields(ctx), who);
            ctx.redirect("/ledger/" + from, HttpStatus.SEE_OTHER);
        });
        r.page("/commitments", (ctx, who) -> html(ctx, who, "Commitments", commitments.list(params(ctx))));
        r.page("/commitments/{id}", (ctx, who) -> html(ctx, who, "Commitment",
                commitments.detail(Pages.numericId(ctx, "commitment"), params(ctx))));
        r.form("/commitments/{id}/confirm", (ctx, who) -> {
            long id = Pages.numericId(ctx, "commitment");
            actions.confirm(id, fields(ctx), who);
            ctx.redirect("/commitments/" + id, HttpStatus.SEE_OTHER);
        });
        r.form("/commitments/{id}/status", (ctx, who) -> {
            long id = Pages.numericId(ctx, "commitment");
            actions.rate(id, fields(ctx), who);
            ctx.redirect("/commitments/" + id, HttpStatus.SEE_OTHER);
        });
        r.page("/conditions", (ctx, who) -> html(ctx, who, "Conditions", outcomes.conditions()));
        r.page("/conditions/{id}", (ctx, who) -> html(ctx, who, "Condition", outcomes.condition(ctx.pathParam("id"), params(ctx))));
        r.page("/engagements", (ctx, who) -> html(ctx, who, "Engagements", outcomes.engagements()));
        r.page("/engagements/{id}", (ctx, who) -> html(ctx, who, "Engagement",
                outcomes.engagement(Pages.numericId(ctx, "engagement"), params(ctx))));
    }

    /** The query, empty fields (a form's untouched inputs) being no value. */
    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    /** A form's fields; a textarea's lines are its values. */
    private static ReviewActions.Fields fields(Context ctx) {
        return new ReviewActions.Fields() {
            @Override
            public Optional<String> one(String name) {
                return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(s -> !s.isEmpty());
            }

            @Override
            public List<String> all(String name) {
                return ctx.formParams(name).stream().flatMap(v -> Arrays.stream(v.split("\\R")))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        };
    }

    private static void html(Context ctx, Reviewer who, String title, String body) {
        ctx.html(Layout.page(title, who.name(), body));
    }
}
