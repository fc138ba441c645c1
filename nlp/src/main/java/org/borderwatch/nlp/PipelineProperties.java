package org.borderwatch.nlp;

import java.util.Properties;

/**
 * The only place CoreNLP annotator names and property keys are written. The adapter runs a cheap
 * splitter over the whole document, then the taggers (and {@link BasicDependencyParser}) over the
 * sentences that matter; {@link #bare} is the plain whole-document pipeline they are measured against.
 */
final class PipelineProperties {
    private PipelineProperties() {
    }

    static Properties splitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    /**
     * POS, lemmas, NER with SUTime and our lexicon, over sentences the splitter already made.
     *
     * @param entityMapping the lexicon as TokensRegexNER mapping files, or empty for none
     */
    static Properties tagger(NlpConfig config, String entityMapping) {
        Properties p = new Properties();
        // Requirements are met by the splitter's output, which CoreNLP cannot see in this pipeline.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("annotators", entityMapping.isEmpty() ? "pos,lemma,ner" : "pos,lemma,ner,regexner");
        ner(p, config);
        // We build mentions from the final token labels, after our lexicon and date fixes.
        p.setProperty("ner.buildEntityMentions", "false");
        threads(p, config, "pos", "ner");
        lexicon(p, entityMapping);
        return p;
    }

    /** Everything on every sentence of the document, as a plain CoreNLP user would run it. */
    static Properties bare(NlpConfig config, String entityMapping) {
        Properties p = new Properties();
        StringBuilder annotators = new StringBuilder("tokenize,ssplit,pos,lemma,ner");
        if (!entityMapping.isEmpty()) {
            annotators.append(",regexner");
        }
        if (config.depparse()) {
            annotators.append(",depparse");
        }
        p.setProperty("annotators", annotators.toString());
        ner(p, config);
        threads(p, config, "pos", "ner", "depparse");
        lexicon(p, entityMapping);
        return p;
    }

    private static void ner(Properties p, NlpConfig config) {
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.useSUTime", "true");
    }

    private static void threads(Properties p, NlpConfig config, String... annotators) {
        for (String annotator : annotators) {
            p.setProperty(annotator + ".nthreads", Integer.toString(config.threads()));
        }
    }

    private static void lexicon(Properties p, String entityMapping) {
        if (!entityMapping.isEmpty()) {
            p.setProperty("regexner.mapping", entityMapping);
            p.setProperty("regexner.ignorecase", "false"); // per-file options in the mapping decide
        }
    }
}
