package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech tags repaired where the tagger read one of our lexicon's armed groups as a verb:
 * "IS claims responsibility" comes out as IS/VBZ claims/NNS, and the parser then finds no one who
 * claims anything. Such a sentence is tagged again with the name written as a word the tagger takes
 * for a proper noun, so that its neighbours are tagged as they are read ("claims" a verb); the name
 * itself becomes NNP. The tagger runs before the entity labels exist, so this comes after both and
 * before the parser. Thread-safe: the tagger keeps no state between sentences.
 */
final class NameTags {
    /** A capitalised word the tagger has never seen: it is tagged a proper noun wherever it stands. */
    private static final String STAND_IN = "Zorblat";
    private static final String NAME_TYPE = "ARMED_GROUP";

    private final MaxentTagger tagger;

    NameTags() {
        this.tagger = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
    }

    void repair(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.stream().anyMatch(NameTags::nameReadAsVerb)) {
                retag(tokens);
            }
        }
    }

    private static boolean nameReadAsVerb(CoreLabel token) {
        String tag = token.tag();
        return NAME_TYPE.equals(token.ner()) && tag != null && (tag.startsWith("VB") || tag.equals("MD"));
    }

    private void retag(List<CoreLabel> tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(new Word(NAME_TYPE.equals(t.ner()) ? STAND_IN : t.word()));
        }
        List<TaggedWord> tagged = tagger.tagSentence(words);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String tag = NAME_TYPE.equals(t.ner()) ? "NNP" : tagged.get(i).tag();
            if (!tag.equals(t.tag())) {
                t.setTag(tag);
                t.setLemma(Morphology.lemmaStatic(t.word(), tag));
            }
        }
    }
}
