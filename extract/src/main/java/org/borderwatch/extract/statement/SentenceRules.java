package org.borderwatch.extract.statement;

import java.util.List;
import org.borderwatch.extract.text.Tree;

/**
 * The rules that read statements off one parsed sentence, one kind of cue each: a modal in the author's
 * own voice ("Pakistan should ..."), a fixed phrase ("claimed responsibility", "is ready to"), a
 * speech-act verb ("demanded", "denied"), or a reporting verb whose complement says what the act is
 * ("stated that the TTP was behind the attack"). Discourse (antecedents, inherited dates) is left to
 * {@link Discourse}.
 */
final class SentenceRules {
    private final Tree t;
    private final Drafts drafts;
    private final AuthorVoiceRules author;
    private final StockPhraseRules phrases;
    private final SpeechActRules speechActs;
    private final ReportedSpeechRules reported;

    private SentenceRules(Tree t, String text) {
        Grammar g = new Grammar(t, text);
        this.t = t;
        this.drafts = new Drafts(t, text);
        this.author = new AuthorVoiceRules(g, drafts);
        this.phrases = new StockPhraseRules(g, drafts);
        this.speechActs = new SpeechActRules(g, drafts);
        this.reported = new ReportedSpeechRules(g, drafts);
    }

    static List<Draft> apply(Tree tree, String text) {
        SentenceRules rules = new SentenceRules(tree, text);
        for (int i = 0; i < tree.size(); i++) {
            rules.at(i);
        }
        return rules.drafts.all();
    }

    private void at(int i) {
        String pos = t.pos(i);
        if (pos.equals("MD") || t.lemma(i).equals("ought")) {
            author.authorRecommendation(i);
        } else if (pos.equals("NN") && t.lemma(i).equals("time")) {
            author.timeFor(i);
        } else if ((pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG"))
                && (phrases.readiness(i) || phrases.concerned(i) || phrases.committed(i) || author.authorConcern(i))) {
            return;
        } else if (pos.startsWith("VB") && !phrases.verbPhrase(i) && !speechActs.speechAct(i)) {
            reported.reported(i);
        }
    }
}
