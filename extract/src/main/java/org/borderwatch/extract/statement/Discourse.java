package org.borderwatch.extract.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.extract.text.Tree;

/**
 * What a statement takes from the statements before it: a pronoun's speaker, the proposition a
 * denial answers ("maintain this is untrue"), the act of "a similar statement", and the date of the
 * occasion a past-tense statement continues ("Naqvi demanded ..." after "at a press conference on
 * Sunday"). News reports past speech in past tense and present positions in the present.
 */
final class Discourse {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<StatementType> ANSWERABLE = Set.of(StatementType.ACCUSE, StatementType.ATTRIBUTE_RESPONSIBILITY,
            StatementType.DEMAND, StatementType.CLAIM_RESPONSIBILITY);

    /** How many sentences back a speaker may be of a quotation that names none. */
    private static final int QUOTE_REACH = 2;

    private Discourse() {
    }

    /** A named person a sentence makes its subject: who a later "he said" may be. */
    record Person(int sentence, Party party) {
    }

    static List<Person> persons(Tree t, String text) {
        List<Person> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (t.token(k).ner().equals("PERSON") && (t.is(k, "nsubj") || t.is(k, "nsubj:pass"))) {
                out.add(new Person(t.sentence().index(), Phrases.wholeParty(t, k, text)));
            }
        }
        return out;
    }

    static List<Draft> resolve(List<Draft> drafts, List<Person> persons, Optional<LocalDate> documentDate) {
        List<Draft> done = new ArrayList<>();
        for (Draft d : drafts) {
            String pronoun = d.speaker.mention().toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(pronoun)) {
                antecedent(pronoun, d.sentence, done, persons).ifPresent(p -> d.speaker = p);
            }
            if (!references(d, done)) {
                continue;
            }
            date(d, done, documentDate);
            done.add(d);
        }
        return done;
    }

    /**
     * The last speaker before; "he" or "she" is the last who could be a person: "his government" or
     * "the Foreign Office" did not say what "he said".
     */
    private static Optional<Party> antecedent(String pronoun, int sentence, List<Draft> done, List<Person> persons) {
        // "I" and "we" in a quote with no speaker before are the person quoted
        boolean person = Set.of("he", "she").contains(pronoun) || done.isEmpty() && Set.of("i", "we").contains(pronoun);
        if (!person) {
            return done.isEmpty() ? Optional.empty() : Optional.of(last(done).speaker);
        }
        Optional<Draft> spoke = done.stream().filter(x -> personLike(x.speaker, persons)).reduce((a, b) -> b);
        // "Mujahid said in a post on X. He said ...": a person named since the last statement is nearer
        int since = spoke.map(x -> x.sentence).orElse(-1);
        Optional<Party> named = persons.stream().filter(p -> p.sentence() >= since && p.sentence() < sentence)
                .reduce((a, b) -> b).map(Person::party);
        return named.or(() -> spoke.map(x -> x.speaker))
                .or(() -> done.isEmpty() ? Optional.empty() : Optional.of(last(done).speaker));
    }

    /** A person the text named as a subject, or a role ("the minister", "a spokesman"); not a country or a body. */
    private static boolean personLike(Party p, List<Person> persons) {
        if (persons.stream().anyMatch(x -> x.party().span().overlaps(p.span()))) {
            return true;
        }
        String[] words = p.mention().split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return Vocabulary.in("role", head) && !Set.of("his", "her", "its", "their", "our").contains(words[0].toLowerCase(Locale.ROOT));
    }

    /** False when the statement only makes sense after one that is not there. */
    private static boolean references(Draft d, List<Draft> done) {
        if (d.reference == Draft.Reference.SIMILAR) {
            if (done.isEmpty()) {
                return false;
            }
            Draft before = last(done);
            d.type = before.type;
            d.proposition = before.proposition;
            d.addressee = before.addressee;
            d.content = before.content;
            return true;
        }
        if (d.reference == Draft.Reference.QUOTED) {
            Optional<Draft> quotedBefore = done.stream().filter(x -> x.voice == Voice.REPORTED
                    && d.sentence - x.sentence <= QUOTE_REACH && x.paragraph == d.paragraph).reduce((a, b) -> b);
            quotedBefore.ifPresent(x -> {
                d.speaker = x.speaker;
                d.date = x.date;
            });
            return quotedBefore.isPresent();
        }
        if (d.reference == Draft.Reference.ADDRESSED_BEFORE) {
            Optional<Party> before = done.stream().filter(x -> x.voice == Voice.AUTHOR && x.addressee.isPresent())
                    .reduce((a, b) -> b).flatMap(x -> x.addressee);
            before.ifPresent(a -> d.addressee = Optional.of(a));
            return before.isPresent();
        }
        if (d.type == StatementType.DENY && d.reference != Draft.Reference.HEARSAY) {
            Optional<Draft> answered = done.stream().filter(x -> ANSWERABLE.contains(x.type))
                    .reduce((a, b) -> b);
            answered.ifPresent(a -> {
                if (d.reference == Draft.Reference.ANAPHOR || d.proposition.isBlank()) {
                    d.proposition = a.proposition;
                }
                if (d.addresseeFromAntecedent || d.addressee.isEmpty()) {
                    d.addressee = Optional.of(a.speaker);
                }
            });
        }
        return true;
    }

    private static void date(Draft d, List<Draft> done, Optional<LocalDate> documentDate) {
        if (d.date.isPresent()) {
            return;
        }
        if (d.voice == Voice.AUTHOR) {
            d.date = documentDate.map(FuzzyDate::day);
            return;
        }
        switch (d.tense) {
            case PRESENT -> d.date = documentDate.map(day -> new FuzzyDate(day, day, DatePrecision.APPROXIMATE));
            case PAST -> d.date = sameSpeaker(d, done).or(() -> sameParagraph(d, done));
            default -> { }
        }
    }

    private static Optional<FuzzyDate> sameSpeaker(Draft d, List<Draft> done) {
        String key = key(d.speaker);
        for (int k = done.size() - 1; k >= 0; k--) {
            Draft x = done.get(k);
            if (x.date.isPresent() && x.voice == Voice.REPORTED && key(x.speaker).equals(key)) {
                return x.date;
            }
        }
        return Optional.empty();
    }

    private static Optional<FuzzyDate> sameParagraph(Draft d, List<Draft> done) {
        for (int k = done.size() - 1; k >= 0; k--) {
            Draft x = done.get(k);
            if (x.paragraph != d.paragraph) {
                break;
            }
            if (x.date.isPresent() && x.voice == Voice.REPORTED && x.tense == Draft.Tense.PAST) {
                return x.date;
            }
        }
        return Optional.empty();
    }

    private static String key(Party p) {
        return p.mention().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
    }

    private static Draft last(List<Draft> drafts) {
        return drafts.get(drafts.size() - 1);
    }
}
