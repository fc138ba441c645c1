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

    /*
     * A news dateline ("KABUL, Afghanistan (Jan. 25, 2013)", "Peshawar, Jul 3 (PTI)", "ISLAMABAD
     * (Reuters)", "PAKTIKA PROVINCE, Afghanistan –", "PESHAWAR:", "QUETTA, May 12:"), a press release's "For Immediate Release" and a
     * wire headline's "UPDATE 3-" end a sentence of their own: joined to the lead, the parser makes the
     * dateline's city the subject of the story's first verb and leaves the real subject hanging
     * ("KABUL ... A Haqqani leader ... was arrested" had KABUL arrested). A TokensRegex over the tokens; the last token matched ends the
     * sentence. The parenthesis must hold a date or a wire agency, so "the ISI (Inter-Services
     * Intelligence)" is never cut. Left on the headline, "UPDATE 1-Taliban claim" made "1-Taliban" one
     * number.
     */
    private static final String MONTH = "/(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?/";
    private static final String CAPS = "[{word:/\\p{Lu}{2,}[\\p{Lu}.'’-]*/}]";
    private static final String NAME = "[{word:/\\p{Lu}[\\p{L}.]*/}]";
    private static final String DAY = "[{word:/\\d{1,2}/}]";
    private static final String DATELINE_BREAK = String.join(" ",
            "(", CAPS + "{1,3}", "(", "/,/", NAME + "{1,3}", DAY + "?", ")?",
            "|", "[{word:/\\p{Lu}\\p{Ll}+/}]", "/,/", NAME + "{1,2}", DAY + "?", ")",
            "/\\(/", "(", MONTH, "/\\d{1,2}/", "(", "/,/", "/\\d{4}/", ")?",
            "|", "/Reuters|AP|AFP|PTI|IANS|APP|UNI|dpa|DPA|Xinhua|NNI|ANI|INP|IRNA/", ")", "/\\)/",
            "|", CAPS + "{1,3}", "/,/", "[{word:/\\p{Lu}\\p{Ll}+/}]{1,2}", "/[–—]|--/",
            "|", "/(?i)for/", "/(?i)immediate/", "/(?i)release/", "(", "/(?i)download/", "/PDF/", ")?",
            "|", "/UPDATE|WRAPUP|REFILE|CORRECTED|RPT/", "/\\d{1,2}/?", "/-/",
            "|", CAPS + "{1,3}", "(", "/,/", MONTH, DAY, ")?", "/:/");

    static Properties splitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        split(p);
        return p;
    }

    private static void split(Properties p) {
        p.setProperty("ssplit.boundaryMultiTokenRegex", DATELINE_BREAK);
        // a headline or a paragraph has no full stop to end it, but a blank line after it ends it
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
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
        split(p);
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
