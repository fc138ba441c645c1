package org.borderwatch.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.store.Database;
import org.borderwatch.store.extraction.FactQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "List extracted and entered incidents, newest first, each with its evidence quote.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FactListOptions list;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: armed_assault, bombing, "
            + "suicide_attack, ied, targeted_killing, kidnapping, cross_border_strike, shelling, airstrike, clash, "
            + "security_operation, arrest, attack.")
    String type;

    @Override
    public Integer call() {
        OutputFormat format = list.checked();
        Optional<String> only = FactListOptions.type(type, IncidentType.class);
        var out = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            FactQuery query = list.query(db, only);
            List<IncidentView> rows = db.extractions().incidents(query).stream().map(IncidentView::of).toList();
            format.print(out, IncidentView.COLUMNS, rows, rows);
            if (format == OutputFormat.TABLE) {
                out.printf("(%d of %d incidents)%n", rows.size(), db.extractions().countIncidents(query));
            }
            return 0;
        }
    }
}
