package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.article.Article;
import org.dyad.attribution.Quote;
import org.dyad.attribution.QuoteFinder;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.coding.Event;
import org.dyad.coding.EventCoder;
import org.dyad.dictionary.Dictionaries;
import org.dyad.ontology.CameoOntology;
import org.dyad.places.PlaceFinder;
import org.dyad.record.DyadRecord;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.LanguageAnalyzer;
import org.dyad.text.ParseSelector;
import org.dyad.text.TimeExpression;
import org.dyad.time.MidPeriods;
import org.dyad.time.SpokenYears;
import org.dyad.time.TimeCorrection;
import org.dyad.time.TimeRef;

/**
 * The whole pipeline, composed in one place: language analysis, time correction, actors,
 * quotations, events, their places, record. Thread-safe once built; build one per JVM.
 */
public final class Dyad {

    private final LanguageAnalyzer analyzer;
    private final ParseSelector triage;
    private final ActorResolver actors;
    private final QuoteFinder quotes;
    private final EventCoder coder;
    private final PlaceFinder places = new PlaceFinder();
    private final EventCoder.Options options;
    private final StageProfile profile = new StageProfile();

    /** With the bundled dictionaries and patterns alone. */
    public Dyad(LanguageAnalyzer analyzer, EventCoder.Options options) {
        this(analyzer, Dictionaries.bundled(), options);
    }

    public Dyad(LanguageAnalyzer analyzer, Dictionaries dictionaries, EventCoder.Options options) {
        this(analyzer, dictionaries, options, false);
    }

    /**
     * @param parseEverySentence parse every sentence instead of those that could hold an event or a
     *                           quotation (docs/performance.md measures that both give the same events)
     */
    public Dyad(LanguageAnalyzer analyzer, Dictionaries dictionaries, EventCoder.Options options, boolean parseEverySentence) {
        CameoOntology ontology = CameoOntology.bundled();
        ReportedSpeech speech = ReportedSpeech.bundled();
        this.analyzer = analyzer;
        this.actors = new ActorResolver(dictionaries.actors(), places);
        this.quotes = new QuoteFinder(speech);
        this.coder = new EventCoder(ontology, dictionaries.patterns(), speech, dictionaries.discards());
        this.triage = parseEverySentence ? ParseSelector.ALL : new ParseTriage(dictionaries.patterns(), speech, dictionaries.actors());
        this.options = options;
    }

    public DyadRecord code(Article article) {
        long t0 = System.nanoTime();
        AnalyzedArticle parsed = analyzer.analyze(article, triage);
        long t1 = System.nanoTime();
        List<TimeExpression> unread = MidPeriods.add(parsed, SpokenYears.add(parsed, parsed.times())); // what SUTime does not read
        parsed = new AnalyzedArticle(article, parsed.sentences(), unread, parsed.warnings());
        List<TimeExpression> times = TimeCorrection.apply(parsed);
        parsed = new AnalyzedArticle(article, parsed.sentences(), times, parsed.warnings());
        List<Mention> mentions = actors.resolve(parsed);
        long t2 = System.nanoTime();
        QuoteFinder.Quotations quotations = quotes.find(parsed, new MentionIndex(mentions));
        List<Quote> found = quotations.quotes();
        mentions = new ArrayList<>(mentions);
        // "our soldiers" in a quotation: the speaker's reading replaces the one made without the quotation
        mentions.removeIf(m -> quotations.firstPerson().stream().anyMatch(f -> f.sentence() == m.sentence() && f.first() == m.first() && f.last() == m.last()));
        mentions.addAll(quotations.firstPerson());
        mentions.sort(Comparator.comparingInt(Mention::start));
        MentionIndex index = new MentionIndex(mentions, parsed, places);
        long t3 = System.nanoTime();
        List<Event> events = coder.code(parsed, index, found, times, options);
        events = places.locate(parsed, events, mentions);
        long t4 = System.nanoTime(); // the place stage is counted with event coding: it costs a small fraction of it
        profile.add(parsed.sentences().stream().mapToInt(s -> s.size()).sum(), t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        return new DyadRecord(DyadRecord.SCHEMA, info(article), events, found,
                times.stream().map(t -> new TimeRef(t.text(), t.value(), t.sentence(), t.start(), t.end())).toList(),
                mentions.stream().map(Dyad::info).toList(), parsed.warnings());
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
