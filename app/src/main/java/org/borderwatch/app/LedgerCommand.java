package org.borderwatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.accountability.ledger.Ledger;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.accountability.ledger.PropositionGrouper;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.LedgerRepository;
import org.borderwatch.web.accountability.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The claim ledger: propositions with the statements for and against them. Without a subcommand, "
                + "regroups the statements and lists the propositions.",
        subcommands = {LedgerCommand.Show.class, LedgerCommand.Link.class, LedgerCommand.Unlink.class, LedgerCommand.New.class})
final class LedgerCommand extends Subcommand.Listing {
    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.6",
            description = "How alike two claims must be (0-1) to be one proposition (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N propositions.")
    int limit;

    static final List<Column<LedgerJson.SummaryView>> COLUMNS = List.of(
            Column.of("id", 5, LedgerJson.SummaryView::id),
            Column.of("for", 4, LedgerJson.SummaryView::forCount),
            Column.of("against", 8, LedgerJson.SummaryView::againstCount),
            Column.of("first", 11, LedgerJson.SummaryView::first),
            Column.of("last", 11, LedgerJson.SummaryView::last),
            Column.csv("origin", LedgerJson.SummaryView::origin),
            Column.of("proposition", 90, LedgerJson.SummaryView::proposition));

    @Override
    public Integer call() {
        OutputFormat out = format();
        if (limit < 1) {
            throw new UserError("--limit must be at least 1, was " + limit);
        }
        try (Database db = open()) {
            LedgerRepository.Regrouped r = regroup(db, threshold);
            List<LedgerJson.SummaryView> rows = new Accountability(db).store().ledger().summaries(limit).stream().map(LedgerJson.SummaryView::of).toList();
            PrintWriter w = spec.commandLine().getOut();
            out.print(w, COLUMNS, rows, rows);
            if (out == OutputFormat.TABLE) {
                w.printf("(%d propositions; %d claim statements grouped)%n", r.propositions(), r.statements());
            }
            return 0;
        }
    }

    /** Regroups every claim statement, keeping analysts' links and unlinks. */
    static LedgerRepository.Regrouped regroup(Database db, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserError("--threshold must lie in (0, 1], was " + threshold);
        }
        PropositionGrouper grouper = new PropositionGrouper(threshold);
        return new Accountability(db).store().ledger().regroup(grouper::group);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One proposition: its statements for and against over time, who holds which position, and "
                    + "the incidents that bear on it.")
    static final class Show extends Subcommand {
        @Parameters(paramLabel = "ID", description = "The proposition.")
        long id;

        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Option(names = "--from", paramLabel = "DATE", description = "Incidents from this day (default: a year before the first statement).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Incidents up to this day (default: today).")
        String to;

        @Option(names = "--border-km", paramLabel = "KM", defaultValue = "50",
                description = "How near a border of a country the proposition names an incident must be (default: ${DEFAULT-VALUE}).")
        double borderKm;

        @Override
        public Integer call() {
            try (Database db = open()) {
                regroup(db, PropositionGrouper.DEFAULT_THRESHOLD);
                Accountability a = new Accountability(db);
                LedgerEntry e = entry(a, id, from == null ? null : AccountabilityOptions.date("--from", from),
                        to == null ? LocalDate.now() : AccountabilityOptions.date("--to", to), borderKm);
                PrintWriter out = out();
                if (json) {
                    out.println(Json.write(LedgerJson.EntryView.of(e)));
                } else {
                    LedgerViews.print(out, e);
                }
                out.flush();
                return 0;
            }
        }
    }

    /** The ledger entry of a proposition, its bearing incidents counted from {@code from} (or a year before its first statement). */
    static LedgerEntry entry(Accountability a, long id, LocalDate from, LocalDate to, double borderKm) {
        Proposition p = a.store().ledger().find(id).orElseThrow(() -> new UserError("no proposition with id " + id));
        List<LedgerEntry.Position> positions = a.store().ledger().positions(id).stream()
                .map(s -> new LedgerEntry.Position(s.statement(), s.stance(), s.score(), s.origin())).toList();
        return new Ledger(Accountability.countryNames(), borderKm).entry(p, positions, a.incidents(), Ledger.window(positions, from, to));
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Put a statement in a proposition (an analyst's decision: regrouping keeps it).")
    static final class Link extends Subcommand.Change {
        @Parameters(index = "0", paramLabel = "STATEMENT", description = "The statement's id.")
        long statement;

        @Parameters(index = "1", paramLabel = "PROPOSITION", description = "The proposition's id.")
        long proposition;

        @Option(names = "--stance", paramLabel = "for|against", description = "Its stance (default: against for a denial, else for).")
        String stance;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
        String note;

        @Override
        public Integer call() {
            Optional<Stance> s = Optional.ofNullable(stance).map(LedgerCommand::stance);
            try (Database db = open()) {
                new Accountability(db).store().ledger().link(statement, proposition, s, author.name, Optional.ofNullable(note));
                regroup(db, PropositionGrouper.DEFAULT_THRESHOLD);
                out().printf("statement %d is in proposition %d (decided by %s)%n", statement, proposition,
                        author.name);
                return 0;
            }
        }
    }

    @Command(name = "unlink", mixinStandardHelpOptions = true,
            description = "Take a statement out of its proposition (an analyst's decision: regrouping keeps it out).")
    static final class Unlink extends Subcommand.Change {
        @Parameters(paramLabel = "STATEMENT", description = "The statement's id.")
        long statement;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
        String note;

        @Override
        public Integer call() {
            try (Database db = open()) {
                long from = new Accountability(db).store().ledger().unlink(statement, author.name, Optional.ofNullable(note));
                regroup(db, PropositionGrouper.DEFAULT_THRESHOLD);
                out().printf("statement %d is out of proposition %d (decided by %s)%n", statement, from,
                        author.name);
                return 0;
            }
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Start a proposition of your own, to link statements to.")
    static final class New extends Subcommand.Change {
        @Parameters(paramLabel = "LABEL", description = "What it asserts, e.g. \"Kabul harbours the TTP\".")
        String label;

        @Override
        public Integer call() {
            try (Database db = open()) {
                long id = new Accountability(db).store().ledger().create(label, author.name);
                out().printf("proposition %d: %s%n", id, label.strip());
                return 0;
            }
        }
    }

    static Stance stance(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "for" -> Stance.FOR;
            case "against" -> Stance.AGAINST;
            default -> throw new UserError("--stance must be for or against, was '" + value + "'");
        };
    }
}
