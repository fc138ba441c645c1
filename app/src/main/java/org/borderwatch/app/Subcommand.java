package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.store.Database;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of a command that holds the store options ({@code ledger show}, {@code commitments
 * confirm}): it opens the database its parent was told to use.
 */
abstract class Subcommand implements Callable<Integer> {
    /** A command whose subcommands open the database it names. */
    interface Parent {
        StoreOptions store();
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Parent parent;

    Database open() {
        return parent.store().open(spec.commandLine().getErr(), true);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * A command that lists stored records when run without a subcommand, and holds the store options and
     * the listing format for its subcommands.
     */
    abstract static class Listing implements Callable<Integer>, Parent {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table|csv|json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public StoreOptions store() {
            return store;
        }

        Database open() {
            return store.open(spec.commandLine().getErr(), true);
        }

        /** The format, checked before the database is opened. */
        OutputFormat format() {
            return OutputFormat.parse(format);
        }

        <T> void print(OutputFormat format, List<Column<T>> columns, List<T> rows) {
            format.print(spec.commandLine().getOut(), columns, rows, rows);
        }
    }

    /** Which review state a listing shows. */
    static final class Review {
        @picocli.CommandLine.Option(names = "--review", paramLabel = "STATE", defaultValue = "all",
                description = "suggested|confirmed|rejected|all (default: ${DEFAULT-VALUE}).")
        String review;

        Optional<ReviewState> state() {
            return review.equalsIgnoreCase("all") ? Optional.empty()
                    : Optional.of(AccountabilityOptions.choice("--review", review, ReviewState.class));
        }
    }

    /** A subcommand that changes something, recording who did. */
    abstract static class Change extends Subcommand {
        @Mixin
        AccountabilityOptions.Author author;
    }
}
