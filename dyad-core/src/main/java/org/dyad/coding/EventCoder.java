package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.Attribution;
import org.dyad.attribution.Quote;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.time.EventDating;

/**
 * The event stage: from each sentence, the events it reports, in CAMEO and PLOVER. It composes
 * small stages: {@link PredicateMatcher} finds the predicates patterns name, {@link EventDrafts}
 * reads their sources and targets and what is only intended or denied ({@link Factuality}),
 * {@link ReferredActs} takes a missing target from an earlier act ("denied the accusation"),
 * {@link ReportedObligations} adds "X said Y should ...", {@link QuotedJudgements} the judgements
 * in a speaker's quoted sentences ("Merkel said: 'Russia's decision is a disgrace.'"), {@link EventFilters} leaves out sports,
 * background and acts with no known target that need one, and each remaining draft is dated,
 * attributed and scored. One event is kept per (date, source, target, code) in an article.
 */
public final class EventCoder {

    /**
     * Choices a user makes about what is coded.
     *
     * @param keepNegated    keep events the text says did not happen, marked negated
     * @param keepHistorical keep events dated more than a year before publication ("captured the
     *                       city in the 1967 war"), which are background rather than news
     * @param keepUndirected keep events with no known target of kinds that need one ("criticized
     *                       the plan" when whose plan is not told); by default an event is a dyad,
     *                       except statements, appeals, intents, restrictions eased or emergency rule imposed, protests and assaults
     */
    public record Options(boolean keepNegated, boolean keepHistorical, boolean keepUndirected) {
        public static final Options DEFAULT = new Options(false, false, false);
    }

    private final CameoOntology ontology;
    private final PredicateMatcher matcher;
    private final EventDrafts drafts;
    private final ReportedObligations obligations;
    private final EventFilters filters;
    private final EventAttribution attribution;
    private final ReferredActs referred;
    private final QuotedJudgements judgements;
    private final Mourning mourning;
    private final Misgivings misgivings;

    public EventCoder(CameoOntology ontology, PatternBook patterns, ReportedSpeech speech, Discards discards) {
        CodingTables tables = CodingTables.bundled(ontology);
        this.ontology = ontology;
        this.matcher = new PredicateMatcher(patterns, tables.grammar());
        this.drafts = new EventDrafts(tables);
        this.obligations = new ReportedObligations(speech, tables);
        this.filters = new EventFilters(tables, discards);
        this.attribution = new EventAttribution(speech);
        this.referred = tables.referred();
        this.judgements = new QuotedJudgements(patterns, speech, tables.factuality());
        this.mourning = new Mourning(tables.grammar());
        this.misgivings = new Misgivings(tables.grammar());
    }

    public List<Event> code(AnalyzedArticle article, MentionIndex mentions, List<Quote> quotes,
                            List<TimeExpression> times, Options options) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Set<Integer>> reportedIn = new HashMap<>();
        List<ReferredActs.Act> acts = new ArrayList<>();
        if (filters.discardsStory(article)) return List.of();
        List<Mention> dead = mourning.dead(article.sentences(), mentions);
        Set<String> surelyDead = mourning.surelyDead(article.sentences(), dead);
        List<ReferredActs.Act> said = ReferredActs.statements(quotes, mentions);
        int nextSaid = 0;
        for (Sentence s : article.sentences()) {
            // what was quoted before this sentence is a statement "the remarks" may refer to
            while (nextSaid < said.size() && said.get(nextSaid).sentence() < s.index()) acts.add(said.get(nextSaid++));
            if (filters.discards(s)) continue;
            List<PredicateMatch> matches = matcher.matches(s);
            matches.removeIf(m -> EventFilters.isInName(s, m.predicate(), mentions));
            List<Draft> found = new ArrayList<>();
            for (PredicateMatch m : matches) found.addAll(drafts.of(s, m, matches, mentions));
            found.addAll(obligations.of(s, matches, mentions));
            found.addAll(judgements.of(s, quotes, matches, mentions));
            found = misgivings.aimed(s, found);
            boolean sports = filters.isSports(s, mentions);
            // "expelled the envoy, a move that drew condemnation": the sentence's own acts may be referred to as well
            List<ReferredActs.Act> told = new ArrayList<>(acts);
            found.stream().filter(d -> !d.negated() && d.source().isCoded()).sorted(Comparator.comparingInt(Draft::predicate))
                    .forEach(d -> told.add(new ReferredActs.Act(s.index(), d.predicate(), d.code(), d.source(), d.target())));
            List<Draft> resolved = found.stream().flatMap(d -> referred.resolve(s, d, told).stream())
                    .flatMap(d -> mourning.toward(s, d, dead).stream()).toList();
            List<Draft> kept = EventFilters.withoutSubsumedStatements(EventFilters.withoutTargetlessRepeats(resolved)).stream()
                    .filter(d -> !(sports && EventFilters.isTeams(d) || d.negated() && !options.keepNegated() || filters.isTravel(d)
                            || filters.isUnarmedForce(d) || filters.isCampaignRally(d) || Mourning.isActOfTheDead(d, surelyDead))).toList();
            for (Draft d : EventFilters.withoutUnspecifiedRepeats(s, kept)) {
                Event e = build(article, s, d, mentions, quotes, times);
                if (EventFilters.isHistorical(e, article.article().published()) && !options.keepHistorical()) continue;
                boolean undirected = filters.isUndirected(s, d) && !options.keepUndirected();
                // a deed or statement left uncoded for want of a target is still one a later "the crackdown" or
                // "the speech" may refer to; other words are not
                if (!d.negated() && (!undirected || EventDrafts.isMaterial(d.code()) || e.cameo().startsWith("01"))) {
                    acts.add(new ReferredActs.Act(s.index(), d.predicate(), e.cameo(), d.source(), d.target()));
                }
                if (undirected) continue;
                String key = referred.retells(s, d) ? toldBefore(events.values(), e) : null;
                if (key == null) key = e.key();
                events.putIfAbsent(key, e);
                reportedIn.computeIfAbsent(key, k -> new HashSet<>()).add(s.index());
            }
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (Event e : events.values()) {
            out.add(e.withId(article.article().id() + "-e" + (++n)).withMentions(reportedIn.get(e.key()).size()));
        }
        return out;
    }

    /** The key of an event already coded between the same actors with the same root, whatever its date, or null. */
    private static String toldBefore(Iterable<Event> events, Event e) {
        for (Event before : events) {
            if (before.cameoRoot().equals(e.cameoRoot()) && before.source().code().equals(e.source().code())
                    && Objects.equals(before.target() == null ? null : before.target().code(), e.target() == null ? null : e.target().code())) {
                return before.key();
            }
        }
        return null;
    }

    private Event build(AnalyzedArticle article, Sentence s, Draft d, MentionIndex mentions, List<Quote> quotes,
                        List<TimeExpression> times) {
        LocalDate published = article.article().published();
        CameoCode code = ontology.get(d.code());
        EventDating.EventDate date = EventDating.date(s, d.predicate(), times, published);
        Attribution said = attribution.of(s, d, mentions, quotes);
        var trigger = s.token(d.predicate());
        Evidence evidence = new Evidence(s.index(), s.start(), s.end(), article.text(s.start(), s.end()), trigger.word(), d.pattern());
        return new Event(null, date.date(), date.text(), Participant.of(d.source()), d.target() == null ? null : Participant.of(d.target()),
                code.code(), code.root(), code.name(), code.plover(), code.ploverMode(), code.quadClass(), code.goldstein(),
                d.negated(), null, said, evidence, EventAttribution.confidence(s, d, said), 1);
    }
}
