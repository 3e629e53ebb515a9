package org.dyad.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.article.Article;
import org.dyad.attribution.Quote;
import org.dyad.attribution.QuoteFinder;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.coding.Event;
import org.dyad.coding.EventCoder;
import org.dyad.coding.PatternBook;
import org.dyad.ontology.CameoOntology;
import org.dyad.record.DyadRecord;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.LanguageAnalyzer;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.text.Token;
import org.dyad.time.TimeCorrection;
import org.dyad.time.TimeRef;

/**
 * The whole pipeline, composed in one place: language analysis, time correction, actors,
 * quotations, events, record. Thread-safe once built; build one per JVM.
 */
public final class Dyad {

    private static final Set<String> OBLIGATIONS = Set.of("should", "must", "ought");

    private final LanguageAnalyzer analyzer;
    private final ReportedSpeech speech;
    private final PatternBook patterns;
    private final ActorResolver actors;
    private final QuoteFinder quotes;
    private final EventCoder coder;
    private final EventCoder.Options options;
    private final StageProfile profile = new StageProfile();

    public Dyad(LanguageAnalyzer analyzer, ActorDictionary dictionary, EventCoder.Options options) {
        this(analyzer, dictionary, List.of(), options);
    }

    /** With users' event pattern files (data/coding/patterns.tsv format) beside the bundled ones. */
    public Dyad(LanguageAnalyzer analyzer, ActorDictionary dictionary, List<Path> patternFiles, EventCoder.Options options) {
        CameoOntology ontology = CameoOntology.bundled();
        this.speech = ReportedSpeech.bundled();
        this.patterns = PatternBook.load(patternFiles, ontology);
        this.analyzer = analyzer;
        this.actors = new ActorResolver(dictionary);
        this.quotes = new QuoteFinder(speech);
        this.coder = new EventCoder(ontology, patterns, speech);
        this.options = options;
    }

    public DyadRecord code(Article article) {
        long t0 = System.nanoTime();
        AnalyzedArticle parsed = analyzer.analyze(article, this::selectForParsing);
        long t1 = System.nanoTime();
        List<TimeExpression> times = TimeCorrection.apply(parsed);
        parsed = new AnalyzedArticle(article, parsed.sentences(), times);
        List<Mention> mentions = actors.resolve(parsed);
        long t2 = System.nanoTime();
        QuoteFinder.Quotations quotations = quotes.find(parsed, new MentionIndex(mentions));
        List<Quote> found = quotations.quotes();
        mentions = new ArrayList<>(mentions);
        mentions.addAll(quotations.firstPerson());
        mentions.sort(Comparator.comparingInt(Mention::start));
        MentionIndex index = new MentionIndex(mentions);
        long t3 = System.nanoTime();
        List<Event> events = coder.code(parsed, index, found, times, options);
        long t4 = System.nanoTime();
        profile.add(parsed.sentences().stream().mapToInt(s -> s.size()).sum(), t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        return new DyadRecord(DyadRecord.SCHEMA, info(article), events, found,
                times.stream().map(t -> new TimeRef(t.text(), t.value(), t.sentence(), t.start(), t.end())).toList(),
                mentions.stream().map(Dyad::info).toList());
    }

    /**
     * Only sentences that could yield an event or a quotation are parsed: those with a quotation
     * mark, and those with both a word that heads an event pattern (or a reporting verb with
     * "should" or "must") and something that could be a coded actor: a dictionary phrase, a pronoun, or a word of a
     * multi-word name given earlier in the article ("Shoukry" after "Sameh Shoukry").
     */
    private boolean[] selectForParsing(List<String> texts, List<List<Token>> sentences) {
        boolean[] parse = new boolean[sentences.size()];
        Set<String> nameWords = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i);
            String text = texts.get(i);
            boolean quoted = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
            boolean predicate = false;
            boolean reporting = false;
            boolean obligation = false;
            boolean actor = false;
            for (Token t : tokens) {
                if (t.isVerb() && patterns.isHead(t.lemma(), false)) predicate = true;
                if (t.isNoun() && patterns.isHead(t.lemma(), true)) predicate = true;
                if (t.isVerb() && speech.isReportingLemma(t.lemma())) reporting = true;
                if (t.pos().equals("MD") && OBLIGATIONS.contains(t.word().toLowerCase(Locale.ROOT))) obligation = true;
                if (t.pos().equals("PRP") || t.pos().startsWith("NNP") && nameWords.contains(t.word())) actor = true;
            }
            predicate |= reporting && obligation; // "X said that Y should ..." is an appeal
            if (predicate && !actor) actor = !actors.dictionary().matches(new Sentence(i, 0, 0, tokens, List.of(), false)).isEmpty();
            parse[i] = quoted || predicate && actor;
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (tokens.get(k).pos().startsWith("NNP") && tokens.get(k + 1).pos().startsWith("NNP")) {
                    nameWords.add(tokens.get(k).word());
                    nameWords.add(tokens.get(k + 1).word());
                }
            }
        }
        return parse;
    }

    /** Time spent in each stage so far, summed over all threads. */
    public StageProfile profile() {
        return profile;
    }

    private static DyadRecord.ArticleInfo info(Article a) {
        return new DyadRecord.ArticleInfo(a.id(), a.published().toString(), a.datedBy().name().toLowerCase(Locale.ROOT),
                a.source(), a.url(), a.title());
    }

    private static DyadRecord.MentionInfo info(Mention m) {
        var a = m.actor();
        return new DyadRecord.MentionInfo(m.text(), m.sentence(), m.start(), m.end(),
                a == null ? null : a.code(), a == null ? null : a.name(), a == null ? null : a.country(), a == null ? null : a.role(),
                m.type().name().toLowerCase(Locale.ROOT), m.resolvedBy());
    }
}
