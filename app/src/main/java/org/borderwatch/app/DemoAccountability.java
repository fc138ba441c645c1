package org.borderwatch.app;

import java.io.PrintWriter;
import org.borderwatch.accountability.ledger.PropositionGrouper;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.LedgerRepository;

/** The demo's accountability step: the claim ledger grouped, and commitments, conditions and engagements suggested. */
final class DemoAccountability {
    private DemoAccountability() {
    }

    static void run(Database db, PrintWriter out, PrintWriter err, boolean quiet) {
        LedgerRepository.Regrouped ledger = LedgerCommand.regroup(db, PropositionGrouper.DEFAULT_THRESHOLD);
        Accountability a = new Accountability(db);
        Suggestions.Count commitments = Suggestions.commitments(a);
        Suggestions.Count conditions = Suggestions.conditions(a);
        Suggestions.Count engagements;
        try (Progress progress = Progress.onTerminal(err, quiet, "engagements")) {
            engagements = Suggestions.engagements(db, a, progress);
        }
        out.printf("Accountability: %d propositions in the claim ledger; %s; %s; %s%n", ledger.propositions(),
                commitments.describe("commitments"), conditions.describe("conditions"), engagements.describe("engagements"));
        out.println("See: ./borderwatch ledger | ./borderwatch commitments | ./borderwatch conditions | ./borderwatch engagements");
    }
}
