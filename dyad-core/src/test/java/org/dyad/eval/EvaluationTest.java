package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.attribution.Quote;
import org.dyad.attribution.Speaker;
import org.dyad.coding.Evidence;
import org.dyad.coding.Event;
import org.dyad.coding.Participant;
import org.dyad.record.DyadRecord;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Event event(String source, String code, String target, String date) {
        Participant s = new Participant(source, source, source, null, null);
        Participant t = target == null ? null : new Participant(target, target, target, null, null);
        return new Event("e", date, null, s, t, code, code.substring(0, 2), "label", "ACCUSE", null, 3, -2, false, null, null,
                new Evidence(0, 0, 1, "x", "x", "p"), 0.5, 1);
    }

    private static DyadRecord record(List<Event> events, List<Quote> quotes) {
        return new DyadRecord("dyad/1", new DyadRecord.ArticleInfo("a", "2014-04-09", "flag", null, null, null), events, quotes, List.of(), List.of());
    }

    @Test
    void theCountryOfAnActorIsItsCountryBlockOrItsOrganization() {
        assertThat(Level.country("ISRGOV")).isEqualTo("ISR");
        assertThat(Level.country("IGOUNOWHO")).isEqualTo("IGOUNO");
        assertThat(Level.country(null)).isEmpty();
    }

    @Test
    void aSecondCodingIsComparedAsAPredictionIs() {
        GoldItem a = new GoldItem("g1", "text", LocalDate.of(2014, 4, 9),
                List.of(new GoldItem.GoldEvent("ISRGOV", "PSE", "112", "2014-04-08"), new GoldItem.GoldEvent("USA", null, "040", null)), List.of(), null);
        GoldItem b = new GoldItem("g1", "text", LocalDate.of(2014, 4, 9),
                List.of(new GoldItem.GoldEvent("ISRMIL", "PSEGOV", "1121", "2014-04-08")), List.of(), null);
        Evaluation e = new Evaluation(org.dyad.ontology.CameoOntology.bundled());
        e.add(a, b);
        Evaluation.Report r = e.report();
        assertThat(r.score(Level.COUNTRY_ROOT)).isEqualTo(new Score(1, 1, 2));
        assertThat(r.rootActors()).isEqualTo(new Score(0, 1, 2));
    }

    @Test
    void scoresEachLevelAndListsTheDifferences() {
        GoldItem gold = new GoldItem("g1", "text", LocalDate.of(2014, 4, 9),
                List.of(new GoldItem.GoldEvent("ISR", "PSE", "112", "2014-04-08"), new GoldItem.GoldEvent("USA", null, "040", null)),
                List.of(new GoldItem.GoldQuote("we will talk", "USAGOV")), null);
        DyadRecord predicted = record(List.of(event("ISR", "111", "PSE", "2014-04-09"), event("EGY", "042", null, "2014-04-09")),
                List.of(new Quote(Quote.Kind.DIRECT, "We will talk, he said", new Speaker("John Kerry", "USAGOV", "he", 14, 16), List.of(), "said", 0, 0, 5)));
        Evaluation e = new Evaluation(org.dyad.ontology.CameoOntology.bundled());
        e.add(gold, predicted);
        e.add(new GoldItem("g2", "weather", LocalDate.of(2014, 4, 9), List.of(), List.of(), null), record(List.of(), List.of()));
        Evaluation.Report r = e.report();
        assertThat(r.root()).isEqualTo(new Score(2, 2, 2));
        assertThat(r.code()).isEqualTo(new Score(0, 2, 2));
        assertThat(r.rootActors()).isEqualTo(new Score(1, 2, 2));
        assertThat(r.rootActors().f1()).isEqualTo(0.5);
        assertThat(r.score(Level.COUNTRY_ROOT)).isEqualTo(new Score(1, 2, 2));
        assertThat(r.score(Level.PLOVER)).isEqualTo(new Score(1, 2, 2)); // the predicted events all carry ACCUSE in this test
        assertThat(r.datesChecked()).isEqualTo(1);
        assertThat(r.datesRight()).isZero();
        assertThat(r.speakersRight()).isEqualTo(1);
        assertThat(r.noEventItems()).isEqualTo(1);
        assertThat(r.noEventItemsWithEvents()).isZero();
        assertThat(r.differences()).extracting(Evaluation.Difference::kind).contains("missed", "extra", "wrong date");
    }
}
