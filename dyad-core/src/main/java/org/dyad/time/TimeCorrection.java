package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * Corrects measured faults of SUTime's normalization against the publication date
 * (docs/record.md, "times"; measured with {@code dyad eval --times}):
 * <ul>
 *   <li>a decade is written "197", a century "19", as TIMEX3 has it (SUTime: "197X", "19XX");</li>
 *   <li>"year-end", "year's end" are this year, not a year's length;</li>
 *   <li>"the last week" / "the past week" means the seven days up to publication, not the
 *       calendar week before: it becomes the publication date's own week;</li>
 *   <li>"a year ago", "nearly four years ago", "two months earlier" are given at the
 *       granularity the text gives (a year, a month), not as a day, "a decade ago" as the year;
 *       "several years ago" is PAST_REF; "a year earlier" after a named period is that period a
 *       year before;</li>
 *   <li>weekdays ("on Saturday", "last Thursday", "Monday's vote") are resolved here rather
 *       than by SUTime, whose choice between the past and the coming day was measured to
 *       depend on the documents it saw before (CoreNLP 4.5.10): a bare weekday is the most
 *       recent one (the publication day included), or the coming one in a future or
 *       scheduling clause ("will visit Cairo on Saturday", "talks open Monday", "planned to
 *       leave on Thursday", "as early as Tuesday"); "last" is in the week before, "next" in
 *       the week after; "the weekend" is the last or the coming one, as a bare weekday;</li>
 *   <li>a month, a day of a month or a feast named without its year ("in July", "Oct. 23",
 *       "Thanksgiving", whose day is found anew in another year: {@link FloatingFeasts}) is put in
 *       the publication year even when the clause speaks of the past: one that would lie
 *       more than two months after publication, in a past-tense clause, is moved back a year,
 *       and one more than two months before it, under "will" or a verb of scheduling, on a
 *       year; "last April" is the most recent April before the month before publication;</li>
 *   <li>a day with a part of the day ("Wednesday night", "the night of Oct. 23") is the day;</li>
 *   <li>"that year", "the following month" point back at a date named before ({@link TimeAnaphora});</li>
 *   <li>"the quarter" and "the latest quarter" in a past-tense clause are the last quarter
 *       that had ended by publication, not the current one; a quarter named without its year
 *       ("the fiscal first quarter") in a past-tense clause is not one that has yet to begin.</li>
 * </ul>
 */
public final class TimeCorrection {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A quarter's value, "2014-Q1"; shared with {@link TimeAnaphora}. */
    static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(on |last |next |this |this past |past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\u2019s)?"
                    + "(?: (?:morning|afternoon|evening|night)(?:'s|\u2019s)?)?");
    private static final Pattern WEEKEND = Pattern.compile("(?i)(the |this )?weekend");
    /** "could come as early as Tuesday": the earliest day of what has not happened yet. */
    private static final Pattern EARLIEST = Pattern.compile("(?i)\\bas (early|soon) as $");
    private static final Pattern LAST_MONTH = Pattern.compile(
            "(?i)last (january|february|march|april|may|june|july|august|september|october|november|december)");
    /** Days either side of publication within which a day named without its year stays in the publication year. */
    private static final int NEAR_DAYS = 61;
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
    private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{3}X|\\d{2}XX");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern TRAILING_WEEK = Pattern.compile("(?i)\\bthe (last|past) (week|seven days)\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)(?:(?:nearly|almost|about|around|roughly|some|more than|over|less than|just over|just under) )?"
                    + "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?<unit>year|month|week|day|decade)s? (ago|earlier|before)");
    /** "several years ago": some time before, no more precisely; SUTime reads "several" as one. */
    private static final Pattern VAGUE_AGO = Pattern.compile("(?i)(several|a few|a couple of|some|many) (year|month|week|day|decade)s ago");
    private static final Pattern YEAR_END = Pattern.compile("(?i)year(-| |'s |\u2019s )end\\b.*");
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)\\byear-(ago|earlier)\\b");
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private TimeCorrection() {}

    public static List<TimeExpression> apply(AnalyzedArticle article) {
        LocalDate published = article.article().published();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : article.times()) {
            out.add(correct(article, t, published));
        }
        // "from $2 a year earlier": the period the sentence compares, a year before.
        for (int i = 0; i < out.size(); i++) {
            TimeExpression t = out.get(i);
            Matcher ago = AGO.matcher(t.text());
            // Only "a year": "two years ago" dates loosely, and is left the year that ago() gave it.
            boolean aYear = ago.matches() && ago.group("unit").equalsIgnoreCase("year") && count(ago.group("count")) == 1;
            if (aYear || YEAR_AGO.matcher(article.text(t.start(), Math.min(article.article().text().length(), t.end() + 8))).find()) {
                out.set(i, t.withValue(yearBefore(article, out, t))); // "a year earlier", "the year-ago quarter"
            }
        }
        return TimeAnaphora.resolve(article, out);
    }

    /**
     * "Wednesday night", "the night of Oct. 23": corrected as the day, and given as the day.
     * Dyad's dates are days; the part of the day stays in the words. (TimeML's "2014-04-09TNI"
     * is not kept: TempEval-3's training data gives DATE annotations of such phrases as days
     * more often than not.)
     */
    private static TimeExpression correct(AnalyzedArticle article, TimeExpression t, LocalDate published) {
        Matcher partOfDay = PART_OF_DAY.matcher(t.value());
        return correctDay(article, partOfDay.matches() ? t.withValue(partOfDay.group(1)) : t, published);
    }

    private static TimeExpression correctDay(AnalyzedArticle article, TimeExpression t, LocalDate published) {
        String text = article.article().text();
        Sentence s = article.sentences().get(t.sentence());
        // TIMEX3 writes a decade "197" and a century "19"; SUTime writes them "197X" and "19XX".
        if (DECADE_OR_CENTURY.matcher(t.value()).matches()) t = t.withValue(t.value().replace("X", ""));
        if (TRAILING_WEEK.matcher(text.substring(Math.max(0, t.start() - 4), t.end())).find()) return t.withValue(week(published));
        if (t.value().startsWith("P") && YEAR_END.matcher(text.substring(t.start(), Math.min(text.length(), t.end() + 6))).matches()) {
            return t.withValue(String.valueOf(published.getYear())); // "by year-end": this year's end, not a year's length
        }
        Matcher ago = AGO.matcher(t.text());
        if (ago.matches()) return t.withValue(ago(ago, published));
        if (VAGUE_AGO.matcher(t.text()).matches()) return t.withValue("PAST_REF");
        Matcher weekday = WEEKDAY.matcher(t.text());
        if (weekday.matches()) {
            boolean earliest = EARLIEST.matcher(text.substring(Math.max(0, t.start() - 14), t.start())).find();
            return t.withValue(weekday(weekday, earliest || ClauseTense.isFuture(s, t), published).toString());
        }
        if (WEEKEND.matcher(t.text()).matches()) {
            return t.withValue(weekend(ClauseTense.isFuture(s, t), published));
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        Matcher lastMonth = LAST_MONTH.matcher(t.text());
        if (lastMonth.matches()) return t.withValue(lastMonth(lastMonth.group(1), published));
        // A month, a day of a month or a feast ("Christmas", "Thanksgiving Day") without its year.
        boolean feast = DAY.matcher(t.value()).matches() && !t.text().matches(".*\\d.*");
        if (!HAS_YEAR.matcher(t.text()).find() && (MONTH_NAME.matcher(t.text()).find() || feast) && !lower.contains("next")) {
            // "will be payable Jan. 3" in November is next January; "ended March 31" in November, last March.
            boolean ahead = ClauseTense.isWillOrScheduled(s, t);
            String shifted = ahead ? shifted(t.value(), published, 1) : shifted(t.value(), published, -1);
            if (shifted != null && (ahead || ClauseTense.isPast(s, t))) {
                LocalDate floating = FloatingFeasts.in(t.text(), Integer.parseInt(shifted.substring(0, 4)));
                return t.withValue(floating == null ? shifted : floating.toString());
            }
        }
        if (lower.contains("quarter") && ClauseTense.isPast(s, t)) {
            String quarter = pastQuarter(t, lower, published);
            if (quarter != null) return t.withValue(quarter);
        }
        return t;
    }

    /**
     * In a past-tense clause: a quarter named without its year ("the fiscal first quarter") that
     * has yet to begin is last year's; "the quarter", "the latest quarter" is the last one ended
     * by publication. Null when neither applies.
     */
    private static String pastQuarter(TimeExpression t, String lower, LocalDate published) {
        Matcher q = QUARTER.matcher(t.value());
        if (ORDINAL_QUARTER.matcher(lower).find()) {
            if (!q.matches() || HAS_YEAR.matcher(t.text()).find() || lower.contains("next")) return null;
            YearMonth begins = YearMonth.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2);
            return begins.atDay(1).isAfter(published) ? (begins.getYear() - 1) + "-Q" + q.group(2) : null;
        }
        boolean current = q.matches() && Integer.parseInt(q.group(1)) == published.getYear()
                && Integer.parseInt(q.group(2)) == published.get(IsoFields.QUARTER_OF_YEAR);
        if (!current && !(t.value().startsWith("PX") && lower.matches(".*\\b(latest|last|recent|past|most recent) quarter.*"))) return null;
        LocalDate previous = published.minusMonths(3);
        return previous.getYear() + "-Q" + previous.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * "A year earlier" where the text has just named a day, a month or a quarter ("in the third
     * quarter, from $2 a year earlier"), in its sentence or the three before, is that period a
     * year before; in a sentence that speaks of "the quarter" without naming it, the last
     * quarter ended by publication, a year before; else the year before publication.
     */
    private static String yearBefore(AnalyzedArticle article, List<TimeExpression> times, TimeExpression t) {
        for (int back = 0; back <= 3; back++) {
            for (TimeExpression other : times) {
                if (other == t || other.sentence() != t.sentence() - back || AGO.matcher(other.text()).matches()) continue;
                if (back == 0 || other.start() < t.start()) {
                    String v = other.value();
                    if (DAY.matcher(v).matches()) return LocalDate.parse(v).minusYears(1).toString();
                    if (EventDating.MONTH.matcher(v).matches()) return YearMonth.parse(v).minusYears(1).toString();
                    Matcher q = QUARTER.matcher(v);
                    if (q.matches()) return (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
                }
            }
        }
        LocalDate published = article.article().published();
        Sentence s = article.sentences().get(t.sentence());
        if (s.tokens().stream().anyMatch(k -> k.lemma().equalsIgnoreCase("quarter"))) {
            LocalDate previous = published.minusMonths(3);
            return (previous.getYear() - 1) + "-Q" + previous.get(IsoFields.QUARTER_OF_YEAR);
        }
        return String.valueOf(published.getYear() - 1);
    }

    private static int count(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        return n.startsWith("a") ? 1 : NUMBERS.contains(n) ? NUMBERS.indexOf(n) : Integer.parseInt(n);
    }

    /** "a year ago" is a year, "two months earlier" a month, "three weeks ago" a week, "a decade ago" a year. */
    private static String ago(Matcher m, LocalDate published) {
        int count = count(m.group("count"));
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "decade" -> String.valueOf(published.getYear() - 10 * count);
            case "year" -> String.valueOf(published.getYear() - count);
            case "month" -> YearMonth.from(published).minusMonths(count).toString();
            case "week" -> week(published.minusWeeks(count));
            default -> published.minusDays(count).toString();
        };
    }

    private static LocalDate weekday(Matcher m, boolean future, LocalDate published) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String modifier = m.group(1) == null ? "" : m.group(1).trim().toLowerCase(Locale.ROOT);
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (modifier) {
            case "last" -> monday.minusWeeks(1).with(dow);
            case "next" -> monday.plusWeeks(1).with(dow);
            case "this" -> monday.with(dow);
            default -> future
                    ? published.with(TemporalAdjusters.nextOrSame(dow))
                    : published.with(TemporalAdjusters.previousOrSame(dow));
        };
    }

    /** "the weekend": like a bare weekday, the last one (the publication day's included), or the coming one in a future clause. */
    private static String weekend(boolean future, LocalDate published) {
        LocalDate saturday = future
                ? published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return week(saturday) + "-WE";
    }

    /** "last April": the most recent April before the month before publication. */
    private static String lastMonth(String name, LocalDate published) {
        YearMonth month = YearMonth.of(published.getYear(), Month.valueOf(name.toUpperCase(Locale.ROOT)));
        // The month just ended is "last month"; "last February" said on March 1 is a year before.
        return (month.isBefore(YearMonth.from(published).minusMonths(1)) ? month : month.minusYears(1)).toString();
    }

    /**
     * The same month or day a year earlier ({@code years} -1), when the value lies more than
     * {@link #NEAR_DAYS} after publication, or a year later (+1), when it lies as far before;
     * else null. Nearer than that, a past-tense clause is more often passing on what is
     * scheduled ("extended the deadline to Nov. 20", "said the talks would end on Nov. 30")
     * than speaking of almost a year ago, which a writer would date with its year.
     */
    private static String shifted(String value, LocalDate published, int years) {
        if (EventDating.MONTH.matcher(value).matches()) {
            YearMonth month = YearMonth.parse(value);
            return isFar(month.atDay(1), month.atEndOfMonth(), published, years) ? month.plusYears(years).toString() : null;
        }
        if (!DAY.matcher(value).matches()) return null;
        LocalDate day = LocalDate.parse(value);
        return isFar(day, day, published, years) ? day.plusYears(years).toString() : null;
    }

    /** A year earlier is sought for what begins after the near future, a year later for what ends before the near past. */
    private static boolean isFar(LocalDate first, LocalDate last, LocalDate published, int years) {
        return years < 0 ? first.isAfter(published.plusDays(NEAR_DAYS)) : last.isBefore(published.minusDays(NEAR_DAYS));
    }
}
