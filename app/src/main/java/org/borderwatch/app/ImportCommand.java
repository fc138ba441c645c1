package org.borderwatch.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.ingest.DatasetReader.Dataset;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load an event dataset's CSV export as reports that take part in consolidation.",
        subcommands = {ImportCommand.Ucdp.class, ImportCommand.Acled.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What both datasets' commands take. */
    abstract static class DatasetImport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE", description = "The CSV export.")
        Path file;

        @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
                description = "Events stored per transaction (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
        boolean quiet;

        abstract Dataset dataset();

        @Override
        public Integer call() {
            if (batchSize < 1) {
                throw new UserError("--batch-size must be at least 1, was " + batchSize);
            }
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            try (Database db = store.open(err, quiet)) {
                ImportJob.Summary s = ImportJob.run(db, dataset(), file, batchSize, err, quiet);
                out.println("import " + dataset().id() + ": " + file + ": " + s.describe());
                return s.rejected() > 0 ? 1 : 0;
            }
        }
    }

    @Command(name = "ucdp", mixinStandardHelpOptions = true,
            description = {"Import UCDP GED events (the GED CSV export: id, date_start, date_end, side_a, side_b,",
                "type_of_violence, latitude, longitude, where_prec, best_est, low_est, high_est, ...).",
                "Re-importing adds nothing; a changed event replaces its report. Exit status 1 when a row was rejected."})
    static final class Ucdp extends DatasetImport {
        @Override
        Dataset dataset() {
            return Dataset.UCDP_GED;
        }
    }

    @Command(name = "acled", mixinStandardHelpOptions = true,
            description = {"Import ACLED events (ACLED's CSV export: event_id_cnty, event_date, event_type,",
                "sub_event_type, actor1, actor2, admin1, admin2, location, latitude, longitude, geo_precision,",
                "fatalities, notes, source, ...). Events that are not armed violence are skipped.",
                "Re-importing adds nothing; a changed event replaces its report. Exit status 1 when a row was rejected."})
    static final class Acled extends DatasetImport {
        @Override
        Dataset dataset() {
            return Dataset.ACLED;
        }
    }
}
