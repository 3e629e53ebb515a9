package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyad.attribution.Quote;
import org.dyad.attribution.Speaker;
import org.dyad.eval.AttributionEvaluation.SourceKind;
import org.dyad.record.DyadRecord;
import org.dyad.time.TimeRef;
import org.junit.jupiter.api.Test;

/** Found and right rates against annotated corpora, on records made by hand. */
class CorpusScoresTest {

    private static DyadRecord record(List<Quote> quotes, List<TimeRef> times) {
        return new DyadRecord("dyad/1", new DyadRecord.ArticleInfo("a", "2016-09-12", "metadata", null, null, null), List.of(), quotes, times, List.of());
    }

    private static Quote quote(String text, String all, Quote.Kind kind, Speaker speaker) {
        int start = all.indexOf(text);
        return new Quote(kind, text, speaker, List.of(), "said", 0, start, start + text.length());
    }

    @Test
    void aSpeakerIsRightByItsWordsOrByName() {
        BratAttributions.AnnotatedText gold = BratAttributions.read(Path.of("src", "test", "resources", "eval", "brat"), null).get(0);
        String text = gold.text();
        int at = text.indexOf("Ann Baker");
        Speaker baker = new Speaker("Ann Baker", null, "Ann Baker", at, at + 9);
        Speaker elsewhere = new Speaker("Ann Baker", null, "she", 0, 3); // named, not at the source's words
        Speaker wrong = new Speaker("Tom Hill", null, "Tom Hill", 0, 3);
        AttributionEvaluation e = new AttributionEvaluation();
        e.add(gold, record(List.of(
                quote("We will not sign this bill,", text, Quote.Kind.DIRECT, baker),
                quote("It is a bad bill.", text, Quote.Kind.DIRECT, elsewhere),
                quote("the senator would vote against it", text, Quote.Kind.INDIRECT, wrong),
                quote("Budget talks", text, Quote.Kind.DIRECT, null)), List.of()));
        AttributionEvaluation.Report r = e.report();
        assertThat(r.tally(true, SourceKind.NAME_OR_DESCRIPTION)).isEqualTo(new AttributionEvaluation.Tally(1, 1, 1));
        assertThat(r.tally(false, SourceKind.NAME_OR_DESCRIPTION)).isEqualTo(new AttributionEvaluation.Tally(1, 1, 0));
        assertThat(r.direct()).isEqualTo(new AttributionEvaluation.Unannotated(3, 1));
        assertThat(r.indirect()).isEqualTo(new AttributionEvaluation.Unannotated(1, 0));
        assertThat(r.differences()).extracting(AttributionEvaluation.Difference::kind).contains("indirect speaker", "direct not annotated");
    }

    @Test
    void pronounSourcesAreTheirOwnClass() {
        assertThat(AttributionEvaluation.kind("He said", List.of(new BratAttributions.Span(0, 2)))).isEqualTo(SourceKind.PRONOUN);
        assertThat(AttributionEvaluation.kind("Aides said", List.of(new BratAttributions.Span(0, 5)))).isEqualTo(SourceKind.NAME_OR_DESCRIPTION);
        assertThat(AttributionEvaluation.kind("x", List.of())).isEqualTo(SourceKind.NONE);
    }

    @Test
    void timeValuesAreComparedWithoutUnspecifiedParts() {
        TimeMl.TimedText gold = TimeMl.read(Path.of("src", "test", "resources", "eval", "timeml")).get(0);
        String text = gold.text();
        TimeEvaluation e = new TimeEvaluation();
        e.add(gold, record(List.of(), List.of(
                time(text, "Monday", "2014-04-07"), time(text, "two hours", "PT3H"), time(text, "1968", "1968"), time(text, "that week", "2014-W07"))));
        TimeEvaluation.Report r = e.report();
        assertThat(r.tally("DATE")).isEqualTo(new TimeEvaluation.Tally(3, 3, 3));
        assertThat(r.tally("DURATION")).isEqualTo(new TimeEvaluation.Tally(1, 1, 0));
        assertThat(r.differences()).singleElement().satisfies(d -> assertThat(d.expected()).isEqualTo("PT2H"));
    }

    @Test
    void aDecadeAndACenturyAreTheSameInEitherNotation() {
        assertThat(TimeEvaluation.normalize("198X")).isEqualTo("198");
        assertThat(TimeEvaluation.normalize("19XX")).isEqualTo("19");
        assertThat(TimeEvaluation.normalize("1980")).isEqualTo("1980");
        assertThat(TimeEvaluation.normalize("XXXX-12")).isEqualTo("XXXX-12");
    }

    private static TimeRef time(String text, String words, String value) {
        int start = text.indexOf(words);
        return new TimeRef(words, value, 0, start, start + words.length());
    }
}
