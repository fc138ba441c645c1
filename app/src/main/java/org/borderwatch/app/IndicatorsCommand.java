package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorParser;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.StoredIndicator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Indicators in the indicator language (README, \"Indicators\"), evaluated against incident data. "
                + "Without a subcommand, lists the stored ones.",
        subcommands = {IndicatorsCommand.Define.class, IndicatorsCommand.Eval.class, IndicatorsCommand.Delete.class})
final class IndicatorsCommand extends Subcommand.Listing {
    static final List<Column<StoredIndicator>> COLUMNS = List.of(
            Column.of("name", 24, StoredIndicator::name),
            Column.of("author", 12, StoredIndicator::author),
            Column.csv("description", i -> i.description().orElse(null)),
            Column.of("expression", 90, StoredIndicator::expression));

    @Override
    public Integer call() {
        OutputFormat out = format();
        try (Database db = open()) {
            List<StoredIndicator> rows = new Accountability(db).store().indicators().list();
            print(out, COLUMNS, rows);
            return 0;
        }
    }

    /** Parses an expression, or fails with the column and a caret under the problem. */
    static Indicator parse(String expression) {
        try {
            return IndicatorParser.parse(expression);
        } catch (SyntaxException e) {
            throw new UserError(e.getMessage() + "\n" + e.excerpt());
        }
    }

    @Command(name = "define", mixinStandardHelpOptions = true,
            description = "Store an indicator under a name (redefining one of that name).")
    static final class Define extends Subcommand.Change {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '-' and '_', e.g. ttp-border.")
        String name;

        @Parameters(index = "1", paramLabel = "EXPRESSION",
                description = "e.g. 'count where perpetrator \"TTP\" and within 50 km of border AF-PK per month'.")
        String expression;

        @Option(names = "--description", paramLabel = "TEXT", description = "What it measures, in words.")
        String description;

        @Override
        public Integer call() {
            Indicator parsed = parse(expression);
            try (Database db = open()) {
                new Accountability(db).store().indicators().define(name, parsed.toString(), Optional.ofNullable(description),
                        author.name);
                out().printf("indicator %s: %s%n", name, parsed);
                return 0;
            }
        }
    }

    /** An indicator named, or an expression given. */
    static final class Which {
        @Parameters(paramLabel = "NAME", description = "A stored indicator.")
        String name;

        @Option(names = "--expr", paramLabel = "EXPRESSION", description = "An expression to evaluate without storing it.")
        String expression;
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate an indicator, with the incidents behind every number (C<id>: consolidated incident, "
                    + "R<id>: a report not yet consolidated).")
    static final class Eval extends Subcommand {
        @Mixin
        AccountabilityOptions.AsOf asOf;

        @ArgGroup(multiplicity = "1")
        Which which;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table|csv|json.")
        String format;

        @Override
        public Integer call() {
            OutputFormat out = OutputFormat.parse(format);
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                String expression = which.expression != null ? which.expression : a.store().indicators().find(which.name)
                        .map(StoredIndicator::expression).orElseThrow(() -> new UserError("no indicator named " + which.name));
                PrintWriter w = out();
                IndicatorViews.print(w, out, a.evaluator().evaluate(parse(expression), asOf.day()));
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a stored indicator.")
    static final class Delete extends Subcommand.Change {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Database db = open()) {
                if (!new Accountability(db).store().indicators().delete(name, author.name)) {
                    throw new UserError("no indicator named " + name);
                }
                out().println("deleted indicator " + name);
                return 0;
            }
        }
    }
}
