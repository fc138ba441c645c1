package org.borderwatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.ingest.Format;
import org.borderwatch.ingest.IngestOptions;
import org.borderwatch.ingest.Limits;

/** The corpus shipped inside the jar for the demo (sources and licences in NOTICE). */
final class DemoCorpus {
    /** One bundled file and how to read it. */
    record Part(String label, String resource, Format format, String publisher, SourceGrade grade,
                Map<String, String> columns) {
        IngestOptions options() {
            return new IngestOptions(format, publisher, grade, columns, Limits.DEFAULT, LocalDate.now());
        }
    }

    /** The UCDP GED sample, ingested for its headlines and imported for its events. */
    static final String UCDP_RESOURCE = "ucdp-ged-pakistan.csv";

    static final List<Part> PARTS = List.of(
            new Part("seed editorial (2024-05-28)", "editorial-2024-05-28.txt", Format.LINE, null,
                    SourceGrade.F, Map.of()),
            new Part("ISAF press releases 2009-2013", "isaf-press-releases.jsonl", Format.JSONL, "ISAF",
                    SourceGrade.C, Map.of()),
            new Part("UCDP GED Pakistan sample (source headlines)", UCDP_RESOURCE, Format.CSV, null,
                    SourceGrade.B, Map.of("text", "source_headline", "title", "source_headline",
                            "date", "source_date", "publisher", "source_office", "id", "id")));

    private DemoCorpus() {
    }

    /** Copies the part out of the jar into {@code dir} (once) and returns the file. */
    static Path materialise(Part part, Path dir) {
        Path target = dir.resolve(part.resource());
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = DemoCorpus.class.getResourceAsStream("/demo/" + part.resource())) {
            if (in == null) {
                throw new IllegalStateException("the demo corpus file " + part.resource() + " is missing from the jar");
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, part.resource(), ".partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UserError("cannot write the demo corpus to " + dir + ": " + e.getMessage());
        }
    }
}
