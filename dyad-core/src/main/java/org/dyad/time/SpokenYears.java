package org.dyad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * Years written in words, as broadcast transcripts have them ("nineteen ninety-seven", "twenty
 * oh five"). SUTime finds none on their own and reads "January nineteen ninety-seven" as
 * January 1990; a year in words becomes a year, and an expression that ends inside one takes
 * its year and reaches to its end.
 */
public final class SpokenYears {

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** Only the centuries news speaks of; "two thousand" is left out, being as often a count. */
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?<century>nineteen|twenty) (?:(?<teen>" + TEENS + ")"
            + "|(?<tens>" + TENS + ")(?:[- ](?<unit>" + UNITS + "))?|oh[- ](?<ohUnit>" + UNITS + "))\\b");
    private static final List<String> NUMBERS = List.of(("zero|" + UNITS + "|" + TEENS).split("\\|"));
    private static final List<String> TEN_TO_NINETY = List.of(("zero|ten|" + TENS).split("\\|"));

    private SpokenYears() {}

    public static List<TimeExpression> add(AnalyzedArticle article, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times);
        String text = article.article().text();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = year(m);
            Sentence s = article.sentenceAt(m.start());
            if (s == null) continue;
            TimeExpression inside = overlapping(out, m.start(), m.end());
            if (inside != null) {
                out.remove(inside);
                int last = s.tokenAt(m.end() - 1);
                out.add(new TimeExpression(text.substring(inside.start(), m.end()), inside.value().replaceFirst("^\\d{4}", String.valueOf(year)),
                        inside.type(), inside.start(), m.end(), inside.sentence(), inside.firstToken(), last < 0 ? inside.lastToken() : last));
            } else {
                article.date(m.start(), m.end(), String.valueOf(year)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    private static int year(Matcher m) {
        int century = number(m.group("century")) * 100;
        if (m.group("teen") != null) return century + number(m.group("teen"));
        if (m.group("ohUnit") != null) return century + number(m.group("ohUnit"));
        int tens = TEN_TO_NINETY.indexOf(m.group("tens").toLowerCase(Locale.ROOT)) * 10;
        return century + tens + (m.group("unit") == null ? 0 : number(m.group("unit")));
    }

    private static int number(String word) {
        return NUMBERS.indexOf(word.toLowerCase(Locale.ROOT));
    }

    /** An expression overlapping the words, which SUTime ended at the first number ("January nineteen ninety"). */
    private static TimeExpression overlapping(List<TimeExpression> times, int start, int end) {
        for (TimeExpression t : times) {
            if (t.start() < end && start < t.end() && t.end() <= end && t.value() != null && t.value().matches("\\d{4}.*")) return t;
        }
        return null;
    }
}
