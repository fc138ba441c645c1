package org.borderwatch.extract.statement;

import org.borderwatch.extract.text.Tree;

/** What every kind of cue rule reads from (the sentence and its grammar) and writes to (its drafts). */
abstract class CueRules {
    final Tree t;
    final String text;
    final Grammar g;
    final Drafts drafts;

    CueRules(Grammar g, Drafts drafts) {
        this.t = g.t;
        this.text = g.text;
        this.g = g;
        this.drafts = drafts;
    }
}
