package org.borderwatch.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.ingest.Format;
import org.borderwatch.ingest.IngestOptions;
import org.borderwatch.ingest.Limits;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read documents from files, directories (recursively) and .zip archives into the store. "
                + "Content already stored is recognised and not added again. Exit status 1 when anything was rejected.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or .zip archives.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto|line|text|jsonl|csv|html (default: ${DEFAULT-VALUE}: by file name and content).")
    String format;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher for documents that name none.")
    String publisher;

    @Option(names = "--grade", paramLabel = "A-F", defaultValue = "F",
            description = "Admiralty source reliability grade (default: ${DEFAULT-VALUE}, cannot be judged).")
    String grade;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", split = ",",
            description = "CSV columns for our fields (text, title, date, url, publisher, id), e.g. text=body,date=published.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
            description = "Documents stored per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
    boolean quiet;

    @Override
    public Integer call() {
        IngestOptions options = new IngestOptions(Format.parse(format), publisher, SourceGrade.parse(grade),
                columns, Limits.DEFAULT, LocalDate.now());
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = store.open(err, quiet);
             Progress progress = Progress.onTerminal(err, quiet, "ingest")) {
            IngestJob job = new IngestJob(db.documents(), batchSize,
                    rejection -> progress.message("rejected: " + rejection), progress);
            IngestJob.Summary summary = job.run(paths, options);
            out.println("ingested into " + db.description() + ": " + summary.describe());
            return summary.rejected() > 0 ? 1 : 0;
        }
    }
}
