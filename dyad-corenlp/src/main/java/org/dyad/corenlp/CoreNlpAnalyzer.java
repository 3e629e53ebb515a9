package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.article.Article;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Dependency;
import org.dyad.text.LanguageAnalyzer;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.text.Token;

/**
 * Dyad's adapter to Stanford CoreNLP: runs tokenize, ssplit, pos, lemma, ner (with SUTime)
 * and depparse, and translates the result into Dyad's own sentence model. No CoreNLP type
 * leaves this class.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlpAnalyzer(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The one pipeline of this JVM; its models load on first use (tens of seconds). */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer a = shared;
        if (a == null) {
            synchronized (CoreNlpAnalyzer.class) {
                a = shared;
                if (a == null) shared = a = new CoreNlpAnalyzer(defaultProperties());
            }
        }
        return a;
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // A blank line ends a sentence: wire copy has headlines and datelines without a full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER (nationality, title, ...) and entity mentions are not used by Dyad.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.extradependencies", "NONE");
        return p;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        Annotation doc = new Annotation(article.text());
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        pipeline.annotate(doc);

        List<Sentence> sentences = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int index = sentences.size();
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            sentences.add(new Sentence(index,
                    cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    tokens(labels),
                    dependencies(cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))));
            times.addAll(times(labels, index, article.text()));
        }
        return new AnalyzedArticle(article, sentences, times);
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(l.index() - 1, l.originalText(), l.lemma(), l.tag(),
                    l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> edges = new ArrayList<>();
        if (graph == null) return edges;
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new Dependency("root", -1, root.index() - 1));
        }
        return edges;
    }

    /** SUTime marks each token of a time expression with the same Timex; runs of it are one expression. */
    private static List<TimeExpression> times(List<CoreLabel> labels, int sentence, String text) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); ) {
            Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.value() == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < labels.size() && sameTimex(timex, labels.get(j + 1).get(TimeAnnotations.TimexAnnotation.class))) j++;
            int start = labels.get(i).beginPosition();
            int end = labels.get(j).endPosition();
            out.add(new TimeExpression(text.substring(start, end), timex.value(), timex.timexType(), start, end, sentence, i, j));
            i = j + 1;
        }
        return out;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return b != null && a.tid() != null && a.tid().equals(b.tid());
    }
}
