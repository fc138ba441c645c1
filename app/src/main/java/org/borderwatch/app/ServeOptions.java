package org.borderwatch.app;

import org.borderwatch.web.WebConfig;
import picocli.CommandLine.Option;

/** Where the web app listens and who reviews: shared by serve and demo. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = WebConfig.DEFAULT_HOST,
            description = "Loopback address to bind (default: ${DEFAULT-VALUE}); other addresses are refused until "
                    + "the app has accounts.")
    String host;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Reviewer name recorded with every change (default: the OS user).")
    String user;

    WebConfig config() {
        return new WebConfig(host, port, user == null ? WebConfig.osUser() : user);
    }
}
