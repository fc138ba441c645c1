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

/**
 * What a statement takes from the statements before it: a pronoun's speaker, the proposition a
 * denial answers ("maintain this is untrue"), the act of "a similar statement", and the date of the
 * occasion a past-tense statement continues ("Naqvi demanded ..." after "at a press conference on
 * Sunday"). News reports past speech in past tense and present positions in the present.
 */
final class Discourse {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "office", "army", "military",
            "forces", "force", "police", "group", "embassy", "department", "council", "committee", "parliament",
            "assembly", "administration", "authority", "authorities", "emirate", "state", "country", "party",
            "movement", "organisation", "organization", "agency", "commission", "wing", "taliban", "alliance");
    private static final Set<StatementType> ANSWERABLE = Set.of(StatementType.ACCUSE, StatementType.ATTRIBUTE_RESPONSIBILITY,
            StatementType.DEMAND, StatementType.CLAIM_RESPONSIBILITY);

    private Discourse() {
    }

    static List<Draft> resolve(List<Draft> drafts, Optional<LocalDate> documentDate) {
        List<Draft> done = new ArrayList<>();
        for (Draft d : drafts) {
            String pronoun = d.speaker.mention().toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(pronoun) && !done.isEmpty()) {
                d.speaker = antecedent(pronoun, done);
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
    private static Party antecedent(String pronoun, List<Draft> done) {
        if (Set.of("he", "she").contains(pronoun)) {
            for (int k = done.size() - 1; k >= 0; k--) {
                if (personLike(done.get(k).speaker)) {
                    return done.get(k).speaker;
                }
            }
        }
        return last(done).speaker;
    }

    private static boolean personLike(Party p) {
        String[] words = p.mention().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String head = words[words.length - 1];
        if (Set.of("his", "her", "its", "their", "our").contains(first) || INSTITUTIONS.contains(head.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isUpperCase(head.charAt(0)) || Vocabulary.in("role", head.toLowerCase(Locale.ROOT));
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
        if (d.type == StatementType.DENY) {
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
