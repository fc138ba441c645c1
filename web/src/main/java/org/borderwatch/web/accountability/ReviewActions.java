package org.borderwatch.web.accountability;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.EvidenceRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.store.accountability.CommitmentRepository;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;

/**
 * The analyst's accountability changes the CLI also makes (confirm a suggested commitment, rate one with
 * evidence, link a statement to a proposition or unlink it), from fields of a JSON body or a form, through
 * the same store code, the reviewer recorded as author. Unknown ids are 404; bad fields are 400 naming them.
 */
public final class ReviewActions {
    /** The fields of a request, by name; absent or blank is empty. */
    public interface Fields {
        Optional<String> one(String name);

        List<String> all(String name);
    }

    private final AccountabilityService service;

    public ReviewActions(AccountabilityService service) {
        this.service = service;
    }

    /** Confirms a suggested (or rejected) commitment with the analyst's edits of obligor, obligee, owed, start, due. */
    public void confirm(long id, Fields f, Reviewer who) {
        requireCommitment(id);
        CommitmentRepository.Edits edits = new CommitmentRepository.Edits(f.one("obligor").map(service::party),
                f.one("obligee").map(service::party), f.one("owed"), f.one("start").map(s -> date("start", s)),
                f.one("due").map(s -> date("due", s)));
        stored("commitment", () -> service.store().commitments().confirm(id, edits, who.name()));
    }

    /** Rates a confirmed commitment from a day on (default today), with at least one piece of evidence. */
    public long rate(long id, Fields f, Reviewer who) {
        requireCommitment(id);
        CommitmentStatus status;
        try {
            status = CommitmentStatus.parse(f.one("status").orElseThrow(() -> Problem.badParameter("status",
                    "missing: one of " + CommitmentStatus.names())));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("status", e.getMessage());
        }
        Optional<Integer> score = f.one("score").map(s -> {
            try {
                int v = Integer.parseInt(s.strip());
                if (v >= 0 && v <= 3) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // falls through
            }
            throw Problem.badParameter("score", "must be 0 to 3 (Peace Accords Matrix), was '" + s + "'");
        });
        List<EvidenceRef> evidence = new ArrayList<>();
        for (String e : f.all("evidence")) {
            try {
                evidence.add(EvidenceRef.parse(e.strip()));
            } catch (IllegalArgumentException x) {
                throw Problem.badParameter("evidence", x.getMessage());
            }
        }
        if (evidence.isEmpty()) {
            throw Problem.badParameter("evidence", "missing: at least one of document:ID[:START-END], statement:ID, "
                    + "incident:C<id>|R<id>, indicator:NAME, url:URL or note:TEXT");
        }
        LocalDate from = f.one("from").map(s -> date("from", s)).orElse(LocalDate.now());
        long[] statusId = new long[1];
        stored("evidence", () -> statusId[0] = service.store().commitments().rate(id, status, score, from, evidence,
                who.name(), f.one("note")));
        return statusId[0];
    }

    /** Puts a statement in a proposition (with a stance when given), then regroups so the ledger shows it there. */
    public void link(long statement, Fields f, Reviewer who) {
        long proposition = f.one("proposition").map(s -> {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw Problem.badParameter("proposition", "must be a proposition's id, was '" + s + "'");
            }
        }).orElseThrow(() -> Problem.badParameter("proposition", "missing: the id of the proposition"));
        if (service.store().ledger().find(proposition).isEmpty()) {
            throw Problem.notFound("no proposition with id " + proposition);
        }
        Optional<Stance> stance = f.one("stance").map(s -> switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "for" -> Stance.FOR;
            case "against" -> Stance.AGAINST;
            default -> throw Problem.badParameter("stance", "must be for or against, was '" + s + "'");
        });
        stored("statement", () -> service.store().ledger().link(statement, proposition, stance, who.name(), f.one("note")));
        service.regroup();
    }

    /** Takes a statement out of its proposition, then regroups; returns that proposition's id. */
    public long unlink(long statement, Fields f, Reviewer who) {
        long[] from = new long[1];
        stored("statement", () -> from[0] = service.store().ledger().unlink(statement, who.name(), f.one("note")));
        service.regroup();
        return from[0];
    }

    private void requireCommitment(long id) {
        if (service.store().commitments().find(id).isEmpty()) {
            throw Problem.notFound("no commitment with id " + id);
        }
    }

    /** The store refuses what it cannot record with a message: a missing thing is 404, anything else names the field. */
    private static void stored(String field, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m != null && m.startsWith("no ")) {
                throw Problem.notFound(m);
            }
            throw Problem.badParameter(field, m);
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badParameter(field, "must be a day written YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** A review state named in a request, or a 400 naming the parameter. */
    public static Optional<ReviewState> review(String parameter, Optional<String> value) {
        return value.map(v -> {
            try {
                return ReviewState.valueOf(v.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.badParameter(parameter, "must be one of suggested, confirmed, rejected, was '" + v + "'");
            }
        });
    }
}
