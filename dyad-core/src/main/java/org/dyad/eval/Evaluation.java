package org.dyad.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.record.DyadRecord;

/**
 * Compares Dyad's records (or a second coding) with gold items at each {@link Level}; checks
 * the dates of events matched with their actors, and the speakers of expected quotations.
 * Events are matched one to one within an item, greedily in order; counts are summed over
 * items (micro-averaged).
 */
public final class Evaluation {

    /** One line of the report's lists: an expected event that was missed, one produced in extra, a wrong date or speaker. */
    public record Difference(String itemId, String kind, String event, String text) {}

    /** The whole result. */
    public record Report(int items, Map<Level, Score> levels, int datesRight, int datesChecked,
                         int speakersRight, int speakersExpected, int noEventItems, int noEventItemsWithEvents,
                         List<Difference> differences) {

        public Score score(Level level) {
            return levels.get(level);
        }

        public Score root() {
            return score(Level.ROOT);
        }

        public Score code() {
            return score(Level.CODE);
        }

        public Score rootActors() {
            return score(Level.ROOT_ACTORS);
        }

        public double dateAccuracy() {
            return datesChecked == 0 ? 1 : (double) datesRight / datesChecked;
        }

        public double speakerAccuracy() {
            return speakersExpected == 0 ? 1 : (double) speakersRight / speakersExpected;
        }
    }

    private final CameoOntology ontology;
    private final Map<Level, Score> levels = new EnumMap<>(Level.class);
    private int items, datesRight, datesChecked, speakersRight, speakersExpected, noEventItems, noEventWithEvents;
    private final List<Difference> differences = new ArrayList<>();

    public Evaluation(CameoOntology ontology) {
        this.ontology = ontology;
        for (Level l : Level.values()) levels.put(l, new Score(0, 0, 0));
    }

    /** Dyad's record of a gold item's text. */
    public void add(GoldItem gold, DyadRecord record) {
        List<Level.Coded> predicted = record.events().stream().map(Evaluation::coded).toList();
        List<String> shown = record.events().stream().map(Evaluation::describe).toList();
        List<String> evidence = record.events().stream().map(e -> e.evidence().text()).toList();
        compare(gold, predicted, shown, evidence);
        for (GoldItem.GoldQuote q : gold.quotes()) {
            speakersExpected++;
            Quote found = record.quotes().stream().filter(p -> overlaps(p.text(), q.text()))
                    .min(Comparator.comparing(p -> !p.isDirect())).orElse(null); // the direct quotation first
            String got = found == null ? "no quotation found" : found.speaker() == null ? "no speaker"
                    : Objects.toString(found.speaker().code(), found.speaker().name());
            if (found != null && found.speaker() != null && (q.speaker().equals(found.speaker().code()) || q.speaker().equalsIgnoreCase(found.speaker().name()))) {
                speakersRight++;
            } else {
                differences.add(new Difference(gold.id(), "quote speaker", "\"" + q.text() + "\" expected " + q.speaker() + ", got " + got, gold.text()));
            }
        }
    }

    /** A second coding of the same item, for agreement between coders: it plays the part of the prediction. */
    public void add(GoldItem gold, GoldItem second) {
        List<Level.Coded> predicted = second.events().stream().map(this::coded).toList();
        compare(gold, predicted, second.events().stream().map(Evaluation::describe).toList(),
                second.events().stream().map(g -> where(g, second)).toList());
    }

    private void compare(GoldItem gold, List<Level.Coded> predicted, List<String> shown, List<String> evidence) {
        items++;
        List<Level.Coded> expected = gold.events().stream().map(this::coded).toList();
        int[] pairs = null;
        boolean[] used = null;
        for (Level l : Level.values()) {
            Matching m = match(expected, predicted, l);
            levels.merge(l, m.score(), Score::plus);
            if (l == Level.ROOT_ACTORS) {
                pairs = m.pairs();
                used = m.used();
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            GoldItem.GoldEvent g = gold.events().get(i);
            if (pairs[i] < 0) {
                differences.add(new Difference(gold.id(), "missed", describe(g), where(g, gold)));
            } else if (g.date() != null) {
                datesChecked++;
                String got = predicted.get(pairs[i]).date();
                if (g.date().equals(got)) datesRight++;
                else differences.add(new Difference(gold.id(), "wrong date", describe(g) + " got " + got, where(g, gold)));
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!used[j]) differences.add(new Difference(gold.id(), "extra", shown.get(j), evidence.get(j)));
        }
        if (gold.events().isEmpty()) {
            noEventItems++;
            if (!predicted.isEmpty()) noEventWithEvents++;
        }
    }

    public Report report() {
        return new Report(items, Map.copyOf(levels), datesRight, datesChecked, speakersRight, speakersExpected,
                noEventItems, noEventWithEvents, List.copyOf(differences));
    }

    private record Matching(Score score, int[] pairs, boolean[] used) {}

    /** Greedy one-to-one matching of expected to predicted events at a level. */
    private static Matching match(List<Level.Coded> gold, List<Level.Coded> predicted, Level level) {
        boolean[] used = new boolean[predicted.size()];
        int[] pairs = new int[gold.size()];
        int tp = 0;
        for (int i = 0; i < gold.size(); i++) {
            pairs[i] = -1;
            String k = level.key(gold.get(i));
            for (int j = 0; j < predicted.size(); j++) {
                if (!used[j] && k.equals(level.key(predicted.get(j)))) {
                    used[j] = true;
                    pairs[i] = j;
                    tp++;
                    break;
                }
            }
        }
        return new Matching(new Score(tp, predicted.size(), gold.size()), pairs, used);
    }

    private Level.Coded coded(GoldItem.GoldEvent g) {
        CameoCode c = ontology.find(g.code()).orElse(null);
        return new Level.Coded(g.source(), g.target(), g.code(), c == null ? "?" : c.plover(), g.date());
    }

    private static Level.Coded coded(Event e) {
        return new Level.Coded(e.source().code(), e.target() == null ? null : e.target().code(), e.cameo(), e.plover(), e.date());
    }

    /** The words an expected event was coded from, or the item's text when the gold does not say. */
    private static String where(GoldItem.GoldEvent g, GoldItem gold) {
        return g.evidence() != null ? "\"" + g.evidence() + "\"" : Objects.toString(gold.text(), "");
    }

    private static boolean overlaps(String found, String expected) {
        String a = normalize(found);
        String b = normalize(expected);
        return !b.isEmpty() && (a.contains(b) || b.contains(a) && a.length() > 3);
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\p{Punct}\u201C\u201D\u2018\u2019]", "").replaceAll("\\s+", " ").trim().toLowerCase();
    }

    private static String describe(GoldItem.GoldEvent g) {
        return g.source() + " " + g.code() + " " + Objects.toString(g.target(), "-") + (g.date() == null ? "" : " " + g.date());
    }

    private static String describe(Event e) {
        return e.source().code() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().code()) + " " + e.date()
                + " [" + e.evidence().trigger() + "]";
    }
}
