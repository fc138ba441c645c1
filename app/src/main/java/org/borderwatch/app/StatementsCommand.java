package org.borderwatch.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.store.Database;
import org.borderwatch.store.extraction.FactQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "List extracted and entered statements, newest first, each with its evidence quote.")
final class StatementsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FactListOptions list;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: accuse, deny, demand, threaten, "
            + "commit, recommend, attribute_responsibility, claim_responsibility, express_concern.")
    String type;

    @Override
    public Integer call() {
        OutputFormat format = list.checked();
        Optional<String> only = FactListOptions.type(type, StatementType.class);
        var out = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            FactQuery query = list.query(db, only);
            List<StatementView> rows = db.extractions().statements(query).stream().map(StatementView::of).toList();
            format.print(out, StatementView.COLUMNS, rows, rows);
            if (format == OutputFormat.TABLE) {
                out.printf("(%d of %d statements)%n", rows.size(), db.extractions().countStatements(query));
            }
            return 0;
        }
    }
}
