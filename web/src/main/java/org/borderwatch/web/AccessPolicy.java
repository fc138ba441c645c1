package org.borderwatch.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one place that decides who may do what: every route goes through {@link #authorize}. Today there
 * is a single local analyst (the server's {@code --user}), requests must come from this machine, and
 * state-changing requests must come from our own pages (or from a non-browser client) so that another
 * site open in the same browser cannot post to us (CSRF). Accounts, roles and sharing replace
 * {@link #reviewerOf} and the permission check here, and nowhere else.
 */
public final class AccessPolicy {
    private final Reviewer reviewer;

    public AccessPolicy(Reviewer reviewer) {
        this.reviewer = reviewer;
    }

    /**
     * @return who makes the request
     * @throws Problem 403 when the request may not do this
     */
    public Reviewer authorize(Context ctx, Permission permission) {
        if (!fromLoopback(ctx.req().getRemoteAddr())) {
            throw Problem.forbidden("requests are only accepted from this machine");
        }
        if (!loopbackHost(ctx.host())) {
            // A page of another site whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name.
            throw Problem.forbidden("requests must name this machine (localhost, 127.0.0.1 or [::1]) as Host, not '"
                    + ctx.host() + "'");
        }
        if (permission != Permission.READ || !isSafe(ctx.method().name())) {
            requireSameOrigin(ctx);
        }
        return reviewerOf(ctx);
    }

    Reviewer reviewerOf(Context ctx) {
        return reviewer;
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /**
     * Browsers send Origin on every cross-origin POST and Sec-Fetch-Site on every request; a request with
     * neither comes from a program (curl, a script), which no other web page can make on the user's behalf.
     */
    static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String own = ctx.scheme() + "://" + ctx.host();
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            throw Problem.forbidden("cross-origin request refused (Origin " + origin + ", expected " + own + ")");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.toLowerCase(Locale.ROOT);
            if (!s.equals("same-origin") && !s.equals("none")) {
                throw Problem.forbidden("cross-site request refused (Sec-Fetch-Site: " + site + ")");
            }
        }
    }

    /** The Host header without its port: localhost or a loopback address literal (never resolved). */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static boolean fromLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
