package org.borderwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderwatch.resolve.place.Gazetteer;
import org.borderwatch.resolve.place.GazetteerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the places extraction resolves mentions against: the bundled region plus imported "
                + "GeoNames dumps.",
        subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where imported gazetteer files live: extraction uses them when this directory exists. */
    static Path directory(Path dataDir) {
        return dataDir.resolve("gazetteer");
    }

    /** The bundled gazetteer plus the files imported into the data directory, or the bundled one alone. */
    static Gazetteer forDataDir(Path dataDir) {
        Path dir = dataDir == null ? null : directory(dataDir);
        if (dir == null || !Files.isDirectory(dir)) {
            return Gazetteer.bundled();
        }
        try {
            return Gazetteer.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("imported gazetteer in " + dir + " unreadable: " + e.getMessage(), e);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a GeoNames dump (cities500/1000/15000, allCountries, a country file such as PK.txt, "
                    + "admin1CodesASCII.txt, admin2Codes.txt; plain, .gz or .zip) into <data-dir>/gazetteer/, "
                    + "which extraction then uses on top of the bundled region.")
    static final class Import implements Callable<Integer> {
        /** ISO 3166 alpha-2 codes, plus XK (Kosovo), which GeoNames uses. */
        private static final Set<String> COUNTRY_CODES = Stream.concat(Stream.of(Locale.getISOCountries()),
                Stream.of("XK")).collect(Collectors.toUnmodifiableSet());

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE", description = "A GeoNames dump file.")
        Path file;

        @Option(names = "--countries", paramLabel = "CODES", split = ",",
                description = "Keep only these countries (ISO alpha-2, e.g. PK,AF; default: every country in the file).")
        List<String> countries = List.of();

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
            Set<String> codes = new TreeSet<>();
            for (String c : countries) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (!COUNTRY_CODES.contains(code)) {
                    throw new UserError("--countries: unknown country code '" + c.strip()
                            + "' (use ISO 3166 alpha-2 codes such as PK, AF)");
                }
                codes.add(code);
            }
            GazetteerImport.Options defaults = GazetteerImport.Options.defaults();
            GazetteerImport.Options options = new GazetteerImport.Options(codes, defaults.featureClasses(),
                    defaults.latinAndArabicAlternatesOnly());
            GazetteerImport.Report report;
            try {
                report = GazetteerImport.importFile(file, directory(store.dataDir), options);
            } catch (IOException e) {
                throw new UserError(file + " is not a GeoNames dump: " + e.getMessage());
            }
            if (report.rowsKept() == 0 && report.rowsRead() > 0
                    && report.skipped().keySet().stream().allMatch(k -> k.startsWith("unreadable"))) {
                Files.deleteIfExists(report.written());
                throw new UserError(file + " is not a GeoNames dump: no row could be read ("
                        + String.join("; ", report.skipped().keySet()) + ")");
            }
            var out = spec.commandLine().getOut();
            out.printf("imported %s (%s): %d rows read, %d kept, %d skipped%n", file, report.kind(),
                    report.rowsRead(), report.rowsKept(), report.rowsRead() - report.rowsKept());
            for (Map.Entry<String, Long> e : new TreeMap<>(report.skipped()).entrySet()) {
                out.printf("  skipped %d: %s%n", e.getValue(), e.getKey());
            }
            out.println("wrote " + report.written());
            return 0;
        }
    }
}
