package org.borderwatch.accountability.condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.accountability.commitment.CommitmentSuggester;
import org.borderwatch.accountability.commitment.ObligationText;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.accountability.text.Words;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.ConditionDraft;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.statement.StatementType;

/**
 * Suggests conditions from demand, commit, recommend and threaten statements made under a condition.
 * The condition clause ("only when the Taliban take significant CT actions") becomes a commitment of the
 * party it names first (the Taliban: "take significant CT actions"), owed to the statement's addressee
 * for a recommendation or a promise and to the speaker's side for a demand or a threat. The measure is
 * the clause it governs ("investments are made"); it goes ahead when the requirement is kept, or, for a
 * negated requirement ("if Kabul did not respond") or one under "unless", when it is broken.
 */
public final class ConditionSuggester {
    private static final Set<StatementType> TYPES = EnumSet.of(StatementType.DEMAND, StatementType.COMMIT,
            StatementType.RECOMMEND, StatementType.THREATEN);

    private final CommitmentSuggester.Principals principals;
    private final KnownParties registry;

    public ConditionSuggester(CommitmentSuggester.Principals principals, KnownParties registry) {
        this.principals = principals;
        this.registry = registry;
    }

    /** The rule a suggested condition gets once its requirement is stored as commitment {@code id}. */
    public static String rule(ConditionDraft draft, long commitmentId) {
        return "commitment " + commitmentId + " is " + (draft.whenKept() ? "kept" : "broken");
    }

    public List<ConditionDraft> suggest(List<StatementFact> statements) {
        Map<Long, List<StatementFact>> byDocument = new LinkedHashMap<>();
        statements.forEach(s -> byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        List<ConditionDraft> out = new ArrayList<>();
        for (List<StatementFact> document : byDocument.values()) {
            KnownParties known = KnownParties.of(document).addAll(registry);
            for (StatementFact s : document) {
                if (TYPES.contains(s.type()) && !s.negated() && s.condition().filter(c -> !c.isBlank()).isPresent()) {
                    suggestion(s, known).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<ConditionDraft> suggestion(StatementFact s, KnownParties known) {
        ObligationText.Clause clause = ObligationText.condition(s.condition().get());
        Optional<KnownParties.Match> subject = known.subjectOf(clause.requirement());
        Optional<PartyRef> obligor = subject.map(KnownParties.Match::party).or(() -> leadingName(clause.requirement()));
        String verbPhrase = subject.map(m -> Words.recase(m.rest(), clause.requirement()))
                .orElseGet(() -> obligor.map(o -> clause.requirement().substring(o.name().length()).strip())
                        .orElse(clause.requirement()));
        Map.Entry<String, Boolean> positive = ObligationText.withoutNegation(verbPhrase);
        if (positive.getKey().split(" ").length < 1 || positive.getKey().isBlank()) {
            return Optional.empty();
        }
        boolean whenKept = clause.whenDone() != positive.getValue();
        LocalDate day = s.day().orElse(null);
        Optional<PartyRef> obligee = s.type() == StatementType.RECOMMEND || s.type() == StatementType.COMMIT
                ? s.addressee() : Optional.of(day == null ? s.speaker() : principals.of(s.speaker(), day));
        CommitmentDraft requirement = new CommitmentDraft(obligor, obligee, positive.getKey(), s.day(),
                s.key() + "#condition", List.of(s), s.incidentIds(), "condition of " + s.type().name().toLowerCase(java.util.Locale.ROOT)
                + ": owed by the party the condition names");
        String measure = measure(s);
        if (measure.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ConditionDraft(measure, requirement, whenKept, s.key() + "#condition", s));
    }

    /**
     * The clause the condition governs, in the quote's case: the proposition without the condition, its
     * subject and modals, and what comes before its last "that" ("work together to make sure that
     * investments are made" → "investments are made").
     */
    static String measure(StatementFact s) {
        String text = Words.normalise(s.proposition());
        String condition = Words.normalise(s.condition().orElse(""));
        int at = condition.isEmpty() ? -1 : text.indexOf(condition);
        if (at >= 0) {
            text = text.substring(0, at) + text.substring(at + condition.length());
        }
        text = text.replaceAll("\\s+", " ").replaceAll("[\\s,;:.]+$", "").strip();
        int that = text.lastIndexOf(" that ");
        if (that >= 0 && that + 6 < text.length()) {
            text = text.substring(that + 6);
        } else {
            for (PartyRef p : s.addressee().map(List::of).orElse(List.of())) {
                text = Words.afterPrefix(text, Words.normalise(p.name())).orElse(text);
            }
            text = Words.afterPrefix(text, Words.normalise(s.speaker().name())).orElse(text);
        }
        return Words.recase(ObligationText.stripLead(text), s.quote().orElse(null));
    }

    /** The capitalised words a clause starts with ("Kabul did not respond" → Kabul), when no known party starts it. */
    private static Optional<PartyRef> leadingName(String clause) {
        String[] w = clause.strip().split(" ");
        int i = w.length > 0 && w[0].equalsIgnoreCase("the") ? 1 : 0;
        int start = i;
        while (i < w.length && !w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
            i++;
        }
        if (i == start) {
            return Optional.empty();
        }
        return Optional.of(PartyRef.mention(String.join(" ", java.util.Arrays.copyOfRange(w, 0, i))));
    }
}
