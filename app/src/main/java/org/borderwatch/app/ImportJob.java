package org.borderwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.ingest.DatasetReader;
import org.borderwatch.ingest.DatasetReader.Dataset;
import org.borderwatch.ingest.DatasetRecord;
import org.borderwatch.ingest.RecordPlace;
import org.borderwatch.resolve.place.BorderDistance;
import org.borderwatch.resolve.place.Gazetteer;
import org.borderwatch.resolve.place.NearestBorder;
import org.borderwatch.resolve.place.PlaceContext;
import org.borderwatch.resolve.place.Precision;
import org.borderwatch.store.Database;
import org.borderwatch.store.extraction.ImportedRecord;
import org.borderwatch.store.extraction.RecordImportStore;

/**
 * Imports a dataset's CSV export: reads its events ({@link DatasetReader}), places each at its
 * coordinates with the distance to the nearest international border, and stores them as reports in
 * batches ({@link RecordImportStore}). Bad rows are reported with their row and the rest go on.
 */
final class ImportJob {
    /** The importer's version, stored as the imported incidents' extractor. */
    static final String VERSION = "import-1";
    private static final int MAX_PRINTED = 50;

    record Summary(long rows, RecordImportStore.Outcome outcome, long skipped, long rejected,
                   Optional<ActorResolveJob.Summary> actors) {
        String describe() {
            RecordImportStore.Outcome o = outcome;
            String s = rows + " rows: " + o.added() + " events added, " + o.updated() + " updated, " + o.unchanged()
                    + " unchanged" + (o.kept() > 0 ? ", " + o.kept() + " kept (reviewed by an analyst)" : "")
                    + "; " + skipped + " skipped (not armed violence), " + rejected + " rejected"
                    + actors.map(a -> "; actors of " + a.describe()).orElse("");
            return o.added() + o.updated() == 0 && rejected == 0 && rows > 0
                    ? s + " (everything was imported already: nothing to add)" : s;
        }
    }

    private ImportJob() {
    }

    static Summary run(Database db, Dataset dataset, Path file, int batchSize, PrintWriter err, boolean quiet) {
        RecordImportStore store = new RecordImportStore(db.jdbi());
        long lines = approximateRows(file);
        Placer placer = new Placer(dataset);
        Summary summary;
        try (Progress progress = Progress.onTerminal(err, quiet, "import " + dataset.id())) {
            List<ImportedRecord> batch = new ArrayList<>();
            long[] counts = new long[3]; // read, skipped, rejected
            RecordImportStore.Outcome[] outcome = {new RecordImportStore.Outcome(0, 0, 0, 0)};
            long rows = DatasetReader.read(dataset, file, new DatasetReader.Listener() {
                @Override
                public void record(DatasetRecord r) {
                    try {
                        batch.add(new ImportedRecord(r.dataset(), r.recordId(), r.document(), r.report(),
                                r.place().map(placer::resolve), VERSION));
                    } catch (IllegalArgumentException e) {
                        rejected(r.where(), e.getMessage());
                        return;
                    }
                    counts[0]++;
                    if (batch.size() >= batchSize) {
                        outcome[0] = outcome[0].plus(store.store(batch));
                        batch.clear();
                    }
                    progress.update(counts[0] + counts[1] + counts[2], lines, counts[0] + " events, "
                            + counts[2] + " rejected");
                }

                @Override
                public void rejected(String where, String problem) {
                    if (++counts[2] <= MAX_PRINTED) {
                        progress.message("rejected: " + where + ": " + problem);
                    } else if (counts[2] == MAX_PRINTED + 1) {
                        progress.message("(more rejected rows are counted, not printed)");
                    }
                }

                @Override
                public void skipped(String where, String reason) {
                    counts[1]++;
                }
            });
            outcome[0] = outcome[0].plus(store.store(batch));
            progress.update(lines, lines, counts[0] + " events, " + counts[2] + " rejected");
            summary = new Summary(rows, outcome[0], counts[1], counts[2], Optional.empty());
        }
        return new Summary(summary.rows(), summary.outcome(), summary.skipped(), summary.rejected(),
                resolveActors(db, err, quiet));
    }

    /** The imported reports' sides are linked to registry actors like extracted ones, so consolidation sees them. */
    private static Optional<ActorResolveJob.Summary> resolveActors(Database db, PrintWriter err, boolean quiet) {
        ActorLinker linker = ActorLinker.open(db, quiet ? m -> { } : err::println);
        return ActorResolveJob.runPending(db.actors(), linker, err, quiet);
    }

    /** Lines in the file less the header: the rows, unless quoted cells hold line breaks (then fewer). */
    private static long approximateRows(Path file) {
        try (Stream<String> lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return Math.max(1, lines.count() - 1);
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }

    /**
     * Places a record at its coordinates: the country from the dataset's name for it (the gazetteer's
     * country entry), else from the country polygon the point lies in; the distance to the nearest
     * international border from Natural Earth.
     */
    private static final class Placer {
        private final Dataset dataset;
        private final BorderDistance borders = BorderDistance.bundled();
        private final Map<String, Optional<String>> countryByName = new HashMap<>();
        private Gazetteer gazetteer;

        Placer(Dataset dataset) {
            this.dataset = dataset;
        }

        ResolvedPlace resolve(RecordPlace p) {
            String code = countryCode(p.country())
                    .or(() -> borders.countryAt(p.latitude(), p.longitude()))
                    .orElseThrow(() -> new IllegalArgumentException("cannot tell the country of " + p.latitude() + ", "
                            + p.longitude() + " ('" + p.country() + "' is not a country we know)"));
            NearestBorder border = borders.nearestBorder(p.latitude(), p.longitude());
            return new ResolvedPlace(p.name(), code, p.admin1(), p.admin2(), p.latitude(), p.longitude(), null,
                    p.precision(), dataset.label(), border.distanceKm(), border.pair());
        }

        private Optional<String> countryCode(String name) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return countryByName.computeIfAbsent(name, n -> {
                if (gazetteer == null) {
                    gazetteer = Gazetteer.bundled();
                }
                return gazetteer.resolve(n, PlaceContext.NONE).filter(m -> m.precision() == Precision.COUNTRY)
                        .map(m -> m.countryCode());
            });
        }
    }
}
