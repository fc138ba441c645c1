package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.borderwatch.store.Database;
import org.borderwatch.web.WebConfig;
import org.borderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app (dashboard, incidents, documents, statements, actors, claim ledger, review) "
                + "and the REST API (/api/v1, described at /api/openapi.json) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws InterruptedException {
        WebConfig config = serve.config();
        try (Database db = store.open(spec.commandLine().getErr(), false)) {
            run(db, config, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Starts the server, prints its URL and blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    static void run(Database db, WebConfig config, PrintWriter out) throws InterruptedException {
        WebServer server;
        try {
            server = WebServer.start(config, db.jdbi());
        } catch (RuntimeException e) {
            throw new UserError("cannot serve on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "borderwatch-web-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Borderwatch is serving " + db.description() + " at " + server.url() + " as reviewer '"
                + config.reviewer() + "' (Ctrl-C stops it).");
        out.flush();
        stopped.await();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
