package org.borderwatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import org.borderwatch.web.page.Pages;
import org.jdbi.v3.core.Jdbi;

/**
 * The web app: the REST API under {@code /api/v1} with its OpenAPI description, and the server-rendered
 * pages, built from the database and the configuration, every route behind the {@link AccessPolicy}.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final WebConfig config;

    private WebServer(Javalin app, WebConfig config) {
        this.app = app;
        this.config = config;
    }

    public static WebServer start(WebConfig config, Jdbi jdbi) {
        AccessPolicy policy = new AccessPolicy(new Reviewer(config.reviewer()));
        Services services = new Services(jdbi);
        Routes[] holder = new Routes[1];
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            c.http.maxRequestSize = 1_000_000;
            Routes routes = new Routes(c.routes, policy);
            holder[0] = routes;
            new ApiRoutes(services).register(routes);
            new AccountabilityApi(services.accountability()).register(routes);
            new RegroupApi(services.regrouping()).register(routes);
            new Pages(services.jdbi()).register(routes);
            List<Routes.Endpoint> endpoints = routes.endpoints();
            c.routes.get("/api/openapi.json", ctx -> {
                policy.authorize(ctx, Permission.READ);
                ctx.contentType("application/json").result(OpenApi.document(endpoints));
            });
            c.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            c.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("web: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                if (System.getenv("BORDERWATCH_DEBUG") != null) {
                    e.printStackTrace();
                }
                problem(ctx, new ServerError(e));
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    problem(ctx, Problem.notFound("no such page or endpoint: " + ctx.path()));
                }
            });
            c.jetty.modifyServer(server -> server.setStopTimeout(2_000));
        });
        app.start(config.host(), config.port());
        return new WebServer(app, config);
    }

    /** A 500 that tells the client no more than that: the cause goes to the server's log. */
    private static final class ServerError extends RuntimeException {
        ServerError(Exception cause) {
            super(cause);
        }
    }

    static void problem(Context ctx, RuntimeException e) {
        Problem p = e instanceof Problem pr ? pr : null;
        int status = p == null ? 500 : p.status();
        Map<String, Object> body = p != null ? p.body(ctx.path()) : Map.of("type", "/problems/server-error",
                "title", "Server error", "status", 500, "detail", "the server failed; see its log", "instance", ctx.path());
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/problem+json").result(Json.write(body));
        } else {
            ctx.html(Pages.errorPage(status, String.valueOf(body.get("title")), String.valueOf(body.get("detail"))));
        }
    }

    /** "http://127.0.0.1:8080/" */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
