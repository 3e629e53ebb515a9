package org.dyad.time;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.TimeExpression;

/**
 * "mid-November", "mid-1996": a month or a year written as one word with "mid-", which SUTime
 * does not read. The month is put in the publication year, as SUTime puts a bare month, and
 * {@link TimeCorrection} then moves it as it moves one.
 */
public final class MidPeriods {

    private static final Pattern MID = Pattern.compile("(?i)\\bmid-(?:(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?<year>1[5-9]\\d\\d|20\\d\\d))\\b");

    private MidPeriods() {}

    public static List<TimeExpression> add(AnalyzedArticle article, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times);
        String text = article.article().text();
        Matcher m = MID.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().anyMatch(t -> t.start() < end && start < t.end())) continue;
            String value = m.group("year") != null ? m.group("year")
                    : String.format(Locale.ROOT, "%d-%02d", article.article().published().getYear(), month(m.group("month")).getValue());
            article.date(start, end, value).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    private static Month month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) return month;
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
