package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.incident.Count;
import org.borderwatch.extract.incident.IncidentLexicon.CasualtyForm;
import org.borderwatch.extract.incident.IncidentLexicon.Outcome;

/**
 * Reads casualty counts from the words alone, for sentences whose parse failed: headlines are terse
 * and often mistagged ("13 die in attacks" with "die" as a noun, "Militants gun down two policemen"
 * with "gun" as a noun). Only outcomes the tree-based reading found nothing for are read this way,
 * so the two never count the same people twice.
 */
final class SurfaceCasualties {
    /** Words that may stand between a number and what happened: "two troops dead", "24 suspected militants killed". */
    private static final int MAX_GAP = 3;

    private final ParsedSentence s;
    private final VictimReader victims;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    SurfaceCasualties(ParsedSentence s) {
        this.s = s;
        this.victims = new VictimReader(s);
    }

    /** Clauses for the outcomes in {@code missing} that the words report with a number. */
    List<CasualtyClause> find(Set<Outcome> missing) {
        List<CasualtyClause> out = new ArrayList<>();
        Set<Outcome> done = EnumSet.noneOf(Outcome.class);
        for (int i = 0; i < s.size(); i++) {
            for (CasualtyForm form : lexicon.casualtyForms()) {
                if (!missing.contains(form.outcome()) || done.contains(form.outcome()) || !matches(i, form.words())
                        || CasualtyReader.describesTheDead(s, i, i + form.words().size())) {
                    continue;
                }
                Optional<CasualtyClause> c = form.numberBefore() ? before(i, form) : after(i, form);
                if (c.isPresent()) {
                    out.add(c.get());
                    done.add(form.outcome());
                    break;
                }
            }
        }
        return out;
    }

    private boolean matches(int i, List<String> words) {
        if (i + words.size() > s.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!s.lower(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "NUMBER [people] FORM": the number within a few words before the form; or, with no number, one
     * person named in the singular without a determiner ("Shiite leader shot dead", "Civilian
     * killed"), a headline's way of reporting one death. "The insurgent killed..." refers back.
     */
    private Optional<CasualtyClause> before(int i, CasualtyForm form) {
        int person = -1;
        int n = i - 1;
        for (; n >= 0 && n >= i - 1 - MAX_GAP; n--) {
            if (victims.isNumber(n)) {
                if (negatedBefore(n)) {
                    return Optional.empty();
                }
                return clause(form, i, n, i);
            }
            // "Additional sessions judge shot dead": a person noun, however the tagger read it
            if (!isPeopleWord(n) && !isPersonWord(n)) {
                break;
            }
            if (person < 0 && isPersonWord(n)) {
                person = n;
            }
        }
        boolean determined = n >= 0 && (s.pos(n).equals("DT") || s.pos(n).startsWith("PRP"));
        if (person >= 0 && !s.isPlural(person) && !determined) {
            return Optional.of(onePerson(form, i, person));
        }
        return Optional.empty();
    }

    private boolean isPersonWord(int i) {
        return lexicon.person(s.lemma(i)).isPresent() || lexicon.person(s.lower(i)).isPresent();
    }

    private Optional<String> nationalityBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - MAX_GAP; k--) {
            Optional<String> d = lexicon.demonym(s.lower(k));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * "FORM [at least] NUMBER [people]": the number just after the form; or, with no number, one person
     * named in the singular without a determiner ("claims responsibility for killing party leader").
     */
    private Optional<CasualtyClause> after(int i, CasualtyForm form) {
        int start = i + form.words().size();
        Optional<CasualtyClause> one = onePersonAfter(form, i, start);
        if (one.isPresent()) {
            return one;
        }
        for (int n = start; n < s.size() && n <= start + 3; n++) {
            if (victims.isNumber(n)) {
                int end = n + 1;
                while (end < s.size() && end <= n + MAX_GAP && isPeopleWord(end)) {
                    end++;
                }
                return clause(form, i, n, end);
            }
            if (lexicon.modifier(s.lower(n)).isEmpty() && !s.lower(n).matches("at|least|more|than|of|the|lives")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<CasualtyClause> onePersonAfter(CasualtyForm form, int predicate, int start) {
        // "the arrested leader", "the killed terrorists" describe people already told of
        boolean described = predicate > 0 && (s.pos(predicate - 1).equals("DT") || s.pos(predicate - 1).startsWith("PRP"));
        if (form.outcome() != Outcome.KILLED || described) {
            return Optional.empty();
        }
        int person = -1;
        for (int k = start; k < s.size() && k < start + MAX_GAP; k++) {
            if (!isPeopleWord(k) || victims.isNumber(k) || lexicon.modifier(s.lower(k)).isPresent()) {
                break;
            }
            if (isPersonWord(k)) {
                person = k;
            }
        }
        // the phrase must end at its person noun: "killing party leader in Pakistan", not "killing party"
        boolean ends = person >= 0 && (person + 1 == s.size() || !s.isNoun(person + 1));
        if (!ends || s.isPlural(person) || s.inTail(person)) {
            return Optional.empty();
        }
        return Optional.of(onePerson(form, predicate, person));
    }

    /** One person, named by the noun at {@code person}, to whom the form's outcome happened. */
    private CasualtyClause onePerson(CasualtyForm form, int predicate, int person) {
        VictimPhrase phrase = new VictimPhrase(person, s.lower(person), nationalityBefore(person),
                Optional.of(Count.exactly(1)), true, false);
        return new CasualtyClause(form.outcome(), predicate, List.of(phrase), -1, false, false);
    }

    /** A clause counting the number at n, its people named by the words up to {@code end}. */
    private Optional<CasualtyClause> clause(CasualtyForm form, int predicate, int n, int end) {
        Optional<Count> count = victims.numberCount(n);
        if (count.isEmpty() || s.inTail(n)) {
            return Optional.empty();
        }
        String category = "people";
        Optional<String> nationality = Optional.empty();
        for (int k = n + 1; k < end && k < s.size(); k++) {
            if (k == predicate) {
                break;
            }
            Optional<String> d = lexicon.demonym(s.lower(k));
            if (d.isPresent() && !s.isNoun(k)) {
                nationality = d;
            } else if (s.isNoun(k) || lexicon.person(s.lemma(k)).isPresent()) {
                category = s.lower(k);
            }
        }
        VictimPhrase phrase = new VictimPhrase(n, category, nationality, count, true, false);
        return Optional.of(new CasualtyClause(form.outcome(), predicate, List.of(phrase), -1, false, false));
    }

    /** Adjectives, demonyms and person nouns: "two Pakistani soldiers", "24 suspected militants". */
    private boolean isPeopleWord(int i) {
        String pos = s.pos(i);
        return pos.startsWith("JJ") || pos.startsWith("NN") || s.lower(i).equals("suspected")
                || s.lower(i).equals("more") || lexicon.demonym(s.lower(i)).isPresent();
    }

    private boolean negatedBefore(int n) {
        return n > 0 && (s.lower(n - 1).equals("no") || s.lower(n - 1).equals("not"));
    }
}
