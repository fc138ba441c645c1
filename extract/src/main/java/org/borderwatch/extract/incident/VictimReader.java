package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.borderwatch.core.incident.Count;

/**
 * Reads the people a casualty word counts: the phrase and its conjuncts ("five Chinese laborers and one
 * local" is two phrases), how many each names, their kind and nationality. Numbers come in digits or
 * words, qualified ("at least 12", "more than 30") or vague ("several", "dozens of"); a singular noun is
 * one person, a bare plural at least two.
 */
final class VictimReader {
    private static final Set<String> SINGLE_PRONOUNS = Set.of("him", "her", "himself", "herself", "he", "she");
    private static final Set<String> QUANTITY_NOUNS = Set.of("dozen", "dozens", "score", "scores", "hundred",
            "hundreds", "thousand", "thousands", "number", "couple", "handful", "group", "host", "lot");

    private final ParsedSentence s;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    VictimReader(ParsedSentence s) {
        this.s = s;
    }

    /**
     * The phrase headed by {@code head} and the phrases conjoined with it. Only conjuncts are added:
     * "ten people, including three children" names a subset, which an "including" phrase never adds to.
     */
    List<VictimPhrase> read(int head) {
        List<VictimPhrase> out = new ArrayList<>();
        int member = hostageMember(memberAfterGroupName(head));
        if (member != head) {
            // the name's modifiers ("several suspected") count the people after it
            VictimPhrase people = phrase(member);
            VictimPhrase name = phrase(head);
            out.add(people.numbered() || name.count().isEmpty() ? people
                    : new VictimPhrase(member, people.category(), people.nationality(), name.count(), true,
                    name.definite(), name.numbered()));
            return out;
        }
        int total = amongTotal(head);
        collect(total >= 0 ? total : head, out, 0);
        return out;
    }

    /**
     * "an Islamic Movement of Uzbekistan (IMU) leader", "several suspected Islamic Movement of Uzbekistan
     * insurgents": the parser takes the group's name for the head and hangs the people on it; the people
     * named after the name (its acronym in parentheses between) are who the phrase counts.
     */
    private int memberAfterGroupName(int head) {
        if (!s.mention(head).map(m -> m.type().equals("ARMED_GROUP")).orElse(false) || personLike(head)) {
            return head;
        }
        int end = s.mentionEnd(head);
        int start = head;
        while (start > 0 && s.mention(start - 1).equals(s.mention(head))) {
            start--;
        }
        int k = end + 1;
        if (k < s.size() && s.word(k).equals("(")) {
            while (k < s.size() && !s.word(k).equals(")")) {
                k++;
            }
            k++;
        }
        if (k >= s.size() || !s.isNoun(k) || !personLike(k)) {
            return head;
        }
        int governor = s.tree().head(k);
        return governor >= start && governor <= end ? k : head; // hung on the name, not another phrase
    }

    /** "took three Chinese engineers hostage": the parser may make "hostage" the head and the people its modifiers. */
    private int hostageMember(int head) {
        if (!s.lemma(head).equals("hostage") && !s.lemma(head).equals("captive")) {
            return head;
        }
        int member = head;
        for (int c : s.children(head, "compound")) {
            if (c < head && s.isNoun(c) && personLike(c)) {
                member = c;
            }
        }
        return member;
    }

    /**
     * "Key commander among six killed", "two officers among three killed": the people named are part
     * of the "among" phrase, which is the count.
     */
    private int amongTotal(int head) {
        for (int c : s.children(head, "nmod")) {
            if (s.caseOf(c).equals("among") && (isNumber(c) || !s.children(c, "nummod").isEmpty())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A headline's comma list: in "Policeman, two militants killed" the participle hangs from the
     * last item, which the parser makes an apposition of the first; every item is counted.
     */
    List<VictimPhrase> readList(int head) {
        int first = head;
        if ((s.tree().is(head, "appos") || s.tree().is(head, "conj")) && s.tree().head(head) >= 0
                && s.isNoun(s.tree().head(head)) && personLike(s.tree().head(head))) {
            first = s.tree().head(head);
        }
        if (first == head) {
            return read(head);
        }
        List<VictimPhrase> out = new ArrayList<>(read(first));
        for (int c : s.children(first, "appos")) {
            if (personLike(c) && out.stream().noneMatch(v -> v.head() == c)) {
                collect(c, out, 1);
            }
        }
        return out;
    }

    private void collect(int head, List<VictimPhrase> out, int depth) {
        if (depth > 8) {
            return;
        }
        out.add(phrase(head));
        for (int c : s.children(head, "conj")) {
            if (casualtyWord(c)) {
                continue; // "killing three students and the driver and wounding 38 others": the next act, tagged a noun
            }
            if (s.isNoun(c) || isNumber(c) || s.pos(c).startsWith("JJ") || s.pos(c).startsWith("PRP")) {
                collect(c, out, depth + 1);
            }
        }
        for (int c : s.children(head, "nmod")) {
            if (isCompanion(c)) {
                collect(c, out, depth + 1); // "a HIG leader along with two suspected insurgents"
            }
        }
        // "kills three soldiers, 10 militants": an apposition with its own number is more people;
        // one without ("the Taliban leader, Alaudin") names the same person again
        for (int c : s.children(head, "appos")) {
            if (!s.children(c, "nummod").isEmpty() && personLike(c) && !reports(c)) {
                collect(c, out, depth + 1);
            }
        }
    }

    private boolean casualtyWord(int c) {
        String lower = s.lower(c);
        String stem = lower.endsWith("ing") ? lower.substring(0, lower.length() - 3) : lower;
        return !lexicon.casualty(s.lemma(c)).isEmpty() || lower.endsWith("ing") && !lexicon.casualty(stem).isEmpty();
    }

    /** "..., two Pakistani intelligence officials said": the parser may hang those who tell it on the dead. */
    private boolean reports(int phrase) {
        int next = phrase + 1;
        return next < s.size() && s.isVerb(next) && lexicon.is(s.lemma(next), IncidentLexicon.Context.REPORTING);
    }

    VictimPhrase phrase(int head) {
        return phrase(head, 0);
    }

    /** People "along with" or "together with" others are counted with them: more people, not a detail. */
    boolean isCompanion(int c) {
        String marker = s.caseOf(c);
        return (marker.equals("along with") || marker.equals("together with")) && phrase(c).personLike();
    }

    /** @param depth how many "of" phrases deep: a tree is finite, but the guard costs nothing */
    private VictimPhrase phrase(int head, int depth) {
        String lower = s.lower(head);
        boolean definite = isDefinite(head);
        Optional<String> nationality = nationality(head);
        // A bare number is the phrase: "killing one", "injures 16".
        if (isNumber(head)) {
            int of = ofPhrase(head);
            if (of >= 0 && depth < 4) {
                // "five of the attackers": a number newly counted among people already named
                VictimPhrase inner = phrase(of, depth + 1);
                return new VictimPhrase(head, inner.category(),
                        inner.nationality().isPresent() ? inner.nationality() : nationality,
                        numberCount(head), inner.personLike(), false, true);
            }
            return new VictimPhrase(head, "people", nationality, numberCount(head), true, definite);
        }
        // "two were martyred and another was injured": one more person, named by no noun
        if (lower.equals("another") && s.pos(head).equals("DT") && ofPhrase(head) < 0) {
            return new VictimPhrase(head, "people", nationality, Optional.of(Count.exactly(1)), true, false);
        }
        // "dozens of people", "a number of suspects": the count is the quantity, the kind its "of" phrase.
        if (QUANTITY_NOUNS.contains(s.lemma(head)) || QUANTITY_NOUNS.contains(lower)) {
            Optional<Count> count = quantityNoun(head);
            if (count.isPresent()) {
                int kind = ofPhrase(head);
                if (kind >= 0 && depth < 4) {
                    VictimPhrase inner = phrase(kind, depth + 1);
                    Optional<String> nat = inner.nationality().isPresent() ? inner.nationality() : nationality;
                    return new VictimPhrase(head, inner.category(), nat, count, inner.personLike(), definite);
                }
                return new VictimPhrase(head, "people", nationality, count, true, definite);
            }
        }
        // "several of his associates", "many of them": a vague quantity heading its "of" phrase
        Optional<Count> quantity = vagueEndingAt(head);
        int of = ofPhrase(head);
        if (quantity.isPresent() && of >= 0 && !s.isNoun(head) && depth < 4) {
            VictimPhrase inner = phrase(of, depth + 1);
            return new VictimPhrase(head, inner.category(), inner.nationality(), quantity, inner.personLike(), false);
        }
        Optional<Count> count = modifierCount(head);
        if (count.isEmpty()) {
            count = impliedCount(head);
        }
        Optional<String> demonymHead = lexicon.demonym(lower);
        String category;
        if (demonymHead.isPresent() && !s.pos(head).startsWith("NNP")) {
            // "one local": the nationality word names the person
            category = demonymHead.get().equals("local") ? lower : "nationals";
            nationality = demonymHead;
        } else if (demonymHead.isPresent()) {
            category = "nationals";
            nationality = demonymHead;
        } else if (s.mention(head).map(m -> m.type().equals("PERSON")).orElse(false)) {
            category = title(head).orElse("person");
        } else if (s.pos(head).equals("PRP")) {
            category = "people"; // "nine of them": the pronoun names no kind of its own
        } else {
            category = lower;
        }
        boolean numbered = !s.children(head, "nummod").isEmpty();
        return new VictimPhrase(head, category, nationality, count, personLike(head), definite, numbered);
    }

    /** "Prime Minister Iyad Allawi", "journalist Hamid Mir": the title before a name is the person's kind. */
    private Optional<String> title(int name) {
        Optional<String> title = Optional.empty();
        List<Integer> parts = s.children(name, "compound");
        for (int c : parts) {
            // the tagger may take a rank into the name ("Sepoy Muhammad Ali"); only the first word can be one
            boolean named = s.mention(c).map(m -> m.type().equals("PERSON")).orElse(false) && c != parts.get(0);
            if (c < name && !named && (lexicon.person(s.lemma(c)).isPresent() || lexicon.person(s.lower(c)).isPresent())) {
                List<Integer> words = s.tree().subtree(c);
                words.removeIf(w -> s.tree().is(w, "det"));
                title = Optional.of(s.text(words).toLowerCase(Locale.ROOT));
            }
        }
        return title;
    }

    /** Whether the phrase headed by i names people. */
    boolean personLike(int i) {
        if (isNumber(i) || SINGLE_PRONOUNS.contains(s.lower(i)) || s.lower(i).equals("them")) {
            return true;
        }
        if (s.mention(i).map(m -> m.type().equals("PERSON")).orElse(false)) {
            return true;
        }
        if (lexicon.person(s.lemma(i)).isPresent() || lexicon.person(s.lower(i)).isPresent()
                || lexicon.demonym(s.lower(i)).isPresent()) {
            return true;
        }
        for (int c : s.children(i, "compound")) {
            if (lexicon.person(s.lemma(c)).isPresent()) {
                return true; // "police officials", "security personnel"
            }
        }
        return false;
    }

    private boolean isDefinite(int head) {
        for (int c : s.children(head, "det")) {
            String d = s.lemma(c);
            if (d.equals("the") || d.equals("this") || d.equals("these") || d.equals("those") || d.equals("that")) {
                return true;
            }
        }
        // "kill 4 'terrorists'": the parser reads the quote as a possessive of the number
        return s.children(head, "nmod:poss").stream().anyMatch(c -> !isNumber(c));
    }

    private Optional<String> nationality(int head) {
        for (int c : s.children(head, "amod", "compound", "nmod:poss", "nmod")) {
            if (s.tree().is(c, "nmod") && !s.caseOf(c).equals("of") && !s.tree().is(c, "nmod:poss")) {
                continue;
            }
            Optional<String> d = lexicon.demonym(s.lower(c));
            if (d.isPresent()) {
                return d;
            }
        }
        // "of Chinese nationality", "from China" are left to the registry: the demonym is what news writes.
        return Optional.empty();
    }

    /** A count from a number or vague word modifying the head: "five laborers", "several insurgents". */
    private Optional<Count> modifierCount(int head) {
        for (int c : s.children(head, "nummod", "nmod:poss")) {
            Optional<Count> n = isNumber(c) || s.tree().is(c, "nummod") ? numberCount(c) : Optional.empty();
            if (n.isPresent()) {
                return n;
            }
        }
        // Title case and quotes mislead the tagger: "Four al-Qaeda terrorists" (Four/NNP, a compound),
        // "kill 3 'militants'" (3 a compound); a number word before the head still counts it.
        List<Integer> phrase = s.tree().subtree(head, "acl", "acl:relcl", "nmod", "appos", "conj", "cc", "det",
                "nmod:poss", "case");
        int first = phrase.stream().mapToInt(Integer::intValue).min().orElse(head);
        if (first < head && isNumber(first) && s.children(head, "nummod").isEmpty()) {
            Optional<Count> n = numberCount(first);
            if (n.isPresent()) {
                return n;
            }
        }
        // Vague words: "several", "multiple", "a few", "numerous", "many" before the head.
        for (int c : s.tree().children(head)) {
            if (c >= head) {
                continue;
            }
            if (s.tree().is(c, "det") || s.tree().is(c, "amod") || s.tree().is(c, "advmod")
                    || s.tree().is(c, "nummod") || s.tree().is(c, "dep")) {
                Optional<Count> v = vagueEndingAt(c);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** What the form of the head implies when no number is given. */
    private Optional<Count> impliedCount(int head) {
        String lower = s.lower(head);
        if (SINGLE_PRONOUNS.contains(lower)) {
            return Optional.of(Count.exactly(1));
        }
        if (s.pos(head).startsWith("PRP") || lower.equals("others")) {
            return Optional.empty();
        }
        if (!s.isNoun(head) && !s.pos(head).startsWith("JJ")) {
            return Optional.empty();
        }
        if (s.isPlural(head) || isPluralNoun(lower)) {
            // "the insurgents" repeats people counted elsewhere; "militants" means some, at least two.
            return isDefinite(head) ? Optional.empty() : Optional.of(new Count(2, 2, Count.OPEN));
        }
        for (int c : s.children(head, "det")) {
            if (IncidentLexicon.get().is(s.lemma(c), IncidentLexicon.Context.GENERIC)) {
                return Optional.empty(); // "no civilians", "any person"
            }
        }
        return Optional.of(Count.exactly(1));
    }

    private static boolean isPluralNoun(String lower) {
        return lower.equals("people") || lower.equals("police") || lower.equals("personnel") || lower.equals("troops")
                || lower.equals("policemen") || lower.equals("men") || lower.equals("women") || lower.equals("children");
    }

    /** "dozens", "a number", "scores", "hundreds", with its determiner. */
    private Optional<Count> quantityNoun(int head) {
        String word = s.lower(head);
        List<String> candidates = new ArrayList<>();
        int det = head > 0 && s.lower(head - 1).matches("a|an") ? head - 1 : -1;
        boolean of = head + 1 < s.size() && s.lower(head + 1).equals("of");
        if (det >= 0) {
            if (of) {
                candidates.add(s.lower(det) + " " + word + " of");
            }
            candidates.add(s.lower(det) + " " + word);
            // "a large number of"
        }
        if (head > 1 && s.lower(head - 2).matches("a|an")) {
            candidates.add(s.lower(head - 2) + " " + s.lower(head - 1) + " " + word + (of ? " of" : ""));
        }
        if (of) {
            candidates.add(word + " of");
        }
        candidates.add(word);
        for (String c : candidates) {
            Optional<Count> v = lexicon.vague(c);
            if (v.isPresent()) {
                return v;
            }
        }
        // "three dozen", "two hundred" written as a number with a quantity noun head
        for (int c : s.children(head, "nummod")) {
            OptionalLong n = NumberWords.parse(List.of(s.word(c), word));
            if (n.isPresent()) {
                return Optional.of(Count.exactly((int) n.getAsLong()));
            }
        }
        return Optional.empty();
    }

    private int ofPhrase(int head) {
        for (int c : s.children(head, "nmod", "obl")) {
            if (s.caseOf(c).equals("of")) {
                return c;
            }
        }
        return -1;
    }

    /** A vague quantity whose last word is token i ("several", "a few", "a number of"). */
    private Optional<Count> vagueEndingAt(int i) {
        for (int len = Math.min(lexicon.longestVague(), i + 1); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i - len + 1; k <= i; k++) {
                sb.append(k == i - len + 1 ? "" : " ").append(s.lower(k));
            }
            Optional<Count> v = lexicon.vague(sb.toString());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Whether a number or vague quantity stands right before the noun: "one suspected insurgent", "several associates". */
    boolean isQuantified(int head) {
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            if (isNumber(k) || vagueEndingAt(k).isPresent()) {
                return true;
            }
            if (!(s.pos(k).startsWith("JJ") || s.pos(k).equals("VBN") || s.pos(k).startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }

    boolean isNumber(int i) {
        String lower = s.lower(i);
        if (lower.equals("a") || lower.equals("an") || lower.equals("both") || lower.equals("single")) {
            return false;
        }
        return (s.pos(i).equals("CD") || NumberWords.isNumberWord(lower)) && NumberWords.parse(List.of(lower)).isPresent()
                && !isYear(i);
    }

    private boolean isYear(int i) {
        return s.word(i).matches("(19|20)\\d\\d") && !s.ner(i).equals("NUMBER");
    }

    /** The number ending at token i, with the words before it that qualify it. */
    Optional<Count> numberCount(int i) {
        if (!isNumber(i) && !vagueEndingAt(i).isPresent()) {
            return Optional.empty();
        }
        if (!isNumber(i)) {
            return vagueEndingAt(i);
        }
        int first = i;
        while (first > 0 && (isNumber(first - 1) || (s.lower(first - 1).equals("and") && first > 1
                && isNumber(first - 2) && !s.lower(first - 2).matches("\\d+")))) {
            first--;
        }
        List<String> words = new ArrayList<>();
        for (int k = first; k <= i; k++) {
            words.add(s.word(k));
        }
        OptionalLong n = NumberWords.parse(words);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        int value = (int) n.getAsLong();
        // "between 10 and 15 people": the parser may make the first bound the number of the noun
        if (first > 0 && s.lower(first - 1).equals("between") && i + 2 < s.size() && s.lower(i + 1).equals("and")
                && isNumber(i + 2)) {
            OptionalLong high = NumberWords.parse(List.of(s.word(i + 2)));
            if (high.isPresent() && high.getAsLong() > value) {
                return Optional.of(new Count(value, (value + (int) high.getAsLong()) / 2, (int) high.getAsLong()));
            }
        }
        Optional<Count> range = rangeEndingAt(first, value);
        return range.isPresent() ? range : Optional.of(qualify(value, first));
    }

    /** "eight to 12 insurgents", "8 – 12 militants": a range written before its upper bound. */
    private Optional<Count> rangeEndingAt(int high, int value) {
        boolean between = high >= 3 && s.lower(high - 1).equals("and") && s.lower(high - 3).equals("between");
        if (high < 2 || !Set.of("to", "-", "–").contains(s.lower(high - 1)) && !between || !isNumber(high - 2)) {
            return Optional.empty();
        }
        OptionalLong low = NumberWords.parse(List.of(s.word(high - 2)));
        if (low.isEmpty() || low.getAsLong() >= value) {
            return Optional.empty();
        }
        int from = (int) low.getAsLong();
        return Optional.of(new Count(from, (from + value) / 2, value));
    }

    /** Applies "at least", "more than", "about"... written just before the number. */
    private Count qualify(int n, int numberStart) {
        for (int len = Math.min(lexicon.longestModifier(), numberStart); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int k = numberStart - len; k < numberStart; k++) {
                sb.append(k == numberStart - len ? "" : " ").append(s.lower(k));
            }
            var m = lexicon.modifier(sb.toString().toLowerCase(Locale.ROOT));
            if (m.isPresent()) {
                return switch (m.get()) {
                    case AT_LEAST -> Count.atLeast(n);
                    case MORE_THAN -> Count.atLeast(n + 1);
                    case UP_TO -> new Count(Math.min(1, n), n, n);
                    case ABOUT -> new Count((int) Math.round(n * 0.8), n, (int) Math.round(n * 1.2));
                    case NEARLY -> new Count((int) Math.round(n * 0.9), n, n);
                };
            }
        }
        return Count.exactly(n);
    }
}
