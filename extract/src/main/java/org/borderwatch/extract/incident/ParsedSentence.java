package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.extract.text.Tree;

/**
 * One parsed sentence with what the incident rules ask of it: the tree, the entity and time mentions
 * that lie in it, and words in the forms the lexicons use. When a sentence starts before the story
 * does (the splitter joined a dateline or header to the first sentence of the story), only its story
 * part is kept: header words are cut from the tree, and story words whose head lay in the header
 * become roots, so that "Update May 24" can never lend its "May" to "killed" as a modal.
 */
final class ParsedSentence {
    private final AnnotatedDocument document;
    private final Tree tree;
    private final Mention[] mentionAt;
    private final List<TimeMention> times = new ArrayList<>();
    private final int index;
    private final Span span;
    private final boolean headline;
    private final int tail;

    ParsedSentence(AnnotatedDocument document, Sentence sentence, int storyStart) {
        this.document = document;
        this.index = sentence.index();
        int first = 0;
        while (first < sentence.tokens().size() && sentence.tokens().get(first).span().start() < storyStart) {
            first++;
        }
        Sentence story = first == 0 ? sentence : storyPart(sentence, first);
        story = CommaParticiples.repair(ParticipleCompounds.repair(PlaceSubjects.repair(story)));
        this.tree = new Tree(story);
        this.span = story.span();
        this.mentionAt = new Mention[story.tokens().size()];
        for (Mention m : document.mentions()) {
            if (m.sentence() == sentence.index()) {
                for (int i = Math.max(m.firstToken(), first); i < m.endToken() && i - first < mentionAt.length; i++) {
                    mentionAt[i - first] = m;
                }
            }
        }
        for (TimeMention t : document.times()) {
            if (t.sentence() == sentence.index() && t.span().start() >= storyStart) {
                times.add(t);
            }
        }
        String text = span.of(document.text()).strip();
        this.headline = !text.isEmpty() && ".?!\"”'’)".indexOf(text.charAt(text.length() - 1)) < 0;
        this.tail = headline ? sourceTail() : story.tokens().size();
    }

    /**
     * Where a headline's source begins: "Bomb kills girl, injures 16 in SW Pakistan: police",
     * "... shot dead - officials". A colon or dash followed by at most four words ends it.
     */
    private int sourceTail() {
        int n = tree.size();
        for (int i = n - 2; i >= Math.max(3, n - 6); i--) {
            String w = tree.word(i);
            if (w.equals(":") || w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—")) {
                return i;
            }
        }
        return n;
    }

    /** The tokens from {@code first} on, renumbered from 0, with the edges among them. */
    private static Sentence storyPart(Sentence sentence, int first) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : sentence.tokens().subList(first, sentence.tokens().size())) {
            tokens.add(new Token(t.index() - first, t.span(), t.word(), t.lemma(), t.pos(), t.ner()));
        }
        List<Dependency> edges = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < first) {
                continue;
            }
            if (d.governor() >= first) {
                edges.add(new Dependency(d.governor() - first, d.dependent() - first, d.relation()));
            } else {
                orphans.add(d.dependent() - first);
            }
        }
        // The story part is one clause unless its own edges say otherwise: its first verb that hung
        // from the header becomes the root, and the other pieces hang from it.
        int root = orphans.stream().filter(o -> tokens.get(o).pos().startsWith("VB")).findFirst()
                .orElse(orphans.isEmpty() ? -1 : orphans.get(0));
        for (int o : orphans) {
            edges.add(o == root ? new Dependency(-1, o, "root") : new Dependency(root, o, "dep"));
        }
        int start = tokens.isEmpty() ? sentence.span().end() : tokens.get(0).span().start();
        return new Sentence(sentence.index(), new Span(start, sentence.span().end()), tokens, edges);
    }

    /** A sentence with no closing full stop: a headline, whose present tense reports the past. */
    boolean isHeadline() {
        return headline;
    }

    /** Whether token i is the source a headline ends with ("...: police"). */
    boolean inTail(int i) {
        return i >= tail;
    }

    AnnotatedDocument document() {
        return document;
    }

    Tree tree() {
        return tree;
    }

    Sentence sentence() {
        return tree.sentence();
    }

    int index() {
        return index;
    }

    int size() {
        return tree.size();
    }

    String word(int i) {
        return tree.word(i);
    }

    /** Lower-case word. */
    String lower(int i) {
        return tree.word(i).toLowerCase(Locale.ROOT);
    }

    /** Lower-case lemma. */
    String lemma(int i) {
        return tree.lemma(i);
    }

    String pos(int i) {
        return tree.pos(i);
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isPlural(int i) {
        return pos(i).equals("NNS") || pos(i).equals("NNPS");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    String ner(int i) {
        return tree.token(i).ner();
    }

    Optional<Mention> mention(int i) {
        return Optional.ofNullable(mentionAt[i]);
    }

    /** The last token of the entity mention token i lies in (i itself when it lies in none). */
    int mentionEnd(int i) {
        int end = i;
        while (mentionAt[i] != null && end + 1 < mentionAt.length && mentionAt[end + 1] == mentionAt[i]) {
            end++;
        }
        return end;
    }

    List<TimeMention> times() {
        return times;
    }

    /** The sentence's story part. */
    Span span() {
        return span;
    }

    Span span(int first, int last) {
        return new Span(tree.token(first).span().start(), tree.token(last).span().end());
    }

    /** The document text from token first to token last, inclusive. */
    String text(int first, int last) {
        return span(first, last).of(document.text());
    }

    String text(List<Integer> tokens) {
        return tree.span(tokens).of(document.text());
    }

    /** Children of i with any of the relations (subtypes included). */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(i)) {
            for (String r : relations) {
                if (tree.is(c, r)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    boolean hasChildLemma(int i, String relation, String lemma) {
        for (int c : children(i, relation)) {
            if (lemma(c).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The preposition or marker words of i ("in", "after", "prior to"), lower case, joined by spaces. */
    String caseOf(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children(i, "case", "mark")) {
            if (c < i) {
                sb.append(sb.length() == 0 ? "" : " ").append(lower(c));
                for (int f : children(c, "fixed")) {
                    sb.append(' ').append(lower(f));
                }
            }
        }
        return sb.toString();
    }
}
