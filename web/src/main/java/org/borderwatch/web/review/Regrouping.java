package org.borderwatch.web.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.consolidation.ConsolidationStore;
import org.borderwatch.store.consolidation.VersionConflict;
import org.borderwatch.web.Problem;
import org.borderwatch.web.Reviewer;
import org.jdbi.v3.core.Jdbi;

/**
 * Analysts' merges and splits of consolidated incidents from the web. The decisions themselves are the
 * store's ({@link ConsolidationStore#merge} and {@link ConsolidationStore#split}, which the CLI's
 * {@code merge} and {@code split} call too): recorded as analysts' decisions with the reviewer as author,
 * audited, and kept by every later consolidation. Here the request is checked first so that a bad one
 * is a 404 or a 400 naming its parameter; the store compares the version the analyst saw with the stored
 * one inside the decision's transaction (409 when someone changed the incident since).
 */
public final class Regrouping {
    private static final String VERSION = "SELECT version FROM consolidated_incident WHERE id = :id";
    private static final String REPORTS = "SELECT id FROM incident WHERE consolidated_id = :id ORDER BY id";

    private final Jdbi jdbi;
    private final ConsolidationStore store;

    public Regrouping(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.store = new ConsolidationStore(jdbi, new GroupReconciler());
    }

    /** What a merge or split left: the incident the analyst goes on to see and the incidents it made. */
    public record Outcome(long incident, List<Long> incidents) {
    }

    /**
     * Makes {@code id} and {@code other} one incident.
     *
     * @param version the version of {@code id} the analyst saw, if they say
     */
    public Outcome merge(long id, long other, Optional<Integer> version, String note, Reviewer who) {
        requireExists(id);
        if (currentVersion(other).isEmpty()) {
            throw Problem.badParameter("with", "no consolidated incident with id " + other);
        }
        if (other == id) {
            throw Problem.badParameter("with", "is this incident itself: name another one to merge with");
        }
        long kept = decided("with", () -> store.merge(id, other, who.name(), note(note), version));
        return new Outcome(kept, List.of(kept));
    }

    /**
     * Moves the reports out of incident {@code id} into one new incident of their own (split from each
     * report left behind, the same as each other), in one transaction.
     */
    public Outcome split(long id, List<Long> reports, Optional<Integer> version, String note, Reviewer who) {
        requireExists(id);
        Set<Long> moving = new LinkedHashSet<>(reports);
        if (moving.isEmpty()) {
            throw Problem.badParameter("reports", "missing: the ids of the reports to move out of incident c" + id);
        }
        List<Long> members = jdbi.withHandle(h -> h.createQuery(REPORTS).bind("id", id).mapTo(Long.class).list());
        for (long r : moving) {
            if (!members.contains(r)) {
                throw Problem.badParameter("reports", "report " + r + " is not a report of incident c" + id
                        + " (its reports: " + members + ")");
            }
        }
        if (moving.size() >= members.size()) {
            throw Problem.badParameter("reports", "names every report of incident c" + id
                    + ": at least one must stay");
        }
        long together = decided("reports", () -> store.split(id, List.copyOf(moving), who.name(), note(note), version));
        return new Outcome(id, List.of(id, together));
    }

    /**
     * The store's decision; the checks above ran outside its transaction, so a change made since is
     * refused there: a stale version is a 409, a request no longer valid a 400 naming the parameter.
     */
    private static long decided(String parameter, LongSupplier decision) {
        try {
            return decision.getAsLong();
        } catch (VersionConflict e) {
            throw Problem.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(parameter, e.getMessage());
        }
    }

    private void requireExists(long id) {
        if (currentVersion(id).isEmpty()) {
            throw Problem.notFound("no consolidated incident with id 'c" + id + "'");
        }
    }

    private Optional<Integer> currentVersion(long id) {
        return jdbi.withHandle(h -> h.createQuery(VERSION).bind("id", id).mapTo(Integer.class).findOne());
    }

    private static Optional<String> note(String note) {
        if (note != null && note.length() > 2000) {
            throw Problem.badParameter("note", "longer than 2000 characters");
        }
        return Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty());
    }
}
