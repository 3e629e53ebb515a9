package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.eval.TimeMl.GoldTime;
import org.dyad.eval.TimeMl.TimedText;
import org.dyad.record.DyadRecord;
import org.dyad.time.TimeRef;

/**
 * Scores Dyad's time expressions against TimeML annotations (docs/eval.md), by TIMEX3 type:
 * an expression is found when one of Dyad's overlaps it, and right when that one's value is
 * the annotated value. Unspecified trailing parts ("1968-XX", "1998-W05-XX") are dropped from
 * both before comparing, as they say no more than the shorter value, and week numbers are
 * written with two digits.
 */
public final class TimeEvaluation {

    /** One type's counts. */
    public record Tally(int expected, int found, int right) {

        Tally plus(boolean found, boolean right) {
            return new Tally(expected + 1, this.found + (found ? 1 : 0), this.right + (right ? 1 : 0));
        }
    }

    /** An expression Dyad missed or valued differently. */
    public record Difference(String textId, String type, String text, String expected, String got) {}

    /** The whole result. */
    public record Report(int texts, Map<String, Tally> byType, List<Difference> differences) {

        public Tally tally(String type) {
            return byType.getOrDefault(type, NONE);
        }
    }

    private static final Tally NONE = new Tally(0, 0, 0);

    private final Map<String, Tally> byType = new TreeMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private int texts;

    public void add(TimedText gold, DyadRecord record) {
        texts++;
        for (GoldTime g : gold.times()) {
            TimeRef found = null;
            for (TimeRef t : record.times()) {
                if (t.start() < g.end() && g.start() < t.end()) {
                    found = t;
                    break;
                }
            }
            boolean right = found != null && normalize(found.value()).equals(normalize(g.value()));
            byType.put(g.type(), byType.getOrDefault(g.type(), NONE).plus(found != null, right));
            if (!right) {
                differences.add(new Difference(gold.id(), g.type(), g.text().replaceAll("\\s+", " "), g.value(),
                        found == null ? "not found" : found.value() + " (\"" + found.text() + "\")"));
            }
        }
    }

    public Report report() {
        return new Report(texts, Map.copyOf(byType), List.copyOf(differences));
    }

    /** "1968-XX" is "1968", "1998-W05-XX" is "1998-W05", "2000-W7" is "2000-W07", the decade "198X" is "198". */
    static String normalize(String value) {
        String v = value.replaceFirst("-W(\\d)(?!\\d)", "-W0$1");
        while (v.matches(".*-X+")) v = v.substring(0, v.lastIndexOf('-'));
        return v.matches("\\d{2,3}X+") ? v.replace("X", "") : v;
    }
}
