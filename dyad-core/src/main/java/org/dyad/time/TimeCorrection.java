package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * Corrects two measured faults of SUTime's normalization against the document date:
 * <ul>
 *   <li>a bare month ("in July", "early August") is put in the document's own year even when
 *       the sentence speaks of the past: a month after the publication month, in a clause
 *       whose verb is in the past tense, is moved back a year;</li>
 *   <li>"the last week" / "the past week" means the seven days up to publication, not the
 *       calendar week before: it becomes the publication date's own week;</li>
 *   <li>weekdays ("on Saturday", "last Thursday", "Monday's vote") are resolved here rather
 *       than by SUTime, whose choice between the past and the coming day was measured to
 *       depend on the documents it saw before (CoreNLP 4.5.10): a bare weekday is the most
 *       recent one (the publication day included), or the coming one in a future-tense
 *       clause ("will visit Cairo on Saturday"); "last" is in the week before, "next" in the
 *       week after.</li>
 * </ul>
 */
public final class TimeCorrection {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(on |last |next |this |this past |past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\u2019s)?");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern TRAILING_WEEK = Pattern.compile("(?i)\\bthe (last|past) (week|seven days)\\b");

    private TimeCorrection() {}

    public static List<TimeExpression> apply(AnalyzedArticle article) {
        LocalDate published = article.article().published();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : article.times()) {
            out.add(correct(article, t, published));
        }
        return out;
    }

    private static TimeExpression correct(AnalyzedArticle article, TimeExpression t, LocalDate published) {
        String text = article.article().text();
        int from = Math.max(0, t.start() - 4);
        String withArticle = text.substring(from, t.end());
        if (TRAILING_WEEK.matcher(withArticle).find()) {
            return t.withValue(String.format(Locale.ROOT, "%d-W%02d",
                    published.get(IsoFields.WEEK_BASED_YEAR), published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        Matcher weekday = WEEKDAY.matcher(t.text());
        if (weekday.matches()) {
            DayOfWeek dow = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
            String modifier = weekday.group(1) == null ? "" : weekday.group(1).trim().toLowerCase(Locale.ROOT);
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate day = switch (modifier) {
                case "last" -> monday.minusWeeks(1).with(dow);
                case "next" -> monday.plusWeeks(1).with(dow);
                case "this" -> monday.with(dow);
                default -> inFutureClause(article.sentences().get(t.sentence()), t)
                        ? published.with(TemporalAdjusters.nextOrSame(dow))
                        : published.with(TemporalAdjusters.previousOrSame(dow));
            };
            return t.withValue(day.toString());
        }
        if (MONTH.matcher(t.value()).matches() && !HAS_YEAR.matcher(t.text()).find()
                && !t.text().toLowerCase(Locale.ROOT).contains("next")) {
            YearMonth month = YearMonth.parse(t.value());
            if (month.isAfter(YearMonth.from(published)) && inPastTenseClause(article.sentences().get(t.sentence()), t)) {
                return t.withValue(month.minusYears(1).toString());
            }
        }
        return t;
    }

    /** The first verb above the expression has "will", "shall" or "'ll" among its auxiliaries. */
    private static boolean inFutureClause(Sentence s, TimeExpression t) {
        for (int k = s.head(t.lastToken()), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
            if (s.token(k).isVerb()) {
                for (int aux : s.children(k, "aux")) {
                    String w = s.token(aux).word().toLowerCase(Locale.ROOT);
                    if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("\u2019ll")) return true;
                }
                return false;
            }
        }
        return false;
    }

    /** The first verb above the expression in the tree is in the past tense (with its auxiliaries). */
    private static boolean inPastTenseClause(Sentence s, TimeExpression t) {
        if (!s.parsed()) return s.tokens().stream().anyMatch(k -> k.pos().equals("VBD")); // no tree: any past-tense verb
        for (int k = s.head(t.lastToken()), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
            if (s.token(k).isVerb()) {
                if (s.token(k).pos().equals("VBD")) return true;
                for (int aux : s.children(k, "aux")) {
                    String pos = s.token(aux).pos();
                    if (pos.equals("VBD") || s.token(aux).lemma().equals("have")) return true;
                }
                return s.token(k).pos().equals("VBN") && !s.children(k, "aux:pass").isEmpty()
                        && s.children(k, "aux:pass").stream().anyMatch(a -> s.token(a).pos().equals("VBD"));
            }
        }
        return false;
    }
}
