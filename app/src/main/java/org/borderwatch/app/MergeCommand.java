package org.borderwatch.app;

import java.util.concurrent.Callable;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"An analyst's decision: two consolidated incidents are one. Records that all their reports are",
            "the same incident (every later 'consolidate' keeps them together) and writes the audit log."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "A consolidated incident (see 'borderwatch consolidated').")
    long first;

    @Parameters(index = "1", paramLabel = "OTHER_ID", description = "The consolidated incident that is the same.")
    long second;

    @Mixin
    DecisionOptions decision;

    @Override
    public Integer call() {
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            long kept = db.consolidation(new GroupReconciler()).merge(first, second, decision.author, decision.note());
            spec.commandLine().getOut().printf("merged consolidated incidents %d and %d into %d (decided by %s)%n",
                    first, second, kept, decision.author);
            return 0;
        }
    }
}
