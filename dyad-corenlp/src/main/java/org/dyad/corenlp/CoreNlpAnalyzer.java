package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.LongAdder;
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

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final TimeTagger times;
    private final DependencyParser parser;
    private final LongAdder sutimeNanos = new LongAdder();
    private final LongAdder parserNanos = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder allSentences = new LongAdder();

    public CoreNlpAnalyzer(Settings settings) {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        // A blank line ends a sentence: wire copy has headlines and datelines without a full stop.
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.splitter = new StanfordCoreNLP(split);
        // Tagging runs on the sentences as LongSentences leaves them, so the splitter runs apart.
        Properties p = new Properties();
        p.setProperty("annotators", settings.entityRecognizer() ? "pos,lemma,ner" : "pos,lemma");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.tagger = new StanfordCoreNLP(p);
        this.times = new TimeTagger();
        // The parser itself, not its annotator: the annotator also builds enhanced and enhanced++
        // graphs for every sentence, which Dyad does not use and which cost as much as the parse.
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
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

    /** Where the analyzer's time went so far: CoreNLP's account of its taggers, then SUTime and the parser. */
    public String timing() {
        return splitter.timingInformation() + tagger.timingInformation() + String.format("%nSUTime: %.1f sec. for %d windows in %d sentences%nDependency parser: %.1f sec. for %d of %d sentences",
                sutimeNanos.sum() / 1e9, times.windows(), allSentences.sum(), parserNanos.sum() / 1e9, parsedSentences.sum(), allSentences.sum());
    }

    @Override
    public AnalyzedArticle analyze(Article article, ParseSelector selector) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        splitter.annotate(doc);
        List<String> warnings = LongSentences.cut(doc);
        tagger.annotate(doc);
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap cm : maps) NounsTaggedAsVerbs.retag(cm.get(CoreAnnotations.TokensAnnotation.class));
        long t0 = System.nanoTime();
        List<CoreMap> timexes = times.tag(maps, text, article.published().toString());
        sutimeNanos.add(System.nanoTime() - t0);
        List<List<Token>> tokens = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (CoreMap cm : maps) {
            tokens.add(tokens(cm.get(CoreAnnotations.TokensAnnotation.class)));
            texts.add(text.substring(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        boolean[] parse = selector.select(texts, tokens);
        long t1 = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>();
        int parsed = 0;
        for (int i = 0; i < maps.size(); i++) {
            // The time budget of an article (org.dyad.intake) interrupts its thread; stop between sentences.
            if (Thread.interrupted()) throw new CancellationException("interrupted: the article's time is up");
            CoreMap cm = maps.get(i);
            if (parse[i]) parsed++;
            sentences.add(new Sentence(i, cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens.get(i),
                    parse[i] ? repaired(tokens.get(i), dependencies(parser.predict(cm))) : List.of(), parse[i]));
        }
        parserNanos.add(System.nanoTime() - t1);
        parsedSentences.add(parsed);
        allSentences.add(maps.size());
        return new AnalyzedArticle(article, sentences, times(timexes, sentences, text), warnings);
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(l.index() - 1, l.originalText(), l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    /** The parse with the repairs of parses the parser is known to get wrong. */
    private static List<Dependency> repaired(List<Token> tokens, List<Dependency> parse) {
        List<Dependency> repaired = BareComplements.repair(tokens, parse);
        repaired = StrandedSubjects.repair(tokens, repaired);
        repaired = ReducedRelatives.repair(tokens, repaired);
        repaired = UnlabelledClauses.repair(tokens, repaired);
        repaired = ClauseAppositives.repair(tokens, repaired);
        repaired = ParticipialAdjuncts.repair(tokens, repaired);
        repaired = SubordinateClauses.repair(tokens, repaired);
        repaired = FreeRelatives.repair(tokens, repaired);
        repaired = QuotedComplements.repair(tokens, repaired);
        repaired = DeniedClaims.repair(tokens, repaired);
        repaired = FiniteConjuncts.repair(tokens, repaired);
        return ReportingConjuncts.repair(tokens, repaired);
    }

    private static List<Dependency> dependencies(GrammaticalStructure parse) {
        List<Dependency> edges = new ArrayList<>();
        for (TypedDependency d : parse.typedDependencies()) {
            String relation = d.gov().index() == 0 ? "root" : d.reln().toString();
            edges.add(new Dependency(relation, d.gov().index() - 1, d.dep().index() - 1));
        }
        return edges;
    }

    /** SUTime's expressions, placed in their sentences by character offset. */
    private static List<TimeExpression> times(List<CoreMap> timexes, List<Sentence> sentences, String text) {
        List<TimeExpression> out = new ArrayList<>();
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
