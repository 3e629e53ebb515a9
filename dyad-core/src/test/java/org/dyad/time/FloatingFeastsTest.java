package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.dyad.datafile.TsvFile;
import org.junit.jupiter.api.Test;

class FloatingFeastsTest {

    @Test
    void everyRowNamesAMonthAWeekdayAndWhichOfThem() {
        for (TsvFile.Row row : TsvFile.resource("time/floating-feasts.tsv").rows()) {
            assertThat(row.get("name")).as(row.where()).matches("[a-z' ]+");
            assertThat(Integer.parseInt(row.get("month"))).as(row.where()).isBetween(1, 12);
            assertThat(DayOfWeek.valueOf(row.get("weekday"))).as(row.where()).isNotNull();
            assertThat(Integer.parseInt(row.get("nth"))).as(row.where()).isIn(-1, 1, 2, 3, 4);
        }
    }

    @Test
    void aFeastFallsOnItsWeekdayOfTheMonthInAnyYear() {
        assertThat(FloatingFeasts.in("Thanksgiving Day", 1999)).isEqualTo(LocalDate.of(1999, 11, 25));
        assertThat(FloatingFeasts.in("Thanksgiving", 2000)).isEqualTo(LocalDate.of(2000, 11, 23));
        assertThat(FloatingFeasts.in("Memorial Day", 2020)).isEqualTo(LocalDate.of(2020, 5, 25));
        assertThat(FloatingFeasts.in("Christmas", 2020)).isNull();
    }
}
