package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.dyad.datafile.TsvFile;

/** The day of a feast that falls on a weekday of a month (data/time/floating-feasts.tsv), in a given year. */
final class FloatingFeasts {

    private record Feast(String name, int month, DayOfWeek weekday, int nth) {}

    private static final List<Feast> FEASTS = TsvFile.resource("time/floating-feasts.tsv").rows().stream()
            .map(r -> new Feast(r.get("name"), Integer.parseInt(r.get("month")), DayOfWeek.valueOf(r.get("weekday")), Integer.parseInt(r.get("nth"))))
            .toList();

    private FloatingFeasts() {}

    /** The feast the words name, on its day of {@code year}; null when they name none. */
    static LocalDate in(String words, int year) {
        String lower = words.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (Feast f : FEASTS) {
            if (!lower.contains(f.name())) continue;
            LocalDate first = LocalDate.of(year, f.month(), 1);
            return f.nth() < 0 ? first.with(TemporalAdjusters.lastInMonth(f.weekday()))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(f.nth(), f.weekday()));
        }
        return null;
    }
}
