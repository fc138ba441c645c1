package org.borderwatch.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.core.actor.RegistryEntries;
import org.borderwatch.resolve.actor.ActorRegistry;
import org.borderwatch.resolve.actor.InvalidRegistryException;
import org.borderwatch.resolve.actor.PhoenixImport;
import org.borderwatch.resolve.actor.RegistryCsv;
import org.borderwatch.resolve.actor.RegistryFile;
import org.borderwatch.resolve.actor.RegistryFileException;
import org.borderwatch.resolve.actor.RegistryJson;
import org.borderwatch.store.Database;
import org.borderwatch.store.actor.PostgresActorStore;
import org.borderwatch.store.actor.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import actors and affiliations into the registry as the analyst's: a registry file (CSV or "
                + "JSON, as 'actors export' writes them) or a PETRARCH2 Phoenix actor dictionary (*.actors.txt). An "
                + "actor with the id of a stored one replaces it; a later sync of the bundled registry never "
                + "overwrites imported actors. The file is checked whole first: a bad one changes nothing.")
final class ActorImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv|json|phoenix (default: from the file name: .csv, .json, .txt for Phoenix).")
    String format;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        String kind = format(format, file);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = parent.store.open(err, true)) {
            PostgresActorStore actors = db.actors();
            ActorRegistry current = ActorLinker.syncedRegistry(actors, m -> { });
            RegistryFile read = read(kind, current, out);
            RegistryEntries merged;
            try {
                merged = read.mergedInto(current.entries());
                ActorRegistry.of(merged);
            } catch (RegistryFileException e) {
                throw new UserError(e.getMessage());
            } catch (InvalidRegistryException e) {
                long line = read.actors().stream().filter(a -> a.id().equals(e.actorId())).findFirst()
                        .map(read::lineOf).orElse(0L);
                throw new UserError(new RegistryFileException(read.name(), line, e.getMessage()).getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(read.name() + ": " + e.getMessage());
            }
            SyncReport saved = actors.save(read.actors(), read.affiliations());
            out.println("imported " + file + ": " + read.actors().size() + " actors and " + read.affiliations().size()
                    + " affiliations read; " + saved.describe());
            out.println("run 'borderwatch actors resolve' to resolve the stored facts with the new registry");
            return 0;
        }
    }

    private RegistryFile read(String kind, ActorRegistry current, java.io.PrintWriter out) {
        String name = file.toString();
        try (Reader in = strictUtf8(file)) {
            return switch (kind) {
                case "json" -> RegistryJson.read(in, name);
                case "csv" -> RegistryCsv.read(in, name);
                default -> {
                    PhoenixImport.Result r = PhoenixImport.read(in, name, current);
                    for (Map.Entry<String, Integer> e : r.skipped().entrySet()) {
                        out.printf("  skipped %d: %s%n", e.getValue(), e.getKey());
                    }
                    r.warnings().stream().limit(20).forEach(w -> out.println("  warning: " + w));
                    if (r.warnings().size() > 20) {
                        out.println("  ... and " + (r.warnings().size() - 20) + " more warnings");
                    }
                    yield r.file();
                }
            };
        } catch (RegistryFileException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new UserError(name + ": not UTF-8 text" + (e.line() > 0 ? " (at line " + e.line() + ")" : ""));
                }
            }
            throw new UserError(e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UserError(name + ": not UTF-8 text");
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            throw new UserError(name + (cause instanceof CharacterCodingException ? ": not UTF-8 text"
                    : ": cannot read: " + cause.getMessage()));
        }
    }

    /** A reader that fails on bytes that are not UTF-8 instead of replacing them. */
    private static Reader strictUtf8(Path path) throws IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    static String format(String given, Path file) {
        if (given != null) {
            String f = given.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("json") && !f.equals("phoenix")) {
                throw new UserError("--format must be csv, json or phoenix, was '" + given + "'");
            }
            return f;
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return "json";
        }
        if (n.endsWith(".csv")) {
            return "csv";
        }
        if (n.endsWith(".txt")) {
            return "phoenix";
        }
        throw new UserError("--format: cannot tell the format of " + file + " from its name; give csv, json or phoenix");
    }
}
