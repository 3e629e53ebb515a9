package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.article.Article;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Dependency;
import org.dyad.text.LanguageAnalyzer;
import org.dyad.text.ParseSelector;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.text.Token;

/**
 * Dyad's adapter to Stanford CoreNLP. Tokenizes, splits, tags and lemmatizes every sentence,
 * optionally runs the statistical entity recognizer, normalizes time expressions with SUTime
 * against the publication date, and dependency-parses the sentences the caller selects. No
 * CoreNLP type leaves this class.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

    /**
     * Choices of annotators, measured in docs/performance.md.
     *
     * @param entityRecognizer run CoreNLP's CRF entity recognizer (3-class model); without it,
     *                         Dyad finds names from its dictionaries and proper-noun tags
     */
    public record Settings(boolean entityRecognizer) {
        public static final Settings DEFAULT = new Settings(false);
    }

    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP tagger;
    private final TimeAnnotator sutime;
    private final DependencyParseAnnotator parser;

    public CoreNlpAnalyzer(Settings settings) {
        Properties p = new Properties();
        p.setProperty("annotators", settings.entityRecognizer() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
        // A blank line ends a sentence: wire copy has headlines and datelines without a full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.tagger = new StanfordCoreNLP(p);
        Properties time = new Properties();
        time.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", time);
        this.parser = new DependencyParseAnnotator();
    }

    /** The one analyzer of this JVM with the default settings; its models load on first use. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer a = shared;
        if (a == null) {
            synchronized (CoreNlpAnalyzer.class) {
                a = shared;
                if (a == null) shared = a = new CoreNlpAnalyzer(Settings.DEFAULT);
            }
        }
        return a;
    }

    /** CoreNLP's own account of the time its tagging annotators took so far. */
    public String timing() {
        return tagger.timingInformation();
    }

    @Override
    public AnalyzedArticle analyze(Article article, ParseSelector selector) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        tagger.annotate(doc);
        sutime.annotate(doc);
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokens = new ArrayList<>();
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap cm : maps) {
            List<Token> t = tokens(cm.get(CoreAnnotations.TokensAnnotation.class));
            tokens.add(t);
            String sentenceText = text.substring(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            if (selector.needsParse(sentenceText, t)) toParse.add(cm);
        }
        if (!toParse.isEmpty()) {
            Annotation selected = new Annotation(text);
            selected.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(selected);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            CoreMap cm = maps.get(i);
            SemanticGraph graph = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            sentences.add(new Sentence(i, cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens.get(i), dependencies(graph), graph != null));
        }
        return new AnalyzedArticle(article, sentences, times(doc, sentences, text));
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(l.index() - 1, l.originalText(), l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> edges = new ArrayList<>();
        if (graph == null) return edges;
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        for (IndexedWord root : graph.getRoots()) edges.add(new Dependency("root", -1, root.index() - 1));
        return edges;
    }

    /** SUTime's expressions, placed in their sentences by character offset. */
    private static List<TimeExpression> times(Annotation doc, List<Sentence> sentences, String text) {
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) return out;
        for (CoreMap cm : timexes) {
            Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.value() == null) continue;
            int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            for (Sentence s : sentences) {
                if (start < s.start() || start >= s.end()) continue;
                int first = s.tokenAt(start);
                int last = s.tokenAt(end - 1);
                if (first >= 0 && last >= 0) {
                    out.add(new TimeExpression(text.substring(start, end), timex.value(), timex.timexType(), start, end, s.index(), first, last));
                }
            }
        }
        return out;
    }
}
