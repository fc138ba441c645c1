package org.borderwatch.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.borderwatch.ingest.DatasetReader;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the bundled demo corpus (the seed editorial, ISAF press releases, UCDP GED Pakistan "
                + "headlines) into the store, extract its incidents and statements, import the UCDP GED sample's "
                + "events, consolidate all reports into incidents and group the claim ledger. A second run finds "
                + "everything stored, extracted and consolidated and adds nothing. Then serves the web app and "
                + "prints its URL (unless --no-serve).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
    boolean quiet;

    @Mixin
    ServeOptions serve;

    @Option(names = "--no-serve", description = "Load and extract only; do not start the web app afterwards.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        var webConfig = noServe ? null : serve.config();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = store.open(err, quiet)) {
            out.println("Borderwatch demo: " + db.description());
            Path corpusDir = store.dataDir.resolve("demo-corpus");
            for (DemoCorpus.Part part : DemoCorpus.PARTS) {
                Path file = DemoCorpus.materialise(part, corpusDir);
                AtomicLong skipped = new AtomicLong();
                try (Progress progress = Progress.onTerminal(err, quiet, "demo")) {
                    IngestJob.Summary summary = new IngestJob(db.documents(), 500, r -> skipped.incrementAndGet(),
                            progress).run(List.of(file), part.options());
                    out.printf("  %-45s %d new, %d already stored, %d records without usable text skipped%n",
                            part.label() + ":", summary.added(), summary.unchanged(), skipped.get());
                }
            }
            out.println("Documents stored: " + db.documents().count() + ". Extracting what is new (the first run "
                    + "annotates every document and takes a few minutes):");
            ExtractJob.Summary extracted = ExtractCommand.run(db, store.dataDir, out, err, quiet, java.util.Optional.empty(), true,
                    Runtime.getRuntime().availableProcessors());
            ImportJob.Summary imported = ImportJob.run(db, DatasetReader.Dataset.UCDP_GED,
                    corpusDir.resolve(DemoCorpus.UCDP_RESOURCE), 500, err, quiet);
            out.println("UCDP GED sample imported as dataset events: " + imported.describe());
            ConsolidateCommand.run(db, new Consolidator(), false, out, err, quiet);
            out.println("See: ./borderwatch documents | ./borderwatch incidents | ./borderwatch statements"
                    + " | ./borderwatch consolidated --min-reports 2");
            DemoAccountability.run(db, out, err, quiet);
            if (webConfig != null) {
                out.flush();
                ServeCommand.run(db, webConfig, out);
            }
            return extracted.failures().isEmpty() && imported.rejected() == 0 ? 0 : 1;
        }
    }
}
