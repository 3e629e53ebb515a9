package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.datafile.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated corpora `dyad eval --quotes` and `--times` read, on fixtures written for the project. */
class CorpusFormatsTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "eval");

    @TempDir
    Path dir;

    @Test
    void bratAttributionsAreReadWithTheirTextDateAndRoles() {
        List<BratAttributions.AnnotatedText> texts = BratAttributions.read(FIXTURES.resolve("brat"), null);
        assertThat(texts).hasSize(1); // the second annotation of the same text is not read
        BratAttributions.AnnotatedText t = texts.get(0);
        assertThat(t.id()).isEqualTo("wire_2016-09-12_budget-talks");
        assertThat(t.published()).isEqualTo(LocalDate.of(2016, 9, 12));
        assertThat(t.attributions()).hasSize(2);
        BratAttributions.GoldAttribution quoted = t.attributions().get(0);
        assertThat(quoted.content()).hasSize(2); // Content and Content2
        BratAttributions.Span source = quoted.source().get(0);
        assertThat(t.text().substring(source.start(), source.end())).isEqualTo("Senator Ann Baker");
    }

    @Test
    void aBratArgumentNamingNoSpanIsAnErrorWithItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("story.txt"), "He said so.");
        Files.writeString(dir.resolve("story.ann"), "T1\tSource 0 2\tHe\nE1\tAttribution:T1 Source:T9\n");
        assertThatThrownBy(() -> BratAttributions.read(dir, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(DataFileException.class).hasMessageContaining("story.ann:2").hasMessageContaining("T9");
    }

    @Test
    void aBratTextWithoutADateNeedsOne() throws IOException {
        Files.writeString(dir.resolve("story.txt"), "He said so.");
        Files.writeString(dir.resolve("story.ann"), "T1\tSource 0 2\tHe\n");
        assertThatThrownBy(() -> BratAttributions.read(dir, null)).hasMessageContaining("story.txt").hasMessageContaining("date");
        assertThat(BratAttributions.read(dir, LocalDate.of(2020, 1, 1)).get(0).published()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void timeMlTextHasItsTagsRemovedAndItsTimesAsSpans() {
        List<TimeMl.TimedText> docs = TimeMl.read(FIXTURES.resolve("timeml"));
        TimeMl.TimedText d = docs.get(0);
        assertThat(d.published()).isEqualTo(LocalDate.of(2014, 4, 9));
        assertThat(d.text()).contains("Profits & sales fell").doesNotContain("<");
        assertThat(d.times()).extracting(TimeMl.GoldTime::type).containsExactly("DATE", "DURATION", "DATE", "DATE");
        for (TimeMl.GoldTime g : d.times()) assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text());
    }

    @Test
    void timeMlWithoutACreationTimeIsAnError() throws IOException {
        Path f = dir.resolve("bad.tml");
        Files.writeString(f, "<TimeML><TEXT>On <TIMEX3 type=\"DATE\" value=\"2014\">2014</TIMEX3></TEXT></TimeML>");
        assertThatThrownBy(() -> TimeMl.read(dir)).hasMessageContaining("bad.tml").hasMessageContaining("creation time");
    }
}
