package org.dyad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.TimeExpression;

/**
 * Time expressions that point back at a date the text has just named: "that year", "later that
 * year", "the following month", "the same day", "the previous year". SUTime reads them against
 * the publication date ("that year" as a year's duration, "the following year" as next year);
 * they take the nearest date named before them, in their sentence or the three before, moved by
 * one for "following", "next", "previous" and "preceding". In financial reports "the 1988
 * quarter" and "the 1989 period" are the quarter last named, in that year.
 */
final class TimeAnaphora {

    private static final Pattern POINTING = Pattern.compile(
            "(?i)\\b(that|that same|the same|the following|the next|the previous|the preceding) (year|month|day)$");
    /** "the 1988 quarter", "in the 1989 period": the quarter the report speaks of, in that year. */
    private static final Pattern YEARS_PERIOD = Pattern.compile("(?i)(?:the )?(\\d{4}) (?:quarter|period)\\b");
    private static final int SENTENCES_BACK = 3;

    private TimeAnaphora() {}

    static List<TimeExpression> resolve(AnalyzedArticle article, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times);
        String text = article.article().text();
        for (int i = 0; i < out.size(); i++) {
            TimeExpression t = out.get(i);
            Matcher period = YEARS_PERIOD.matcher(text.substring(t.start(), Math.min(text.length(), t.end() + 9)));
            if (period.lookingAt()) {
                String quarter = nearestQuarter(out, i);
                if (quarter != null) out.set(i, t.withValue(period.group(1) + "-" + quarter));
                continue;
            }
            Matcher m = POINTING.matcher(article.text(Math.max(0, t.end() - 30), t.end()));
            if (!m.find()) continue;
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String modifier = m.group(1).toLowerCase(Locale.ROOT);
            int shift = modifier.endsWith("following") || modifier.endsWith("next") ? 1 : modifier.startsWith("the pre") ? -1 : 0;
            String value = antecedent(out, i, unit, shift);
            if (value != null) out.set(i, t.withValue(value));
        }
        return out;
    }

    /** The quarter ("Q3") of the nearest earlier expression that names one, or null. */
    private static String nearestQuarter(List<TimeExpression> times, int at) {
        TimeExpression t = times.get(at);
        for (int j = at - 1; j >= 0 && times.get(j).sentence() >= t.sentence() - SENTENCES_BACK; j--) {
            Matcher q = TimeCorrection.QUARTER.matcher(times.get(j).value() == null ? "" : times.get(j).value());
            if (q.matches()) return "Q" + q.group(2);
        }
        return null;
    }

    /**
     * From the nearest earlier expression with a date: its {@code unit} moved by {@code shift};
     * when it names only a coarser period ("last October" before "that same day"), that period,
     * and nothing for a shift.
     */
    private static String antecedent(List<TimeExpression> times, int at, String unit, int shift) {
        TimeExpression t = times.get(at);
        for (int j = at - 1; j >= 0; j--) {
            TimeExpression before = times.get(j);
            if (before.sentence() < t.sentence() - SENTENCES_BACK) break;
            String v = before.value() == null ? "" : before.value();
            Matcher day = EventDating.DAY.matcher(v);
            boolean month = EventDating.MONTH.matcher(v).matches();
            if (!day.matches() && !month && !EventDating.YEAR.matcher(v).matches()) continue;
            return switch (unit) {
                case "day" -> day.matches() ? LocalDate.parse(day.group(1)).plusDays(shift).toString() : shift == 0 ? v : null;
                case "month" -> day.matches() || month ? YearMonth.parse(v.substring(0, 7)).plusMonths(shift).toString() : shift == 0 ? v : null;
                default -> String.valueOf(Integer.parseInt(v.substring(0, 4)) + shift);
            };
        }
        return null;
    }
}
