package org.borderwatch.app;

import java.util.concurrent.Callable;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"An analyst's decision: a report is not the incident the other reports of its consolidated",
            "incident are. Gives it an incident of its own, records the decision (every later 'consolidate' keeps",
            "them apart) and writes the audit log."})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "REPORT_ID", description = "The report's incident id (as 'borderwatch incidents' lists it).")
    long report;

    @Mixin
    DecisionOptions decision;

    @Override
    public Integer call() {
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            long created = db.consolidation(new GroupReconciler()).split(report, decision.author, decision.note());
            spec.commandLine().getOut().printf("report %d is now consolidated incident %d of its own (decided by %s)%n",
                    report, created, decision.author);
            return 0;
        }
    }
}
