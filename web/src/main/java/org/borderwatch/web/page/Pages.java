package org.borderwatch.web.page;

import io.javalin.http.Context;
import java.util.List;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.Param;
import org.borderwatch.web.query.Params;
import org.jdbi.v3.core.Jdbi;

/** The server-rendered pages, registered through the routes that apply the access policy. */
public final class Pages {
    /** How the pages register: the server's route table, which puts the access policy first. */
    public interface Registry {
        void page(String path, PageAction action);

        void form(String path, PageAction action);
    }

    @FunctionalInterface
    public interface PageAction {
        void handle(Context ctx, Reviewer who) throws Exception;
    }

    private final Jdbi jdbi;

    public Pages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void register(Registry r) {
        DashboardPage dashboard = new DashboardPage(jdbi);
        IncidentPages incidents = new IncidentPages(jdbi);
        DocumentPages documents = new DocumentPages(jdbi);
        StatementPages statements = new StatementPages(jdbi);
        ActorPages actors = new ActorPages(jdbi);
        ReviewForms review = new ReviewForms(jdbi);
        RegroupForms regroup = new RegroupForms(jdbi);
        r.page("/", (ctx, who) -> html(ctx, who, "Dashboard", dashboard.render(filter(ctx))));
        r.page("/incidents", (ctx, who) -> html(ctx, who, "Incidents", incidents.list(filter(ctx))));
        r.page("/incidents/{id}", (ctx, who) -> {
            String id = ctx.pathParam("id");
            html(ctx, who, "Incident " + id, incidents.detail(id, ctx, who));
        });
        r.page("/documents", (ctx, who) -> html(ctx, who, "Documents", documents.list(params(ctx,
                org.borderwatch.web.query.DocumentQueries.PARAMS))));
        r.page("/documents/{id}", (ctx, who) -> html(ctx, who, "Document", documents.detail(numericId(ctx, "document"),
                new Params(ctx.queryParamMap()).optionalLong("ev", 1, Long.MAX_VALUE).orElse(null))));
        r.page("/statements", (ctx, who) -> html(ctx, who, "Statements", statements.list(params(ctx,
                org.borderwatch.web.query.StatementQueries.PARAMS))));
        r.page("/statements/{id}", (ctx, who) -> html(ctx, who, "Statement", statements.detail(numericId(ctx, "statement"))));
        r.page("/actors", (ctx, who) -> html(ctx, who, "Actors", actors.list(params(ctx,
                org.borderwatch.web.query.ActorQueries.PARAMS))));
        r.page("/actors/{id}", (ctx, who) -> html(ctx, who, "Actor", actors.detail(ctx.pathParam("id"))));
        new AccountabilityPages(jdbi).register(r);
        r.form("/reports/{id}/review", review::report);
        r.form("/statements/{id}/review", review::statement);
        r.form("/incidents/{id}/review", review::incident);
        r.form("/incidents/{id}/merge", regroup::merge);
        r.form("/incidents/{id}/split", regroup::split);
    }

    private static IncidentFilter filter(Context ctx) {
        return IncidentFilter.from(params(ctx, IncidentFilter.params()));
    }

    private static Params params(Context ctx, List<Param> known) {
        // Form fields left empty arrive as empty values: those are no filter, not errors.
        return new Params(ctx.queryParamMap()).allowOnly(known);
    }

    static long numericId(Context ctx, String what) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw Problem.notFound("no " + what + " with id '" + raw + "'");
    }

    private static void html(Context ctx, Reviewer who, String title, String body) {
        ctx.html(Layout.page(title, who.name(), body));
    }

    /** An error as a page: status, title and what went wrong, escaped like everything else. */
    public static String errorPage(int status, String title, String detail) {
        return Layout.page(title, null, new Html().f("<h1>%s %s</h1><div class=\"error\"><p>%s</p></div>"
                + "<p><a href=\"/\">Dashboard</a></p>",
                status, title, detail).toString());
    }
}
