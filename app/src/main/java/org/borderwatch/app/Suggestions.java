package org.borderwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.borderwatch.accountability.commitment.CommitmentSuggester;
import org.borderwatch.accountability.condition.ConditionSuggester;
import org.borderwatch.accountability.engagement.EngagementSuggester;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.ConditionDraft;
import org.borderwatch.core.accountability.EngagementDraft;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.store.Database;

/** Runs the suggestion rules over what is stored and keeps what is new: shared by the suggest commands and the demo. */
final class Suggestions {
    private static final int PAGE = 200;

    /** How many suggestions the rules made and how many of them were new. */
    record Count(int found, int added) {
        String describe(String what) {
            return found + " " + what + " suggested (" + added + " new, " + (found - added) + " known already)";
        }
    }

    private Suggestions() {
    }

    static Count commitments(Accountability a) {
        List<CommitmentDraft> drafts = new CommitmentSuggester(a.principals(), a.registryNames())
                .suggest(a.store().statements(List.of(StatementType.values())));
        return new Count(drafts.size(), a.store().commitments().suggest(drafts).added());
    }

    /** Conditions, each with the commitment it waits for (suggested too, when new). */
    static Count conditions(Accountability a) {
        List<ConditionDraft> drafts = new ConditionSuggester(a.principals(), a.registryNames())
                .suggest(a.store().statements(List.of(StatementType.values())));
        int added = 0;
        for (ConditionDraft d : drafts) {
            long commitment = a.store().commitments().suggest(List.of(d.requirement())).ids().get(d.requirement().suggestionKey());
            added += a.store().conditions().suggest(d, ConditionSuggester.rule(d, commitment)) ? 1 : 0;
        }
        return new Count(drafts.size(), added);
    }

    /** Engagements from every stored document, a page of documents at a time. */
    static Count engagements(Database db, Accountability a, Progress progress) {
        EngagementSuggester suggester = new EngagementSuggester(a.registryNames());
        Map<Long, List<StatementFact>> statements = a.store().statements(List.of(StatementType.values())).stream()
                .collect(Collectors.groupingBy(StatementFact::documentId));
        long total = db.documents().count();
        long done = 0;
        int found = 0;
        int added = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = db.extractions().documentIdsAfter(after, PAGE)).isEmpty()) {
            List<EngagementDraft> drafts = new ArrayList<>();
            for (long id : ids) {
                Optional<Document> d = db.documents().find(id);
                d.ifPresent(doc -> drafts.addAll(suggester.suggest(doc, statements.getOrDefault(id, List.of()))));
                progress.update(++done, total, done + " of " + total + " documents");
            }
            found += drafts.size();
            added += a.store().engagements().suggest(drafts);
            after = ids.get(ids.size() - 1);
        }
        return new Count(found, added);
    }
}
