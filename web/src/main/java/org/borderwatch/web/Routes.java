package org.borderwatch.web;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.web.page.Pages;
import org.borderwatch.web.query.Param;

/**
 * Registers routes so that every one goes through the {@link AccessPolicy} first, and records the API's
 * for its OpenAPI description.
 */
final class Routes implements Pages.Registry {
    /** A handler that knows who is asking (the policy has already said they may). */
    @FunctionalInterface
    interface Action extends Pages.PageAction {
    }

    /** An API endpoint as OpenAPI describes it. */
    record Endpoint(String method, String path, String summary, Permission permission, List<Param> params,
                    String requestBody, String response) {
    }

    private final RoutesConfig routes;
    private final AccessPolicy policy;
    private final List<Endpoint> endpoints = new ArrayList<>();

    Routes(RoutesConfig routes, AccessPolicy policy) {
        this.routes = routes;
        this.policy = policy;
    }

    @Override
    public void page(String path, Pages.PageAction action) {
        routes.get(path, ctx -> action.handle(ctx, policy.authorize(ctx, Permission.READ)));
    }

    @Override
    public void form(String path, Pages.PageAction action) {
        routes.post(path, ctx -> action.handle(ctx, policy.authorize(ctx, Permission.REVIEW)));
    }

    void get(String path, String summary, Permission permission, List<Param> params, String response, Action action) {
        endpoints.add(new Endpoint("get", path, summary, permission, params, null, response));
        routes.get(path, ctx -> action.handle(ctx, policy.authorize(ctx, permission)));
    }

    void post(String path, String summary, Permission permission, String requestBody, String response, Action action) {
        endpoints.add(new Endpoint("post", path, summary, permission, List.of(), requestBody, response));
        routes.post(path, ctx -> action.handle(ctx, policy.authorize(ctx, permission)));
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }
}
