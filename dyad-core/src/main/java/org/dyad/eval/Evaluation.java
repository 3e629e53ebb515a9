package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.record.DyadRecord;

/**
 * Compares Dyad's records with gold items at several levels: root code, full code,
 * root with source and target actors; the dates of events matched at that level; and the
 * speakers of expected quotations. Counts are summed over all items (micro-averaged).
 */
public final class Evaluation {

    /** One line of the report's lists: an expected event Dyad missed, or one it produced in extra. */
    public record Difference(String itemId, String kind, String event, String text) {}

    /** The whole result. */
    public record Report(int items, Score root, Score code, Score rootActors, int datesRight, int datesChecked,
                         int speakersRight, int speakersExpected, int noEventItems, int noEventItemsWithEvents,
                         List<Difference> differences) {

        public double dateAccuracy() {
            return datesChecked == 0 ? 1 : (double) datesRight / datesChecked;
        }

        public double speakerAccuracy() {
            return speakersExpected == 0 ? 1 : (double) speakersRight / speakersExpected;
        }
    }

    private Score root = new Score(0, 0, 0);
    private Score code = new Score(0, 0, 0);
    private Score rootActors = new Score(0, 0, 0);
    private int items, datesRight, datesChecked, speakersRight, speakersExpected, noEventItems, noEventWithEvents;
    private final List<Difference> differences = new ArrayList<>();

    public void add(GoldItem gold, DyadRecord record) {
        items++;
        List<Event> predicted = record.events();
        root = root.plus(match(gold.events(), predicted, GoldItem.GoldEvent::root, Event::cameoRoot).score());
        code = code.plus(match(gold.events(), predicted, GoldItem.GoldEvent::code, Event::cameo).score());
        Matching full = match(gold.events(), predicted, g -> g.source() + "|" + Objects.toString(g.target(), "") + "|" + g.root(),
                e -> e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.cameoRoot());
        rootActors = rootActors.plus(full.score());
        for (int i = 0; i < gold.events().size(); i++) {
            GoldItem.GoldEvent g = gold.events().get(i);
            Event e = full.pairs()[i] < 0 ? null : predicted.get(full.pairs()[i]);
            if (e == null) {
                differences.add(new Difference(gold.id(), "missed", describe(g), gold.text()));
            } else if (g.date() != null) {
                datesChecked++;
                if (g.date().equals(e.date())) datesRight++;
                else differences.add(new Difference(gold.id(), "wrong date", describe(g) + " got " + e.date(), gold.text()));
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!full.used()[j]) differences.add(new Difference(gold.id(), "extra", describe(predicted.get(j)), predicted.get(j).evidence().text()));
        }
        if (gold.events().isEmpty()) {
            noEventItems++;
            if (!predicted.isEmpty()) noEventWithEvents++;
        }
        for (GoldItem.GoldQuote q : gold.quotes()) {
            speakersExpected++;
            Quote found = record.quotes().stream().filter(p -> overlaps(p.text(), q.text())).findFirst().orElse(null);
            String got = found == null ? "no quotation found" : found.speaker() == null ? "no speaker"
                    : Objects.toString(found.speaker().code(), found.speaker().name());
            if (found != null && found.speaker() != null && (q.speaker().equals(found.speaker().code()) || q.speaker().equalsIgnoreCase(found.speaker().name()))) {
                speakersRight++;
            } else {
                differences.add(new Difference(gold.id(), "quote speaker", "\"" + q.text() + "\" expected " + q.speaker() + ", got " + got, gold.text()));
            }
        }
    }

    public Report report() {
        return new Report(items, root, code, rootActors, datesRight, datesChecked, speakersRight, speakersExpected,
                noEventItems, noEventWithEvents, List.copyOf(differences));
    }

    private record Matching(Score score, int[] pairs, boolean[] used) {}

    /** Greedy one-to-one matching of expected to predicted events by a key. */
    private static Matching match(List<GoldItem.GoldEvent> gold, List<Event> predicted,
                                  Function<GoldItem.GoldEvent, String> goldKey, Function<Event, String> predictedKey) {
        boolean[] used = new boolean[predicted.size()];
        int[] pairs = new int[gold.size()];
        int tp = 0;
        for (int i = 0; i < gold.size(); i++) {
            pairs[i] = -1;
            String k = goldKey.apply(gold.get(i));
            for (int j = 0; j < predicted.size(); j++) {
                if (!used[j] && k.equals(predictedKey.apply(predicted.get(j)))) {
                    used[j] = true;
                    pairs[i] = j;
                    tp++;
                    break;
                }
            }
        }
        return new Matching(new Score(tp, predicted.size(), gold.size()), pairs, used);
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
