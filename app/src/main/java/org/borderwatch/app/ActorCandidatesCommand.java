package org.borderwatch.app;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.store.Database;
import org.borderwatch.store.actor.CandidateActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = "List the candidate actors: mentions of speakers, addressees and perpetrators that no registry "
                + "actor matched, most often mentioned first, with where they were seen and why nothing matched. Add "
                + "them to the registry ('actors import') and run 'actors resolve'.")
final class ActorCandidatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table|csv|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    record CandidateView(String id, String name, long mentions, long documents, List<String> seenAs, List<String> examples,
            String why, Instant lastSeen) {
        static CandidateView of(CandidateActor c) {
            return new CandidateView("#" + c.id(), c.name(), c.mentions(), c.documents(),
                    c.seenAs().stream().map(FactViews::lower).toList(), c.examples(), c.why(), c.lastSeen());
        }
    }

    static final List<Column<CandidateView>> COLUMNS = List.of(
            Column.of("id", 7, CandidateView::id),
            Column.of("mentions", "MENTIONS", 8, CandidateView::mentions),
            Column.of("documents", "DOCS", 5, CandidateView::documents),
            Column.of("name", 36, CandidateView::name),
            Column.of("seen_as", "SEEN AS", 20, v -> String.join(",", v.seenAs())),
            Column.csv("examples", v -> String.join("; ", v.examples())),
            Column.csv("last_seen", CandidateView::lastSeen),
            Column.of("why", 80, CandidateView::why));

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new UserError("--offset must be at least 0, was " + offset);
        }
        OutputFormat output = OutputFormat.parse(format);
        var out = spec.commandLine().getOut();
        try (Database db = parent.store.open(spec.commandLine().getErr(), true)) {
            List<CandidateView> rows = db.actors().candidates(limit, offset).stream().map(CandidateView::of).toList();
            output.print(out, COLUMNS, rows, rows);
            if (output == OutputFormat.TABLE) {
                out.printf("(%d candidates shown; 'borderwatch actor #ID' shows where one was seen)%n", rows.size());
            }
            return 0;
        }
    }
}
