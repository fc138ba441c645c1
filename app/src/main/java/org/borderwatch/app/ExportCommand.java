package org.borderwatch.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.store.Database;
import org.borderwatch.web.Problem;
import org.borderwatch.web.export.ExportFormat;
import org.borderwatch.web.export.Exporter;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export incidents (consolidated, and reports not yet consolidated) as CSV with ACLED-like columns "
                + "and our attribution fields, JSON, GeoJSON, or a STIX 2.1 bundle. The filters are the API's.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, json, geojson or stix.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Option(names = "--from", paramLabel = "DATE", description = "Incidents on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Incidents on or before.")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Incident type (bombing, suicide_attack, …).")
    String type;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Perpetrator: registry id, name, alias or mention.")
    String actor;

    @Option(names = "--country", paramLabel = "CC", description = "Country of the place, ISO alpha-2 (PK).")
    String country;

    @Option(names = "--admin1", paramLabel = "PROVINCE", description = "Province of the place.")
    String admin1;

    @Option(names = "--border-km", paramLabel = "KM", description = "Within this many km of the nearest border.")
    String borderKm;

    @Option(names = "--q", paramLabel = "WORDS", description = "Words in any report's document (full text).")
    String q;

    @Option(names = "--status", paramLabel = "STATUS", description = "unreviewed, accepted, edited, rejected or all "
            + "(default: all but rejected).")
    String status;

    @Override
    public Integer call() throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("type", type);
        params.put("actor", actor);
        params.put("country", country);
        params.put("admin1", admin1);
        params.put("border_km", borderKm);
        params.put("q", q);
        params.put("status", status);
        ExportFormat chosen;
        IncidentFilter filter;
        try {
            chosen = ExportFormat.parse("format", format);
            filter = IncidentFilter.from(Params.of(params));
        } catch (Problem p) {
            throw new UserError(p.getMessage().replaceFirst("^" + p.parameter() + ":",
                    "--" + p.parameter().replace('_', '-') + ":"));
        }
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            Exporter exporter = new Exporter(db.jdbi());
            long n;
            if (output == null) {
                n = exporter.write(chosen, filter, spec.commandLine().getOut(), Instant.now());
            } else {
                // Into a temporary file moved into place at the end: a failed export leaves no half file.
                Path dir = output.toAbsolutePath().getParent();
                Path partial = Files.createTempFile(dir, output.getFileName().toString(), ".partial");
                try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    n = exporter.write(chosen, filter, w, Instant.now());
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            spec.commandLine().getErr().println("exported " + n + " incidents as " + format.toLowerCase(java.util.Locale.ROOT)
                    + (output == null ? "" : " to " + output));
            return 0;
        }
    }
}
