package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.record.DyadRecord;
import org.dyad.time.TimeRef;
import org.junit.jupiter.api.Test;

/** Time expressions resolve against the publication date (here Wednesday 2014-04-09). */
class TimeNormalizationTest {

    private static Map<String, String> times(String text, String published) {
        DyadRecord r = Coded.article(text, published);
        return r.times().stream().collect(Collectors.toMap(TimeRef::text, TimeRef::value, (a, b) -> a));
    }

    @Test
    void relativeWeekdaysWeeksAndMonths() {
        Map<String, String> t = times("Last Thursday, the cabinet approved the budget. On Tuesday, the minister resigned. "
                + "The envoy visited Cairo last July. Talks collapsed last week.", "2014-04-09");
        assertThat(t).containsEntry("Last Thursday", "2014-04-03")
                .containsEntry("Tuesday", "2014-04-08")
                .containsEntry("last July", "2013-07")
                .containsEntry("last week", "2014-W14");
    }

    @Test
    void explicitDatesAndDatesInAnotherYear() {
        Map<String, String> t = times("The treaty was signed on March 3, 2012, and ratified in 2013.", "2014-04-09");
        assertThat(t).containsEntry("March 3, 2012", "2012-03-03").containsEntry("2013", "2013");
    }

    @Test
    void aBareMonthInThePastTenseIsLastYearsWhenItIsStillToComeThisYear() {
        Map<String, String> t = times("The rebels attacked the convoy in July.", "2013-03-15");
        assertThat(t).containsEntry("July", "2012-07");
    }

    @Test
    void aBareMonthInTheFutureTenseStaysInThisYear() {
        Map<String, String> t = times("The elections will be held in July.", "2013-03-15");
        assertThat(t).containsEntry("July", "2013-07");
    }

    @Test
    void thePastWeekIsThePublicationWeek() {
        Map<String, String> t = times("Protests spread across the country over the past week.", "2014-04-09");
        assertThat(t.values()).contains("2014-W15");
    }

    @Test
    void anEventTakesTheDateOfTheExpressionGoverningItsVerb() {
        assertThat(Coded.events("Last Thursday, Israel accused Iran of deception.", "2014-04-09"))
                .containsExactly("ISR 112 IRN 2014-04-03");
        assertThat(Coded.events("Israel accused Iran of deception.", "2014-04-09"))
                .containsExactly("ISR 112 IRN 2014-04-09");
    }
}
