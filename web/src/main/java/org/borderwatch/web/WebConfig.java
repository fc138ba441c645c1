package org.borderwatch.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where the server listens and who reviews. Until accounts and roles exist (see {@link AccessPolicy}),
 * only loopback addresses are allowed: the app has no login, so it must not be reachable from the network.
 *
 * @param port     0 picks a free port
 * @param reviewer the name recorded with every change made through this server
 */
public record WebConfig(String host, int port, String reviewer) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, was " + port);
        }
        if (reviewer == null || reviewer.isBlank() || reviewer.length() > 100) {
            throw new IllegalArgumentException("--user must be a name of 1 to 100 characters");
        }
        requireLoopback(host);
        reviewer = reviewer.strip();
    }

    static void requireLoopback(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host: unknown host '" + host + "'");
        }
        for (InetAddress a : addresses) {
            if (!a.isLoopbackAddress()) {
                throw new IllegalArgumentException("--host must be a loopback address such as 127.0.0.1 (the web app "
                        + "has no accounts yet, so it must not be reachable from the network), was '" + host + "'");
            }
        }
    }

    /** The OS user, the default reviewer name. */
    public static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
    }
}
