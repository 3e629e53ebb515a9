package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.record.DyadRecord;
import org.dyad.time.TimeRef;
import org.junit.jupiter.api.Test;

/** Every offset in a record indexes the input text exactly, whatever its characters. */
class OffsetsTest {

    private static final String TEXT = "ANKARA — Turkish President Recep Tayyip Erdoğan on Monday accused Israel’s "
            + "government of “state terrorism”, Anadolu reported.\n\n"
            + "“We will not stay silent,” Erdoğan told lawmakers in Ankara — his third such warning since Friday. "
            + "Israeli Foreign Minister Avigdor Lieberman criticized Turkey’s leader.";

    @Test
    void offsetsPointAtTheWordsTheyName() {
        DyadRecord r = Coded.article(TEXT, "2018-05-14");
        assertThat(r.mentions()).isNotEmpty();
        for (DyadRecord.MentionInfo m : r.mentions()) {
            assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        for (TimeRef t : r.times()) assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.text());
        assertThat(r.quotes()).isNotEmpty();
        for (Quote q : r.quotes()) assertThat(TEXT.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(r.events()).isNotEmpty();
        for (Event e : r.events()) {
            assertThat(TEXT.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
            assertThat(e.evidence().text()).contains(e.evidence().trigger()).contains(e.source().text());
        }
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Erdoğan");
            assertThat(m.code()).isEqualTo("TURGOV");
        });
    }
}
