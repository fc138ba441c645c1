package org.borderwatch.accountability.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.accountability.text.Words;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.statement.StatementType;

/**
 * Suggests commitments from demand, commit and recommend statements (negated ones promise nothing):
 * <ul>
 * <li>a demand is owed by its addressee to the speaker's side;</li>
 * <li>a promise is owed by the speaker's side to its addressee;</li>
 * <li>a recommendation is owed by its addressee to the speaker; when it asks the addressee to require
 *     something of others ("Pakistan ought to require that TTP fighters be moved … and that the Taliban bear
 *     …"), each that-clause is owed to the addressee by the party the clause names, a clause naming none
 *     by the party its sibling clause names.</li>
 * </ul>
 * The speaker's side is its principal ({@link Principals}: an interior minister speaks for his government).
 * What is owed is the proposition without its obligor, modals and condition (conditions become
 * {@code condition} suggestions), in the quote's case. The incidents are those the statement names and
 * those statements of the three sentences before it name (a demand about "the suspects" follows the
 * attribution of the attack).
 */
public final class CommitmentSuggester {
    static final int CONTEXT_SENTENCES = 3;

    /** Whom a party speaks for on a day: the government of a minister, itself for an organisation. */
    @FunctionalInterface
    public interface Principals {
        PartyRef of(PartyRef party, LocalDate day);

        Principals SELF = (party, day) -> party;
    }

    private final Principals principals;
    private final KnownParties registry;

    /** @param registry names of registry actors, added to each document's own party names */
    public CommitmentSuggester(Principals principals, KnownParties registry) {
        this.principals = principals;
        this.registry = registry;
    }

    /** Suggestions from all the statements, read document by document. */
    public List<CommitmentDraft> suggest(List<StatementFact> statements) {
        Map<Long, List<StatementFact>> byDocument = new LinkedHashMap<>();
        statements.forEach(s -> byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        List<CommitmentDraft> out = new ArrayList<>();
        for (List<StatementFact> document : byDocument.values()) {
            KnownParties known = KnownParties.of(document).addAll(registry);
            for (StatementFact s : document) {
                if (!s.negated() && (s.type() == StatementType.DEMAND || s.type() == StatementType.COMMIT
                        || s.type() == StatementType.RECOMMEND)) {
                    out.addAll(fromStatement(s, document, known));
                }
            }
        }
        return out;
    }

    private List<CommitmentDraft> fromStatement(StatementFact s, List<StatementFact> document, KnownParties known) {
        LocalDate day = s.day().orElse(null);
        Optional<PartyRef> obligor;
        Optional<PartyRef> obligee;
        String rule;
        String text = withoutCondition(s);
        if (s.type() == StatementType.COMMIT) {
            obligor = Optional.of(principal(s.speaker(), day));
            obligee = s.addressee();
            rule = "promise: owed by the speaker's side";
        } else {
            obligor = s.addressee().or(() -> known.subjectOf(text).map(KnownParties.Match::party));
            obligee = Optional.of(principal(s.speaker(), day));
            rule = s.type() == StatementType.DEMAND ? "demand: owed by the addressee" : "recommendation: owed by the addressee";
        }
        String body = ObligationText.stripLead(withoutSubject(text, obligor, s, known));
        List<Long> incidents = incidents(s, document);
        Optional<List<String>> required = ObligationText.requiredClauses(body);
        List<CommitmentDraft> out = new ArrayList<>();
        if (required.isEmpty()) {
            add(out, obligor, obligee, body, s, 0, incidents, rule);
            return out;
        }
        List<Optional<PartyRef>> owers = new ArrayList<>();
        List<String> owed = new ArrayList<>();
        for (String clause : required.get()) {
            Optional<KnownParties.Match> m = known.subjectOf(clause);
            owers.add(m.map(KnownParties.Match::party));
            owed.add(m.map(x -> ObligationText.stripLead(x.rest())).orElse(clause));
        }
        Optional<PartyRef> named = owers.stream().flatMap(Optional::stream).findFirst();
        for (int i = 0; i < owed.size(); i++) {
            boolean inherited = owers.get(i).isEmpty();
            add(out, inherited ? named : owers.get(i), obligor, owed.get(i), s, i, incidents, "requirement passed on by "
                    + obligor.map(PartyRef::name).orElse("the addressee") + (inherited && named.isPresent()
                    ? ": owed by the party its sibling clause names" : ": owed by the party the clause names"));
        }
        return out;
    }

    private void add(List<CommitmentDraft> out, Optional<PartyRef> obligor, Optional<PartyRef> obligee, String owed,
                     StatementFact s, int clause, List<Long> incidents, String rule) {
        String words = owed.strip();
        if (words.split(" ").length < 2) {
            return; // "comply", "act": too little to rate
        }
        String text = Words.recase(words, s.quote().orElse(null));
        out.add(new CommitmentDraft(obligor, obligee, text, s.day(), s.key() + "#" + clause, List.of(s), incidents, rule));
    }

    /** The proposition without the condition clause, which a condition suggestion covers. */
    static String withoutCondition(StatementFact s) {
        String text = Words.normalise(s.proposition());
        if (s.condition().isPresent()) {
            String c = Words.normalise(s.condition().get());
            int at = c.isEmpty() ? -1 : text.indexOf(c);
            if (at >= 0) {
                text = (text.substring(0, at) + text.substring(at + c.length())).replaceAll("\\s+", " ").strip();
            }
        }
        return text.replaceAll("[\\s,;:.]+$", "");
    }

    /** The text after its subject: the obligor's own words, a known party's name, or a pronoun. */
    static String withoutSubject(String text, Optional<PartyRef> obligor, StatementFact s, KnownParties known) {
        List<String> names = new ArrayList<>();
        obligor.ifPresent(o -> names.add(o.name()));
        s.addressee().ifPresent(a -> names.add(a.name()));
        names.add(s.speaker().name());
        for (String name : names) {
            Optional<String> rest = Words.afterPrefix(text, Words.normalise(name));
            if (rest.isPresent()) {
                return rest.get();
            }
        }
        Optional<KnownParties.Match> m = known.subjectOf(text);
        if (m.isPresent()) {
            return m.get().rest();
        }
        for (String pronoun : List.of("we", "i", "it", "they", "he", "she")) {
            Optional<String> rest = Words.afterPrefix(text, pronoun);
            if (rest.isPresent()) {
                return rest.get();
            }
        }
        return text;
    }

    private PartyRef principal(PartyRef party, LocalDate day) {
        return day == null ? party : principals.of(party, day);
    }

    /** The incidents the statement names, and those named by statements up to three sentences before it. */
    static List<Long> incidents(StatementFact s, List<StatementFact> document) {
        Set<Long> ids = new LinkedHashSet<>(s.incidentIds());
        if (s.evidence().isPresent()) {
            int sentence = s.evidence().get().sentence();
            for (StatementFact other : document) {
                if (other.evidence().isPresent()) {
                    int at = other.evidence().get().sentence();
                    if (at <= sentence && at >= sentence - CONTEXT_SENTENCES) {
                        ids.addAll(other.incidentIds());
                    }
                }
            }
        }
        return List.copyOf(ids);
    }
}
