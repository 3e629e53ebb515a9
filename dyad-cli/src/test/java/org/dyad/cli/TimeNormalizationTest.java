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
    void aPastTenseTaggedAsAParticipleIsStillPast() {
        // the tagger reads "barred" as a participle here; with its own subject and no auxiliary it is a past tense
        assertThat(times("The Ghanaian junta barred girls from attending secondary schools in March.", "2022-12-21"))
                .containsEntry("March", "2022-03");
    }

    @Test
    void aDaySoonAfterPublicationStaysInThisYearEvenInThePastTense() {
        Map<String, String> t = times("The government extended the deadline to Nov. 20.", "2014-11-02");
        assertThat(t).containsEntry("Nov. 20", "2014-11-20");
    }

    @Test
    void lastAprilIsTheMostRecentAprilBeforeLastMonth() {
        assertThat(times("The talks began last April.", "2014-11-09")).containsEntry("last April", "2014-04");
        assertThat(times("The talks began last February.", "2014-03-01")).containsEntry("last February", "2013-02");
    }

    @Test
    void severalYearsAgoIsAYearEvenAfterADay() {
        Map<String, String> t = times("The minister resigned on March 3. His party had left the coalition two years ago.", "2014-04-09");
        assertThat(t).containsEntry("two years ago", "2012");
    }

    @Test
    void aBareMonthInTheFutureTenseStaysInThisYear() {
        Map<String, String> t = times("The elections will be held in July.", "2013-03-15");
        assertThat(t).containsEntry("July", "2013-07");
    }

    @Test
    void aDayOfAMonthWithoutItsYearIsLastYearsInThePastTense() {
        Map<String, String> t = times("The court ruled on Nov. 25 that the vote was valid.", "2000-01-07");
        assertThat(t).containsEntry("Nov. 25", "1999-11-25");
    }

    @Test
    void agoHasTheGranularityTheTextGives() {
        Map<String, String> t = times("Profits fell a year ago. Sales rose two months ago.", "2014-04-09");
        assertThat(t).containsEntry("a year ago", "2013").containsEntry("two months ago", "2014-02");
        Map<String, String> q = times("Net income rose in the third quarter of 2013 from $2 million a year earlier.", "2013-11-02");
        assertThat(q).containsEntry("a year earlier", "2012-Q3");
    }

    @Test
    void thatYearAndTheFollowingMonthPointBackAtTheDateNamedBefore() {
        assertThat(times("The dam was finished in 2009. Later that year, the river flooded the valley.", "2014-04-09").values())
                .contains("2009").doesNotContain("P1Y");
        assertThat(times("The rebels seized the town on March 3, 2012. The following month, talks began.", "2014-04-09").values())
                .contains("2012-04");
    }

    @Test
    void midMonthsMidYearsAndYearEnd() {
        Map<String, String> t = times("The rebels split in mid-1996. Prices fell in mid-November. The mill expects to close "
                + "the sale by year-end.", "2013-03-01");
        assertThat(t).containsEntry("mid-1996", "1996").containsEntry("mid-November", "2012-11");
        assertThat(t.values()).contains("2013").doesNotContain("P1Y");
    }

    @Test
    void thisYearInsideAPhraseSUTimeJoinsIsStillThisYear() {
        assertThat(times("The increase was the company's second this year.", "2013-03-01")).containsEntry("this year", "2013");
    }

    @Test
    void aFeastInThePastTenseIsTheLastOneOnItsOwnDay() {
        Map<String, String> t = times("The boy was rescued at sea on Thanksgiving Day.", "2014-01-07");
        assertThat(t.values()).contains("2013-11-28");
    }

    @Test
    void theYearsQuarterInAReportIsTheQuarterLastNamed() {
        Map<String, String> t = times("The company said its third-quarter profit fell. It earned $3 million in the 1988 quarter.", "1989-10-30");
        assertThat(t.values()).contains("1988-Q3");
    }

    @Test
    void aParticipleModifyingANounTellsOfWhatIsDone() {
        Map<String, String> t = times("The mill had revenue of $76 million for the year ended March 31.", "2013-11-01");
        assertThat(t).containsEntry("March 31", "2013-03-31");
    }

    @Test
    void aDayNamedWithWillIsTheComingOneEvenAfterAPastReportingVerb() {
        Map<String, String> t = times("The dividend will be payable Jan. 3 to holders of record, the company said.", "2013-11-01");
        assertThat(t).containsEntry("Jan. 3", "2014-01-03");
    }

    @Test
    void aQuarterNamedWithoutItsYearInThePastTenseHasBegun() {
        Map<String, String> t = times("The retailer's profit rose 5% in the fiscal first quarter.", "2013-10-30");
        assertThat(t.values()).contains("2013-Q1");
    }

    @Test
    void aWeekdayInAScheduledPresentTenseIsTheComingOne() {
        Map<String, String> t = times("The minister is meeting his Egyptian counterpart on Thursday.", "1998-09-30");
        assertThat(t.values()).contains("1998-10-01");
    }

    @Test
    void aWeekdayWithAPartOfTheDayIsThatDay() {
        Map<String, String> t = times("The cabinet met on Monday morning and again on Tuesday night.", "2014-04-09");
        assertThat(t.values()).contains("2014-04-07", "2014-04-08");
        assertThat(Coded.events("Israel accused Iran of deception on Tuesday evening.", "2014-04-09"))
                .containsExactly("ISR 112 IRN 2014-04-08");
    }

    @Test
    void aWeekdayAVerbOfSchedulingGovernsIsTheComingOne() {
        Map<String, String> t = times("The delegation planned to leave Nairobi on Thursday. The prosecutor has scheduled a news "
                + "conference Friday. The envoy could arrive as early as Saturday. The old offer had been due to expire Monday.", "2014-04-09");
        assertThat(t.values()).contains("2014-04-10", "2014-04-11", "2014-04-12", "2014-04-07");
    }

    @Test
    void theWeekendIsTheLastOneUnlessTheClauseIsFuture() {
        assertThat(times("Protesters marched through the capital over the weekend.", "2014-04-14").values()).contains("2014-W15-WE");
        assertThat(times("Protesters will march through the capital at the weekend.", "2014-04-14").values()).contains("2014-W16-WE");
    }

    @Test
    void aDateSUTimeJoinsToThePhraseBesideItKeepsItsValue() {
        Map<String, String> t = times("The suspect was last seen Nov. 3, the day before the warrant was issued. Hiring slowed "
                + "after the first nine months of 2013.", "2014-05-07");
        assertThat(t).containsEntry("Nov. 3", "2013-11-03").containsEntry("2013", "2013");
    }

    @Test
    void theMonthMayIsADateAndTheNameMayIsNot() {
        Map<String, String> t = times("The rebels were charged on May 6. Prime Minister Theresa May spoke on Tuesday.", "2014-05-09");
        assertThat(t).containsEntry("May 6", "2014-05-06").doesNotContainKey("May");
    }

    @Test
    void hedgedAndVagueAgo() {
        Map<String, String> t = times("The party split nearly four years ago. The mine closed a decade ago. "
                + "The dam was built several years ago.", "2014-04-09");
        assertThat(t.values()).contains("2010", "2004", "PAST_REF");
    }

    @Test
    void decadesAndPartsOfTheDayAndYearsInWords() {
        Map<String, String> t = times("Growth was slow in the 1970s. The president will speak tonight. The embargo began in "
                + "nineteen ninety-six and was eased in January nineteen ninety-seven.", "2014-04-09");
        assertThat(t.values()).contains("197", "2014-04-09", "1996", "1997-01");
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
