package org.borderwatch.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve the actors of stored machine-extracted facts again with the current registry (after an "
                + "import or an upgrade): speakers, addressees, perpetrators and attributing speakers. Facts an "
                + "analyst entered, corrected or reviewed keep their actors. No NLP runs: the mentions are stored. "
                + "Exit status 1 when any document failed.")
final class ActorResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
    Long documentId;

    @Option(names = "--pending", description = "Only documents not yet resolved with this version of the registry.")
    boolean pending;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
    boolean quiet;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = parent.store.open(err, quiet)) {
            if (documentId != null && db.documents().find(documentId).isEmpty()) {
                throw new UserError("--doc: no document with id " + documentId);
            }
            ActorLinker linker = ActorLinker.open(db, quiet ? m -> { } : err::println);
            ActorResolveJob.Summary summary;
            try (Progress progress = Progress.onTerminal(err, quiet, "resolve")) {
                summary = ActorResolveJob.run(db.actors(), linker, Optional.ofNullable(documentId), pending, progress,
                        f -> progress.message("failed: document " + f.documentId() + ": " + f.reason()));
            }
            out.println(summary.describe());
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }
}
