package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Plain CoreNLP pipelines that benchmarks measure Dyad against: POS tagging alone, and the
 * constituency parse PETRARCH2 needs. Kept here so that CoreNLP stays inside this module.
 */
public final class CoreNlpBaseline {

    private final StanfordCoreNLP pipeline;
    private final String annotators;

    private CoreNlpBaseline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(p);
        this.annotators = annotators;
    }

    /** tokenize, ssplit, pos: the cheapest useful analysis. */
    public static CoreNlpBaseline tagging() {
        return new CoreNlpBaseline("tokenize,ssplit,pos");
    }

    /** tokenize, ssplit, pos, parse: the PCFG constituency parse PETRARCH2 codes from. */
    public static CoreNlpBaseline constituencyParsing() {
        return new CoreNlpBaseline("tokenize,ssplit,pos,parse");
    }

    public String annotators() {
        return annotators;
    }

    /** Annotates a text and returns its token count. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
