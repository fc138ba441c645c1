package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.extract.text.Texts;
import org.borderwatch.extract.text.Tree;

/** Turns parse-tree nodes into the phrases a statement needs: parties, clauses, conditions. */
final class Phrases {
    private static final String[] NOT_OF_A_NOUN_PHRASE = {"acl:relcl", "appos", "parataxis"};
    /** Time expressions: never a party, nor part of one ("Iran on Tuesday"). */
    static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final String[] NOT_OF_A_CLAUSE = {"mark", "punct"};

    private Phrases() {
    }

    /** One party per conjunct: "The interior minister and head of Nacta" → the minister; the head of Nacta. */
    static List<Party> parties(Tree t, int head, String text) {
        List<Integer> conjuncts = new ArrayList<>();
        conjuncts.add(head);
        conjuncts.addAll(t.children(head, "conj"));
        conjuncts.sort(Integer::compare);
        int end = skipTrailingPunct(t, max(phrase(t, head)), head);
        List<Party> parties = new ArrayList<>();
        for (int k = 0; k < conjuncts.size(); k++) {
            int c = conjuncts.get(k);
            int from = contiguousStart(t, c);
            // a trailing "of Nacta" belongs to the last conjunct whatever the parser attached it to
            int to = k == conjuncts.size() - 1 ? end : contiguousEnd(t, c);
            parties.add(party(t, c, from, to, text));
        }
        return parties;
    }

    /** The whole phrase under head, conjuncts included: "Beijing and Islamabad". */
    static Party wholeParty(Tree t, int relativeOrHead, String text) {
        int head = antecedentOfRelative(t, relativeOrHead);
        return party(t, head, contiguousStart(t, head), skipTrailingPunct(t, max(phrase(t, head)), head), text);
    }

    /** "an Indian minister" of "the remarks of an Indian minister about ...": up to the head, what follows left out. */
    static Party headParty(Tree t, int head, String text) {
        return party(t, head, contiguousStart(t, head), head, text);
    }

    /** "India's offer": the owner, without its possessive ending. */
    static Party owner(Tree t, int head, String text) {
        List<Integer> tokens = t.subtree(head, "case");
        return party(t, head, tokens.get(0), tokens.get(tokens.size() - 1), text);
    }

    /** "refugees, whom authorities blame for ...": a relative pronoun stands for the noun its clause modifies. */
    static int antecedentOfRelative(Tree t, int i) {
        if (!t.pos(i).startsWith("W") || !Set.of("who", "whom", "which", "that").contains(t.lemma(i))) {
            return i;
        }
        int clause = t.head(i);
        return clause >= 0 && t.is(clause, "acl:relcl") && t.head(clause) >= 0 ? t.head(clause) : i;
    }

    /** The noun phrase under head, without a date that follows it. */
    private static List<Integer> phrase(Tree t, int head) {
        List<Integer> tokens = new ArrayList<>(t.subtree(head, NOT_OF_A_NOUN_PHRASE));
        for (int c : t.children(head, "acl")) {
            if (actOfConcerned(t, c).isPresent()) {
                tokens.removeIf(k -> k > c); // "the departments concerned": what they are to do is not them
            }
        }
        for (int c : t.children(head, "nmod")) {
            // "accused the Pakistani military of carrying out air strikes": the charge is not the party
            boolean charge = c > head && t.pos(c).equals("VBG");
            // "the elders of the area, in a jirga held after the incident, demanded": an aside is no part of them
            int first = t.subtree(c).get(0);
            boolean aside = c > head && first > 0 && t.word(first - 1).equals(",");
            if (aside) {
                tokens.removeIf(k -> k >= first - 1);
            } else if (c > head && TIME_NER.contains(t.token(c).ner()) || charge) {
                tokens.removeAll(t.subtree(c));
            }
        }
        return tokens;
    }

    private static Party party(Tree t, int head, int from, int to, String text) {
        Span span = new Span(t.token(from).span().start(), t.token(to).span().end());
        String mention = Texts.clean(text, span);
        return new Party(mention, role(t, head, mention), span);
    }

    /** "the interior minister" → "interior minister"; "Interior Minister Mohsin Naqvi" → "Interior Minister". */
    private static Optional<String> role(Tree t, int head, String mention) {
        if (Vocabulary.in("role", t.lemma(head))) {
            return Optional.of(mention.replaceFirst("(?i)^(the|a|an|its|their|his|her)\\s+", ""));
        }
        List<Integer> titles = new ArrayList<>();
        for (int c : t.children(head, "compound")) {
            if (!t.token(c).ner().equals("PERSON")) {
                titles.add(c);
            }
        }
        boolean titled = titles.stream().anyMatch(c -> Vocabulary.in("role", t.lemma(c)));
        return titled ? Optional.of(Texts.fold(String.join(" ", titles.stream().map(t::word).toList()))) : Optional.empty();
    }

    private static int contiguousStart(Tree t, int head) {
        List<Integer> own = ownPhrase(t, head);
        int from = head;
        while (own.contains(from - 1)) {
            from--;
        }
        while (from < head && t.is(from, "case") && t.head(from) == head) {
            from++;
        }
        return skipLeadingPunct(t, from, head);
    }

    private static int skipTrailingPunct(Tree t, int to, int limit) {
        while (to > limit && t.pos(to).matches("[^A-Za-z]+")) {
            to--;
        }
        return to;
    }

    private static int contiguousEnd(Tree t, int head) {
        List<Integer> own = ownPhrase(t, head);
        int to = head;
        while (own.contains(to + 1)) {
            to++;
        }
        return skipTrailingPunct(t, to, head);
    }

    private static int skipLeadingPunct(Tree t, int from, int limit) {
        // "(Reuters) - Pakistan on Tuesday accused": a dash is tagged HYPH, a tag with letters
        while (from < limit && (t.pos(from).matches("[^A-Za-z]+") || t.word(from).matches("[\\p{Punct}\u2013\u2014]+"))) {
            from++;
        }
        return from;
    }

    /**
     * The head's phrase without the conjuncts coordinated with the head itself ("the minister and the
     * head of Nacta" are two parties); a modifier's conjuncts stay ("the Turkish and Greek sides").
     */
    private static List<Integer> ownPhrase(Tree t, int head) {
        List<Integer> own = new ArrayList<>(t.subtree(head, NOT_OF_A_NOUN_PHRASE));
        for (int c : t.children(head)) {
            if (t.is(c, "conj") || t.is(c, "cc")) {
                own.removeAll(t.subtree(c));
            }
        }
        return own;
    }

    /**
     * A clause's words without its complementiser, without a following clause of its own, and without
     * what is fronted before it ("Instead, ...", "While Pakistan must ..., the Taliban should ...").
     */
    static List<Integer> clause(Tree t, int head) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(head);
        for (int c : t.children(head)) {
            boolean fronted = c < head && (t.is(c, "advmod") && c < t.subtree(head).get(1)
                    || t.is(c, "advcl") && !t.children(c, "nsubj").isEmpty());
            if (!fronted && !outOfClause(t, c)) {
                collectClause(t, c, tokens);
            }
        }
        tokens.sort(Integer::compare);
        while (tokens.size() > 1 && (t.pos(tokens.get(0)).matches("[^A-Za-z]+") || t.is(tokens.get(0), "cc"))) {
            tokens.remove(0);
        }
        return tokens;
    }

    private static void collectClause(Tree t, int i, List<Integer> out) {
        out.add(i);
        for (int c : t.children(i)) {
            if (!outOfClause(t, c)) {
                collectClause(t, c, out);
            }
        }
    }

    private static boolean outOfClause(Tree t, int c) {
        for (String rel : NOT_OF_A_CLAUSE) {
            if (t.is(c, rel)) {
                return true;
            }
        }
        // "agreed to enhance cooperation ..., a joint statement said": who reports it is not what was agreed
        boolean reportedBy = (t.is(c, "parataxis") || t.relation(c).equals("dep") || t.is(c, "advcl"))
                && Vocabulary.reporting(t.lemma(c)) && !t.children(c, "nsubj").isEmpty();
        // "to submit a report, vowing that ...": a speech act after a comma is the speaker's next one
        boolean nextSpeechAct = t.pos(c).equals("VBG") && c > 0 && t.word(c - 1).equals(",")
                && !Vocabulary.cues(t.lemma(c)).isEmpty();
        return reportedBy || nextSpeechAct || nextAct(t, c) || t.is(c, "conj") && t.pos(c).startsWith("VB") && !t.children(c, "nsubj").isEmpty();
    }

    /**
     * "called for those responsible to be brought to justice and expressed solidarity": a finite verb
     * joined to an infinitive is the speaker's next act, not part of what was said.
     */
    static boolean nextAct(Tree t, int c) {
        // "accused Pakistan of violating its airspace, and warned of consequences": so is one joined to a charge
        if (!t.is(c, "conj") || t.head(c) < 0 || t.children(t.head(c), "mark").stream().noneMatch(m -> t.lemma(m).equals("to"))
                && !(t.pos(t.head(c)).equals("VBG") && t.children(t.head(c)).stream()
                        .anyMatch(m -> (t.is(m, "mark") || t.is(m, "case")) && Set.of("of", "for").contains(t.lemma(m))))) {
            return false;
        }
        String head = t.pos(t.head(c));
        // "pledged to support the process and called on all parties": the tagger may take "called" for a participle
        return Set.of("VBD", "VBZ").contains(t.pos(c)) && Set.of("VB", "VBN", "VBG").contains(head)
                || t.pos(c).equals("VBN") && head.equals("VB");
    }

    /** The phrase's words without a next act the parser hung inside it. */
    static List<Integer> withoutNextAct(Tree t, int head) {
        List<Integer> tokens = new ArrayList<>(t.subtree(head));
        for (int k : List.copyOf(tokens)) {
            if (k != head && nextAct(t, k)) {
                tokens.removeAll(t.subtree(k));
                tokens.removeIf(x -> x == k - 1 && t.is(x, "cc"));
            }
        }
        return tokens;
    }

    /**
     * "rejected the remarks as baseless, saying Pakistan would not allow ...": a participle of saying after
     * a comma starts what the speaker said next, wherever the parser hung it.
     */
    static List<Integer> withoutSayingNext(Tree t, List<Integer> tokens) {
        List<Integer> out = new ArrayList<>(tokens);
        for (int k : tokens) {
            if (k > 0 && out.contains(k) && t.pos(k).equals("VBG") && Vocabulary.reporting(t.lemma(k))
                    && t.word(k - 1).equals(",")) {
                out.removeAll(t.subtree(k));
                out.remove(Integer.valueOf(k - 1));
            }
        }
        return out;
    }

    static String text(Tree t, List<Integer> tokens, String text) {
        return tokens.isEmpty() ? "" : Texts.clean(text, t.span(tokens));
    }

    private static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
            "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "ARMED_GROUP", "GOVERNMENT_BODY", "SECURITY_FORCE",
            "INTERNATIONAL_BODY");

    /** Is the token tagged as a named actor (a country, a group, a person...)? */
    static boolean named(Tree t, int k) {
        return ACTOR_TYPES.contains(t.token(k).ner());
    }

    /**
     * The first named actor in the content that is not its subject, as the phrase it heads: the
     * addressee of "threatened to cut off electricity to the republic of Nakhichevan".
     */
    static Optional<Party> firstActor(Tree t, List<Integer> content, String text) {
        for (int k : content) {
            if (!named(t, k) || t.is(k, "nsubj")) {
                continue;
            }
            int head = k;
            while (t.head(head) >= 0 && content.contains(t.head(head))
                    && (t.is(head, "compound") || t.is(head, "amod") || t.is(head, "flat") || t.is(head, "nmod:poss"))) {
                head = t.head(head);
            }
            // "bring the perpetrators of the Besham attack to justice": an event named by its place is no party
            if (t.is(head, "nsubj") || where(t, head) || Grammar.EVENT_NOUNS.contains(t.lemma(head)) || placeOfEvent(t, head)) {
                continue;
            }
            return Optional.of(wholeParty(t, head, text));
        }
        return Optional.empty();
    }

    /** "investigate the cross-border shelling in Chaman": where the event happened is no one addressed. */
    private static boolean placeOfEvent(Tree t, int head) {
        int h = t.head(head);
        boolean locative = t.children(head, "case").stream().anyMatch(c -> Set.of("in", "at", "near").contains(t.lemma(c)));
        return locative && h >= 0 && Grammar.EVENT_NOUNS.contains(t.lemma(h));
    }

    private static final Set<String> PLACE_NOUNS = Set.of("territory", "soil", "airspace", "border", "frontier",
            "land", "area", "region", "road", "highway", "motorway", "street", "bazaar", "market", "crossing", "route");

    /**
     * "violation of Afghan territory": ground is nobody addressed. A named place stays ("troops to a force in
     * Liberia"): PLOVER takes the country an act lands on as its target.
     */
    /**
     * "directed the authorities concerned to submit a report": the parser reads "concerned" as a verb, hung
     * on the act itself or on the ones addressed; this is the act it hangs from.
     */
    static Optional<Integer> actOfConcerned(Tree t, int k) {
        if (!t.lemma(k).equals("concern") || !t.pos(k).equals("VBN") || t.head(k) < 0) {
            return Optional.empty();
        }
        int h = t.head(k);
        if (t.relation(k).equals("dep") && t.pos(h).startsWith("VB")) {
            return Optional.of(h);
        }
        return t.is(k, "acl") && t.is(h, "obj") && t.head(h) >= 0 ? Optional.of(t.head(h)) : Optional.empty();
    }

    /** The clause the parser hung on "concerned" in "directed the authorities concerned to ...". */
    static Optional<Integer> clauseAfterConcerned(Tree t, int v) {
        for (int k = v + 1; k < t.size(); k++) {
            if (actOfConcerned(t, k).filter(a -> a == v).isPresent()) {
                return java.util.stream.Stream.concat(t.children(k, "advcl").stream(), t.children(k, "xcomp").stream())
                        .filter(c -> t.children(c, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst();
            }
        }
        return Optional.empty();
    }

    static boolean where(Tree t, int head) {
        return PLACE_NOUNS.contains(t.lemma(head));
    }

    /** The subject of a clause: nsubj, nsubj:pass, or the agent of a passive. */
    static Optional<Integer> subject(Tree t, int verb) {
        List<Integer> subjects = t.children(verb, "nsubj");
        // "quoted as saying he would be ready": the parser may take the gerund for a second subject
        return subjects.stream().filter(s -> !t.pos(s).equals("VBG")).findFirst()
                .or(() -> subjects.stream().findFirst())
                .or(() -> agent(t, verb));
    }

    /** Who acted in a passive clause: "was carried out by Jamaatul Ahrar". */
    static Optional<Integer> agent(Tree t, int verb) {
        // "the attack, claimed by the BLA, ...": a participle is passive without an auxiliary
        boolean participle = t.is(verb, "acl") && t.pos(verb).equals("VBN");
        if (t.children(verb, "aux:pass").isEmpty() && t.child(verb, "obl:agent").isEmpty() && !participle) {
            return Optional.empty();
        }
        return t.children(verb, "obl").stream()
                .filter(o -> t.is(o, "obl:agent") || t.children(o, "case").stream().anyMatch(c -> t.lemma(c).equals("by")))
                .findFirst();
    }

    static boolean negated(Tree t, int verb) {
        for (int c : t.children(verb)) {
            String lemma = t.lemma(c);
            if ((t.is(c, "advmod") || t.is(c, "neg")) && (lemma.equals("not") || lemma.equals("never") || lemma.equals("n't"))) {
                return true;
            }
        }
        return false;
    }

    /** "if Kabul did not respond", "only when the Taliban take ... action": anywhere under the node. */
    static Optional<String> condition(Tree t, int node, String text) {
        // "claimed responsibility and threatened to kill the hostages if ...": a verb coordinated with this
        // one makes its own statement, under its own condition
        java.util.Set<Integer> others = new java.util.HashSet<>();
        for (int c : t.subtree(node)) {
            // "demanded of X to ensure ... and warned that ... if ...": the parser may hang the second act lower
            boolean ownAct = t.head(c) == node || !Vocabulary.cues(t.lemma(c)).isEmpty();
            if ((t.is(c, "conj") || t.is(c, "parataxis")) && t.pos(c).startsWith("VB") && ownAct && c != node) {
                others.addAll(t.subtree(c));
            }
        }
        for (int i : t.subtree(node)) {
            if (!t.is(i, "advcl") || others.contains(i)) {
                continue;
            }
            List<Integer> tokens = t.subtree(i, "punct");
            String first = t.lemma(tokens.get(0));
            String second = tokens.size() > 1 ? t.lemma(tokens.get(1)) : "";
            boolean conditional = Set.of("if", "unless", "provided", "until").contains(first)
                    || first.equals("only") && Set.of("when", "after", "once", "if").contains(second);
            if (conditional) {
                return Optional.of(Texts.clean(text, t.span(tokens)));
            }
        }
        return Optional.empty();
    }

    private static int max(List<Integer> tokens) {
        return tokens.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
