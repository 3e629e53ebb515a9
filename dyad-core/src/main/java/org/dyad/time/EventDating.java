package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * Dates an event: by the time expression that governs its predicate in the dependency tree
 * ("Last Thursday, Israel informed ..."), else by that of the verb it is coordinated with or
 * depends on, else by the only date the sentence gives, else by the publication date. A day beats a week
 * or a month when several govern the same predicate. A purpose comes no earlier than its act: an
 * earlier time on an infinitive of purpose dates the noun it acts on.
 */
public final class EventDating {

    /** An event's date: an ISO date or year-month, and the words it came from (null for the publication date). */
    public record EventDate(String date, String text) {}

    /** Values of a day (with any time or part of the day after it), a month and a year; shared with {@link TimeAnaphora}. */
    static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private EventDating() {}

    public static EventDate date(Sentence s, int predicate, List<TimeExpression> times, LocalDate published) {
        EventDate governed = governedDate(s, predicate, times, published);
        if (governed != null) return governed;
        // The parser often attaches "on Friday" to a nearby noun: a sentence with one date has it for all its events.
        EventDate only = null;
        for (TimeExpression t : times) {
            String value = t.sentence() == s.index() ? usable(t.value()) : null;
            if (value == null || YEAR.matcher(value).matches()) continue; // "the 2015 agreement" dates nothing
            if (datesEmbeddedNoun(s, t)) continue;
            if (only != null && !only.date().equals(value)) return new EventDate(published.toString(), null);
            only = new EventDate(value, t.text());
        }
        return only != null ? only : new EventDate(published.toString(), null);
    }

    /**
     * "for their roles in the September 2015 deaths": a date that modifies a noun inside another noun's
     * phrase dates that noun, not the act ("the 2008 campaign" as an object, "the November 27 deal" as a
     * phrase of the verb, still date it).
     */
    private static boolean datesEmbeddedNoun(Sentence s, TimeExpression t) {
        if (!s.parsed()) return false;
        int head = s.headOf(t.firstToken(), t.lastToken());
        String rel = s.relation(head);
        int noun = s.head(head);
        if (noun < 0 || !rel.equals("compound") && !rel.equals("amod") || !s.token(noun).isNoun() || s.token(noun).pos().startsWith("NNP")) return false;
        int above = s.head(noun); // a noun, or a participle that modifies one ("the events surrounding the 2015 deaths")
        return above >= 0 && (s.token(above).isNoun() || s.relation(above).startsWith("acl"));
    }

    private static EventDate governedDate(Sentence s, int predicate, List<TimeExpression> times, LocalDate published) {
        EventDate best = ownDate(s, predicate, times);
        // "on Tuesday sent a team to look into last month's killing of protesters": a purpose cannot come
        // before the act it is the purpose of, so an earlier time on it dates the noun it acts on
        if (best != null && misplacedOnPurpose(s, predicate, best, times, published)) return governedDate(s, s.head(predicate), times, published);
        if (best != null) return best;
        // "Last Thursday, X accused Iran ... and urged ...": a coordinated or dependent verb shares its head's date,
        // and an event noun the date of the verb that carries it out ("in 2007 ... levied sanctions").
        String rel = s.relation(predicate);
        int head = s.head(predicate);
        if (head >= 0 && s.token(head).isVerb() && (rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl")
                || rel.startsWith("obl") && s.token(predicate).isVerb() || rel.equals("obj") && s.token(predicate).isNoun())) {
            EventDate headOwn = ownDate(s, head, times);
            if (rel.equals("obj") && headOwn != null && misplacedOnPurpose(s, head, headOwn, times, published)) return headOwn;
            return governedDate(s, head, times, published);
        }
        return null;
    }

    /** The most precise usable time that hangs from the predicate itself, or null. */
    private static EventDate ownDate(Sentence s, int predicate, List<TimeExpression> times) {
        EventDate best = null;
        for (TimeExpression t : times) {
            if (t.sentence() != s.index() || !governs(s, predicate, t)) continue;
            if (datesEmbeddedNoun(s, t)) continue;
            String value = usable(t.value());
            if (value == null) continue;
            if (best == null || value.length() > best.date().length()) best = new EventDate(value, t.text());
        }
        return best;
    }

    /** A time on an infinitive of purpose earlier than the date of the act it is the purpose of. */
    private static boolean misplacedOnPurpose(Sentence s, int predicate, EventDate own, List<TimeExpression> times, LocalDate published) {
        if (!isPurpose(s, predicate)) return false;
        EventDate act = governedDate(s, s.head(predicate), times, published);
        return act != null && own.date().compareTo(act.date()) < 0 && !act.date().startsWith(own.date());
    }

    /** An infinitive of purpose on a verb: "sent a team to investigate". */
    private static boolean isPurpose(Sentence s, int predicate) {
        return s.relation(predicate).startsWith("advcl") && s.head(predicate) >= 0 && s.token(s.head(predicate)).isVerb()
                && s.isInfinitive(predicate);
    }

    /** The expression hangs from the predicate, or from one of its non-clausal dependents, before any other verb. */
    private static boolean governs(Sentence s, int predicate, TimeExpression t) {
        int head = s.headOf(t.firstToken(), t.lastToken());
        for (int k = s.head(head), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
            if (k == predicate) return true;
            if (s.token(k).isVerb()) {
                // "asked the parties to reopen negotiations last March": a time on the complement dates its governor too.
                return s.relation(k).equals("xcomp") && s.head(k) == predicate;
            }
        }
        return false;
    }

    /** A calendar value an event can carry: a day, a month, a year, or the Monday of a week; null otherwise. */
    static String usable(String value) {
        if (value == null) return null;
        if (YEAR.matcher(value).matches()) return value;
        Matcher day = DAY.matcher(value);
        if (day.matches()) return day.group(1);
        if (MONTH.matcher(value).matches()) return value;
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            return LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.MONDAY).toString();
        }
        return null;
    }
}
