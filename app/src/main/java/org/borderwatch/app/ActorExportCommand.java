package org.borderwatch.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.core.actor.RegistryEntries;
import org.borderwatch.resolve.actor.RegistryCsv;
import org.borderwatch.resolve.actor.RegistryJson;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole registry (bundled and imported actors, affiliations) as JSON or CSV, in the "
                + "form 'actors import' reads.")
final class ActorExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json|csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv")) {
            throw new UserError("--format must be json or csv, was '" + format + "'");
        }
        try (Database db = parent.store.open(spec.commandLine().getErr(), true)) {
            RegistryEntries entries = ActorLinker.syncedRegistry(db.actors(), m -> { }).entries();
            if (output == null) {
                write(entries, f, spec.commandLine().getOut());
                return 0;
            }
            Path dir = output.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new UserError("--output: no such directory: " + dir);
            }
            Path partial = Files.createTempFile(dir, output.getFileName().toString(), ".partial");
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
                write(entries, f, w);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println("wrote " + entries.actors().size() + " actors and "
                    + entries.affiliations().size() + " affiliations to " + output);
            return 0;
        }
    }

    private static void write(RegistryEntries entries, String format, Writer out) {
        if (format.equals("json")) {
            RegistryJson.write(entries, out);
        } else {
            RegistryCsv.write(entries, out);
        }
    }
}
