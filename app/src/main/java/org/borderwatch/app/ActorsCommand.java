package org.borderwatch.app;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List the actor registry: the bundled actors (governments, agencies, security forces, armed "
                + "groups, international bodies, persons with dated offices, each with its source) and those analysts "
                + "imported. Subcommands import, export, resolve and review it.",
        subcommands = {ActorImportCommand.class, ActorExportCommand.class, ActorCandidatesCommand.class,
            ActorResolveCommand.class, ActorMatchCommand.class, ActorPublisherCommand.class})
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: government, ministry_or_agency, "
            + "security_force, armed_group, faction, international_body, group_of_states, person.")
    String type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table|csv|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No status messages.")
    boolean quiet;

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format);
        Optional<String> only = FactListOptions.type(type, ActorType.class);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = store.open(err, true)) {
            ActorLinker.syncedRegistry(db.actors(), quiet ? m -> { } : err::println);
            List<ActorView> rows = db.actors().registeredActors().values().stream()
                    .filter(a -> only.isEmpty() || a.type().equals(only.get()))
                    .map(ActorView::of)
                    .sorted(Comparator.comparing(ActorView::type).thenComparing(v -> v.country() == null ? "~" : v.country())
                            .thenComparing(v -> v.name().toLowerCase(Locale.ROOT)))
                    .toList();
            output.print(out, ActorView.COLUMNS, rows, rows);
            if (output == OutputFormat.TABLE) {
                out.printf("(%d actors; 'borderwatch actor ID' shows one, 'borderwatch actors candidates' the mentions "
                        + "left for review)%n", rows.size());
            }
            return 0;
        }
    }
}
