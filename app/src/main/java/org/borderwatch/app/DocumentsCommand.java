package org.borderwatch.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.core.document.Document;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "documents", mixinStandardHelpOptions = true, description = "List stored documents, newest first.")
final class DocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Option(names = "--json", description = "JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) {
            throw new UserError("--limit must be at least 1 and --offset at least 0, were " + limit + " and " + offset);
        }
        var out = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            List<Document> docs = db.documents().list(limit, offset);
            if (json) {
                out.println(Json.write(docs.stream().map(d -> DocumentView.of(d, false)).toList()));
            } else {
                out.printf("%-7s %-10s %-9s %-2s %-18s %s%n", "ID", "PUBLISHED", "DATE FROM", "GR", "PUBLISHER", "TITLE");
                for (Document d : docs) {
                    DocumentView v = DocumentView.of(d, false);
                    out.printf("%-7d %-10s %-9s %-2s %-18s %s%n", v.id(), v.published() == null ? "-" : v.published(),
                            v.dateSource(), v.grade(), clip(v.publisher(), 18), clip(v.title(), 70));
                }
                out.printf("(%d of %d documents)%n", docs.size(), db.documents().count());
            }
            return 0;
        }
    }

    static String clip(String s, int width) {
        if (s == null) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
