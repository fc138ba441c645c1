package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.EvidenceRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.CommitmentRepository;
import org.borderwatch.web.accountability.CommitmentJson.CommitmentView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = "Commitments: what one actor owes another, suggested from demands, promises and recommendations, "
                + "confirmed by an analyst or entered by hand, and rated with evidence. Without a subcommand, lists them.",
        subcommands = {CommitmentsCommand.Suggest.class, CommitmentsCommand.Show.class, CommitmentsCommand.Confirm.class,
            CommitmentsCommand.Reject.class, CommitmentsCommand.Add.class, CommitmentsCommand.Status.class,
            CommitmentsCommand.Measure.class})
final class CommitmentsCommand extends Subcommand.Listing {
    @Mixin
    Subcommand.Review review;

    @Override
    public Integer call() {
        OutputFormat out = format();
        Optional<ReviewState> state = review.state();
        try (Database db = open()) {
            List<CommitmentView> rows = new Accountability(db).store().commitments().list(state).stream()
                    .map(CommitmentView::of).toList();
            print(out, CommitmentViews.COLUMNS, rows);
            return 0;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Suggest commitments from the stored demand, commit and recommend statements (again: adds only new ones).")
    static final class Suggest extends Subcommand {
        @Override
        public Integer call() {
            try (Database db = open()) {
                Suggestions.Count c = Suggestions.commitments(new Accountability(db));
                out().println(c.describe("commitments") + "; list them with 'commitments --review suggested'");
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One commitment with its sources and ratings.")
    static final class Show extends Subcommand {
        @Mixin
        AccountabilityOptions.AsOf asOf;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Override
        public Integer call() {
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                Commitment c = find(a, id);
                PrintWriter out = out();
                if (json) {
                    out.println(Json.write(CommitmentView.of(c)));
                    out.flush();
                    return 0;
                }
                CommitmentViews.print(out, c);
                for (String name : c.indicators()) {
                    out.println();
                    out.println("measured by indicator " + name + ":");
                    IndicatorViews.print(out, OutputFormat.TABLE, a.evaluator().evaluate(a.indicators().get(name), asOf.day()));
                }
                return 0;
            }
        }
    }

    static Commitment find(Accountability a, long id) {
        return a.store().commitments().find(id).orElseThrow(() -> new UserError("no commitment with id " + id));
    }

    /** The parts of a commitment an analyst may give or change. */
    static final class Fields {
        @Option(names = "--obligor", paramLabel = "PARTY", description = "Who owes it (a registry name or alias, or words).")
        String obligor;

        @Option(names = "--obligee", paramLabel = "PARTY", description = "To whom.")
        String obligee;

        @Option(names = "--owed", paramLabel = "TEXT", description = "What is owed.")
        String owed;

        @Option(names = "--start", paramLabel = "DATE", description = "From when (YYYY-MM-DD).")
        String start;

        @Option(names = "--due", paramLabel = "DATE", description = "Due by (YYYY-MM-DD).")
        String due;

        CommitmentRepository.Edits edits(Accountability a) {
            return new CommitmentRepository.Edits(Optional.ofNullable(obligor).map(a::party), Optional.ofNullable(obligee).map(a::party),
                    Optional.ofNullable(owed), Optional.ofNullable(start).map(s -> AccountabilityOptions.date("--start", s)),
                    Optional.ofNullable(due).map(s -> AccountabilityOptions.date("--due", s)));
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm a suggested commitment, changing what the suggestion got wrong.")
    static final class Confirm extends Subcommand.Change {
        @Mixin
        Fields fields;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                a.store().commitments().confirm(id, fields.edits(a), author.name);
                CommitmentViews.print(out(), find(a, id));
                return 0;
            }
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a suggested commitment; suggesting again does not bring it back.")
    static final class Reject extends Subcommand.Change {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
        String note;

        @Override
        public Integer call() {
            try (Database db = open()) {
                new Accountability(db).store().commitments().reject(id, author.name, Optional.ofNullable(note));
                out().printf("commitment %d rejected by %s%n", id, author.name);
                return 0;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Enter a commitment by hand.")
    static final class Add extends Subcommand.Change {
        @Mixin
        Fields fields;

        @Option(names = "--statement", paramLabel = "ID", description = "A statement it comes from (repeatable).")
        List<Long> statements = new ArrayList<>();

        @Option(names = "--incident", paramLabel = "ID", description = "An incident report it is about (repeatable).")
        List<Long> incidents = new ArrayList<>();

        @Override
        public Integer call() {
            if (fields.obligor == null || fields.owed == null) {
                throw new UserError("--obligor and --owed are needed to add a commitment");
            }
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                CommitmentRepository.Edits e = fields.edits(a);
                long id = a.store().commitments().add(e.obligor().orElseThrow(), e.obligee(), e.owed().orElseThrow(), e.start(),
                        e.due(), statements, incidents, author.name);
                CommitmentViews.print(out(), find(a, id));
                return 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Rate a confirmed commitment from a day on, with the evidence for the rating.")
    static final class Status extends Subcommand.Change {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--status", paramLabel = "STATUS", required = true,
                description = "not_yet_rated|in_the_works|stalled|kept|compromise|broken.")
        String status;

        @Option(names = "--score", paramLabel = "0-3",
                description = "Implementation score (Peace Accords Matrix): 0 none, 1 minimal, 2 intermediate, 3 complete.")
        Integer score;

        @Option(names = "--evidence", paramLabel = "REF", required = true,
                description = "document:ID[:START-END], statement:ID, incident:C<id>|R<id>, indicator:NAME, url:URL or "
                        + "note:TEXT (repeatable; at least one).")
        List<String> evidence = new ArrayList<>();

        @Option(names = "--from", paramLabel = "DATE", description = "The day the status holds from (default: today).")
        String from;

        @Option(names = "--note", paramLabel = "TEXT", description = "A comment.")
        String note;

        @Override
        public Integer call() {
            CommitmentStatus s;
            List<EvidenceRef> refs = new ArrayList<>();
            try {
                s = CommitmentStatus.parse(status);
                for (String e : evidence) {
                    refs.add(EvidenceRef.parse(e));
                }
            } catch (IllegalArgumentException e) {
                throw new UserError((e.getMessage().startsWith("a status") ? "--status: " : "--evidence: ") + e.getMessage());
            }
            if (score != null && (score < 0 || score > 3)) {
                throw new UserError("--score must be 0 to 3 (Peace Accords Matrix), was " + score);
            }
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                a.store().commitments().rate(id, s, Optional.ofNullable(score),
                        from == null ? java.time.LocalDate.now() : AccountabilityOptions.date("--from", from), refs, author.name,
                        Optional.ofNullable(note));
                CommitmentViews.print(out(), find(a, id));
                return 0;
            }
        }
    }

    @Command(name = "measure", mixinStandardHelpOptions = true,
            description = "Measure a commitment by a stored indicator (shown and evaluated with it).")
    static final class Measure extends Subcommand.Change {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "INDICATOR")
        String indicator;

        @Override
        public Integer call() {
            try (Database db = open()) {
                new Accountability(db).store().commitments().attach(id, indicator, author.name);
                out().printf("commitment %d is measured by indicator %s%n", id, indicator);
                return 0;
            }
        }
    }
}
