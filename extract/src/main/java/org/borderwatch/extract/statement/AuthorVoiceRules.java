package org.borderwatch.extract.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;

/** A modal in the author's own voice: "Pakistan should ..." is the publisher's recommendation. */
final class AuthorVoiceRules extends CueRules {
    AuthorVoiceRules(Grammar g, Drafts drafts) {
        super(g, drafts);
    }

    /** "Pakistan should ...", "Pakistan ought to ...": the author recommends, unless someone is quoted. */
    void authorRecommendation(int modal) {
        if (t.lemma(modal).equals("will") && t.head(modal) >= 0 && g.announcedAct(t.head(modal))
                && !insideReportedSpeech(t.head(modal))) {
            int verb = t.head(modal);
            drafts.emit(StatementType.COMMIT, verb, g.beneficiary(verb, Phrases.clause(t, verb)), Phrases.clause(t, verb));
            return;
        }
        // "Pakistan would do well to use whatever influence it has": advice
        boolean doWell = t.lemma(modal).equals("would") && t.head(modal) >= 0 && t.lemma(t.head(modal)).equals("do")
                && t.children(t.head(modal)).stream().anyMatch(a -> t.lemma(a).equals("well"));
        if (!doWell && (!Vocabulary.in("modal", t.lemma(modal)) || t.lemma(modal).equals("need") || t.lemma(modal).equals("have"))) {
            return;
        }
        int verb = t.lemma(modal).equals("ought") ? modal : t.head(modal);
        if (verb < 0 || insideReportedSpeech(verb)) {
            return;
        }
        Optional<Integer> subject = Phrases.subject(t, verb);
        if (subject.isPresent() && Set.of("it", "they").contains(t.lemma(subject.get())) && t.is(verb, "conj")) {
            // "The state must protect civilians, and it should open a dialogue": the pronoun is the first subject
            subject = Phrases.subject(t, t.head(verb));
        }
        // "The government must not ... It should take parliament into confidence": the one the author
        // addressed before; "It should be noted" addresses no one
        boolean pronoun = subject.isPresent() && Set.of("it", "they").contains(t.lemma(subject.get()))
                && !t.lemma(verb).equals("be") && t.children(verb, "aux:pass").isEmpty() && t.child(verb, "cop").isEmpty();
        if (subject.isEmpty() || !g.actorLike(subject.get()) && !pronoun) {
            return;
        }
        recommend(modal, verb, subject.get(), pronoun && !g.actorLike(subject.get()));
    }

    /** "It is time for Kabul to recognise ...": the author's recommendation to the one it is time for. */
    void timeFor(int noun) {
        boolean itIs = !t.children(noun, "cop").isEmpty()
                && t.children(noun, "nsubj").stream().anyMatch(n -> t.lemma(n).equals("it"));
        Optional<Integer> act = t.children(noun, "acl").stream()
                .filter(a -> t.children(a, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst();
        Optional<Integer> subject = act.flatMap(a -> Phrases.subject(t, a)).filter(g::actorLike);
        if (t.lemma(noun).equals("time") && itIs && subject.isPresent() && !insideReportedSpeech(noun)) {
            recommend(noun, act.get(), subject.get(), false);
        }
    }

    /** "It is deeply worrying that the attackers remain at large": the author's own concern. */
    boolean authorConcern(int a) {
        // the tagger may read "is worrying" as a progressive verb
        boolean linked = !t.children(a, "cop").isEmpty()
                || t.children(a, "aux").stream().anyMatch(x -> t.lemma(x).equals("be"));
        boolean worrying = Vocabulary.in("worrying", t.word(a).toLowerCase(java.util.Locale.ROOT)) && linked
                && t.children(a, "nsubj").stream().anyMatch(n -> t.lemma(n).equals("it"));
        Optional<Integer> matter = t.child(a, "ccomp").or(() -> t.child(a, "csubj"));
        if (!worrying || matter.isEmpty() || insideReportedSpeech(a)) {
            return false;
        }
        drafts.add(authorDraft(StatementType.EXPRESS_CONCERN, a, matter.get()));
        return true;
    }

    private void recommend(int cue, int verb, int subject, boolean addressedBefore) {
        Draft d = authorDraft(StatementType.RECOMMEND, cue, verb);
        d.addressee = Optional.of(Phrases.wholeParty(t, subject, text));
        if (addressedBefore) {
            d.reference = Draft.Reference.ADDRESSED_BEFORE;
        }
        drafts.add(d);
    }

    private Draft authorDraft(StatementType type, int cue, int verb) {
        Party author = new Party("the author", Optional.of("author"), t.token(cue).span());
        List<Integer> clause = Phrases.clause(t, verb);
        Draft d = drafts.draft(type, author, verb, clause);
        d.voice = org.borderwatch.core.statement.Voice.AUTHOR;
        if (quoted(t.token(cue).span().start())) {
            // '"Pakistan should solve its internal problems."' after a quoted spokesman: his words, not the paper's
            d.reference = Draft.Reference.QUOTED;
            d.voice = org.borderwatch.core.statement.Voice.REPORTED;
        }
        return d;
    }

    /** Whether the offset lies inside quotation marks opened in its paragraph. */
    private boolean quoted(int offset) {
        int paragraph = text.lastIndexOf("\n\n", offset);
        long marks = text.substring(Math.max(0, paragraph), offset).chars()
                .filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1;
    }

    /** A clause that is the complement of some verb ("concluded that ... must") is someone else's voice. */
    private boolean insideReportedSpeech(int verb) {
        for (int k = verb, guard = 0; k >= 0 && guard < t.size(); k = t.head(k), guard++) {
            if (t.is(k, "ccomp") && t.head(k) >= 0 && t.pos(t.head(k)).startsWith("VB")) {
                return true;
            }
            int h = t.head(k);
            if (h >= 0 && (Vocabulary.reporting(t.lemma(h)) || !Vocabulary.cues(t.lemma(h)).isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
