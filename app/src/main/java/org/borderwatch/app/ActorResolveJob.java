package org.borderwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.borderwatch.store.actor.LinkReport;
import org.borderwatch.store.actor.PostgresActorStore;

/**
 * Resolves the actors of stored facts again, a page of documents at a time (no NLP: the mentions are
 * stored), after the registry changed. A document that fails is reported and the rest go on.
 */
final class ActorResolveJob {
    static final int PAGE = 500;

    record Summary(long documents, LinkReport links, int candidatesRemoved, List<ExtractJob.Failure> failures) {
        String describe() {
            return ExtractJob.plural(documents, "document") + " resolved: " + ExtractJob.plural(links.matched(), "actor mention")
                    + " linked to registry actors, " + links.candidates() + " to candidates"
                    + (candidatesRemoved > 0 ? ", " + ExtractJob.plural(candidatesRemoved, "candidate") + " no longer mentioned removed" : "")
                    + (failures.isEmpty() ? "" : ", " + ExtractJob.plural(failures.size(), "document") + " failed");
        }
    }

    private ActorResolveJob() {}

    /**
     * Resolves the documents not yet resolved with the linker's registry version (facts stored since, or
     * resolved with an older registry), with progress; empty when none is due.
     */
    static Optional<Summary> runPending(PostgresActorStore store, ActorLinker linker, java.io.PrintWriter err,
                                        boolean quiet) {
        if (store.countToResolve(Optional.of(linker.version())) == 0) {
            return Optional.empty();
        }
        try (Progress progress = Progress.onTerminal(err, quiet, "actors")) {
            return Optional.of(run(store, linker, Optional.empty(), true, progress,
                    f -> progress.message("failed: document " + f.documentId() + ": " + f.reason())));
        }
    }

    /**
     * @param only        just this document
     * @param pendingOnly only documents not yet resolved with the linker's registry version
     */
    static Summary run(PostgresActorStore store, ActorLinker linker, Optional<Long> only, boolean pendingOnly,
                       Progress progress, Consumer<ExtractJob.Failure> onFailure) {
        Optional<String> version = pendingOnly ? Optional.of(linker.version()) : Optional.empty();
        long total = only.isPresent() ? 1 : store.countToResolve(version);
        List<ExtractJob.Failure> failures = new ArrayList<>();
        LinkReport links = new LinkReport(0, 0);
        long done = 0;
        List<Long> page = only.map(List::of).orElseGet(() -> store.documentsToResolve(0, PAGE, version));
        while (!page.isEmpty()) {
            for (long id : page) {
                try {
                    links = links.plus(linker.link(id));
                } catch (RuntimeException e) {
                    ExtractJob.Failure f = new ExtractJob.Failure(id, ExtractJob.reason(e));
                    failures.add(f);
                    onFailure.accept(f);
                }
                done++;
                progress.update(done, total, done + "/" + total + " documents, " + links.matched() + " linked, "
                        + links.candidates() + " candidates");
            }
            page = only.isPresent() ? List.of() : store.documentsToResolve(page.get(page.size() - 1), PAGE, version);
        }
        int removed = store.deleteOrphanCandidates();
        return new Summary(done - failures.size(), links, removed, List.copyOf(failures));
    }
}
