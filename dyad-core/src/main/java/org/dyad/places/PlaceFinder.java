package org.dyad.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dyad.actors.Mention;
import org.dyad.actors.PlaceClue;
import org.dyad.coding.Event;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * The place stage: gives each event the place where it happened, from its sentence or, when
 * the sentence names none, from the article's dateline. See the package documentation for the
 * rules; the gazetteer loads on the first article with an event.
 */
public final class PlaceFinder implements PlaceClue {

    /**
     * Names of these never name a place, whatever the gazetteer holds: "George Washington",
     * "Kabul University", "the White House". Capitals, which the actor dictionary also lists as
     * institutions, are the exception.
     */
    private static final Set<Mention.Type> NOT_PLACES = Set.of(Mention.Type.PERSON, Mention.Type.ORGANIZATION,
            Mention.Type.INSTITUTION);

    private final Supplier<Gazetteer> gazetteer;

    /** With the gazetteer shared by the whole JVM. */
    public PlaceFinder() {
        this(Gazetteer::shared);
    }

    PlaceFinder(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The events, in the same order, each with its location where the text gives one.
     *
     * @param mentions the article's actor mentions, whose names are not places and whose countries are clues
     */
    public List<Event> locate(AnalyzedArticle article, List<Event> events, List<Mention> mentions) {
        if (events.isEmpty()) return events;
        Gazetteer g = gazetteer.get();
        Place dateline = Dateline.find(article.article().text(), g);
        Map<Integer, List<PlaceName>> names = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Sentence s = article.sentences().get(e.evidence().sentence());
            List<PlaceName> inSentence = names.computeIfAbsent(s.index(),
                    k -> PlaceNames.find(s, article.article().text(), excluded(article, s, mentions, g), g));
            Place p = place(e, s, inSentence, mentions, dateline, g);
            out.add(p == null ? e : e.withLocation(p.location()));
        }
        return out;
    }

    /**
     * The country the article's place names point to: its dateline's, else the one that at least
     * two of its place names lie in, more than any other ("Riverside", "California"); else null.
     * For actors the text gives no country ({@link org.dyad.actors.PlaceClue}).
     */
    @Override
    public String country(AnalyzedArticle article, List<Mention> mentions) {
        Gazetteer g = gazetteer.get();
        Place dateline = Dateline.find(article.article().text(), g);
        if (dateline != null) return dateline.country();
        Map<String, Integer> counts = new HashMap<>();
        Context none = new Context.Builder().build();
        for (Sentence s : article.sentences()) {
            for (PlaceName n : PlaceNames.find(s, article.article().text(), excluded(article, s, mentions, g), g)) {
                String country = countryOf(n, g, none);
                if (country != null) counts.merge(country, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The country of the first place name within the tokens, chosen as for an article with no other clue; or null. */
    @Override
    public String countryWithin(AnalyzedArticle article, List<Mention> mentions, int sentence, int first, int last, String hint) {
        Gazetteer g = gazetteer.get();
        Sentence s = article.sentences().get(sentence);
        Context.Builder c = new Context.Builder().hint(hint);
        for (Mention m : mentions) if (m.sentence() == sentence && m.actor() != null) c.hint(m.actor().country());
        Context context = c.build();
        for (PlaceName n : PlaceNames.find(s, article.article().text(), excluded(article, s, mentions, g), g)) {
            if (n.first() >= first && n.last() <= last) return countryOf(n, g, context);
        }
        return null;
    }

    /** The country of the place a name most likely is, given the clues; or null. */
    private static String countryOf(PlaceName n, Gazetteer g, Context context) {
        List<Place> candidates = new ArrayList<>(g.candidates(n.key()));
        candidates.removeIf(p -> !n.admits(p, context));
        Place p = Disambiguation.choose(candidates, context, n.kind());
        return p == null ? null : p.country();
    }

    /**
     * The place in the locative phrase nearest the event's trigger in the dependency tree: first
     * one on the trigger or its clause ("arrested protesters in Lahore"), else one elsewhere in
     * the sentence; else the dateline's.
     */
    private static Place place(Event e, Sentence s, List<PlaceName> names, List<Mention> mentions, Place dateline, Gazetteer g) {
        List<Integer> triggers = new ArrayList<>();
        for (var t : s.tokens()) if (t.word().equals(e.evidence().trigger())) triggers.add(t.index());
        List<PlaceName> locative = new ArrayList<>();
        for (PlaceName n : names) if (n.isLocative()) locative.add(n);
        locative.sort(Comparator.comparingInt(n -> TreeDistance.nearest(s, n.anchor(), triggers)));
        for (PlaceName n : locative) {
            Context context = context(n, names, e, s, mentions, dateline, g);
            List<Place> candidates = new ArrayList<>(g.candidates(n.key()));
            candidates.removeIf(p -> !n.admits(p, context));
            Place p = Disambiguation.choose(candidates, context, n.kind());
            if (p != null) return p;
        }
        return dateline;
    }

    /** Other place names of the sentence, the event's actors, the sentence's other actors and the dateline. */
    private static Context context(PlaceName name, List<PlaceName> names, Event e, Sentence s, List<Mention> mentions,
                                   Place dateline, Gazetteer g) {
        Context.Builder c = new Context.Builder();
        for (PlaceName other : names) if (other != name) c.named(g.candidates(other.key()), other.isLocative());
        c.hint(e.source().country());
        if (e.target() != null) c.hint(e.target().country());
        for (Mention m : mentions) if (m.sentence() == s.index() && m.actor() != null) c.hint(m.actor().country());
        if (dateline != null) c.hint(dateline.country());
        return c.build();
    }

    private static boolean[] excluded(AnalyzedArticle article, Sentence s, List<Mention> mentions, Gazetteer g) {
        boolean[] out = new boolean[s.size()];
        for (TimeExpression t : article.times()) {
            if (t.sentence() == s.index()) mark(out, t.firstToken(), t.lastToken());
        }
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || !NOT_PLACES.contains(m.type())) continue;
            if (m.type() == Mention.Type.INSTITUTION && g.isCapitalName(NameKey.of(m.text()))) continue;
            mark(out, m.first(), m.last());
        }
        return out;
    }

    private static void mark(boolean[] tokens, int first, int last) {
        for (int i = Math.max(0, first); i <= last && i < tokens.length; i++) tokens[i] = true;
    }
}
