package org.borderwatch.app;

import java.util.concurrent.Callable;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "document", mixinStandardHelpOptions = true, description = "Show one document with its provenance and text.")
final class DocumentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The document's id (see 'borderwatch documents').")
    long id;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            DocumentView v = db.documents().find(id).map(d -> DocumentView.of(d, true))
                    .orElseThrow(() -> new UserError("no document with id " + id));
            if (json) {
                out.println(Json.write(v));
                return 0;
            }
            out.println("Document " + v.id());
            line(out, "Title", v.title());
            line(out, "Publisher", v.publisher());
            line(out, "Published", v.published() == null ? "unknown" : v.published() + " (" + v.dateSource() + ")");
            line(out, "Origin", v.origin());
            line(out, "URL", v.url());
            line(out, "Source id", v.externalId());
            line(out, "Language", v.language());
            line(out, "Grade", v.grade());
            line(out, "Format", v.format());
            line(out, "SHA-256", v.sha256());
            line(out, "Ingested", v.ingestedAt().toString());
            line(out, "Characters", Integer.toString(v.characters()));
            out.println();
            out.println(v.text());
            return 0;
        }
    }

    private static void line(java.io.PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("  %-11s %s%n", label + ":", value);
        }
    }
}
