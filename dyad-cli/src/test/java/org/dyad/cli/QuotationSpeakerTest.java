package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.attribution.Quote;
import org.dyad.record.DyadRecord;
import org.junit.jupiter.api.Test;

/** Who said each quotation, in the patterns news copy uses (sentences written for the project). */
class QuotationSpeakerTest {

    /** Each quotation's first words, with the words naming its speaker (or "-"). */
    private static Map<String, String> speakers(String text) {
        DyadRecord r = Coded.article(text, "2016-09-20");
        return r.quotes().stream().collect(Collectors.toMap(q -> q.text().split("\\s+")[0] + " " + q.text().split("\\s+")[1],
                q -> q.speaker() == null ? "-" : q.speaker().text(), (a, b) -> a));
    }

    @Test
    void theReportingClauseNamesTheSpeakerBeforeOrAfterTheVerb() {
        Map<String, String> s = speakers("\u201CThe vote was rigged from the start,\u201D said Marta Quist, a county clerk. "
                + "\u201CWe counted twice,\u201D a campaign spokeswoman said.");
        assertThat(s).containsEntry("The vote", "Marta Quist").containsEntry("We counted", "a campaign spokeswoman");
    }

    @Test
    void aQuotationRunningOverParagraphsKeepsItsSpeaker() {
        Map<String, String> s = speakers("The governor spoke to farmers on Monday.\n\n"
                + "\u201CThe drought has cost us a whole season,\u201D said Governor Ellen Park.\n\n"
                + "\u201CNext year the reservoirs will be full again.\u201D");
        assertThat(s).containsEntry("The drought", "Governor Ellen Park").containsEntry("Next year", "Governor Ellen Park");
    }

    @Test
    void aLeadInSentenceIntroducesTheNextParagraphsQuotation() {
        Map<String, String> s = speakers("Senator Paul Hadley answered his critics on Tuesday. Hadley continued:\n\n"
                + "\u201CNo one in this chamber has read the bill.\u201D");
        assertThat(s).containsEntry("No one", "Hadley");
    }

    @Test
    void heAndSheAgreeWithThePersonTheyNameAndArePronounsAsWritten() {
        DyadRecord r = Coded.article("John Kerry met Angela Merkel in Berlin on Monday. "
                + "\u201CWe talked about the economy,\u201D she said.", "2014-04-09");
        Quote q = r.quotes().get(0);
        assertThat(q.speaker().text()).isEqualTo("she");
        assertThat(q.speaker().code()).isEqualTo("DEUGOV");
    }

    @Test
    void aSentenceOfNothingButASpeakerAndSaidReportsTheQuotationBeforeIt() {
        Map<String, String> s = speakers("Governor Ellen Park spoke to farmers on Monday. "
                + "\u201CThe reservoirs will be full next year.\u201D Senator Paul Hadley said. The meeting ended at noon.");
        assertThat(s).containsEntry("The reservoirs", "Senator Paul Hadley");
    }

    @Test
    void accordingToATextBySomeoneNamesItsAuthor() {
        DyadRecord r = Coded.article("Kenya's president spoke in Nairobi on Monday. \u201CThe airline carries weapons across the region,\u201D "
                + "according to a tweet on Tuesday by US Secretary of State Antony Blinken.", "2021-06-20");
        assertThat(r.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().code()).isEqualTo("USAGOV"));
    }

    @Test
    void aDescriptionNoActorStandsForIsTheNameInItsApposition() {
        DyadRecord r = Coded.article("\u201CThe talks were useful,\u201D said his son, President Uhuru Kenyatta.", "2021-06-20");
        assertThat(r.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().code()).isEqualTo("KENGOV"));
    }

    @Test
    void aPullQuoteIsSignedAfterADash() {
        Map<String, String> s = speakers("\u201CThe schools need teachers, not slogans.\u201D \u2015 Rosa Delgado");
        assertThat(s).containsEntry("The schools", "Rosa Delgado");
    }

    @Test
    void titlesAndScareQuotesAreNotQuotations() {
        DyadRecord r = Coded.article("She appeared on \u201CFace the Nation\u201D and on the so-called \u201Csuper PAC\u201D circuit. "
                + "The senator called the plan \u201Ca disaster.\u201D", "2016-09-20");
        assertThat(r.quotes()).extracting(Quote::text).containsExactly("a disaster.");
    }

    @Test
    void theMediaAQuotationCameThroughAreItsChain() {
        DyadRecord r = Coded.article("\u201CWe will not give up,\u201D Hamas spokesman Sami Abu Zuhri said in a statement quoted by Reuters.",
                "2016-09-20");
        Quote q = r.quotes().get(0);
        assertThat(q.speaker().text()).contains("Sami Abu Zuhri");
        assertThat(q.via()).contains("Reuters");
    }

    @Test
    void reportedSpeechWithoutQuotationMarksIsAnIndirectQuotation() {
        DyadRecord r = Coded.article("The Egyptian foreign minister said on Monday that the talks with Ethiopia had failed. "
                + "The dam will be filled next year, Ethiopian officials said. "
                + "According to the United Nations, about 3,000 people have fled the region.", "2020-01-10");
        assertThat(r.quotes()).allSatisfy(q -> assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT));
        assertThat(r.quotes().stream().collect(Collectors.toMap(Quote::text, q -> q.speaker().code())))
                .containsEntry("the talks with Ethiopia had failed", "EGYGOV")
                .containsEntry("The dam will be filled next year", "ETHGOV")
                .containsEntry("about 3,000 people have fled the region", "IGOUNO");
    }

    @Test
    void wordsInQuotationMarksAreOnlyTheDirectQuotations() {
        DyadRecord r = Coded.article("\u201CWe will not give up,\u201D Shoukry said. He said the offer was \u201Can insult.\u201D "
                + "The minister said goodbye.", "2020-01-10");
        assertThat(r.quotes()).extracting(Quote::kind).containsOnly(Quote.Kind.DIRECT);
        assertThat(r.quotes()).extracting(Quote::text).containsExactly("We will not give up,", "an insult.");
    }
}
