package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date is the publisher's calendar date, as written, whatever the time of day or offset. */
class PublicationDateTest {

    @Test
    void isoDatesAndDateTimesKeepTheirWrittenDate() {
        assertThat(PublicationDate.parse("2031-03-04")).contains(LocalDate.of(2031, 3, 4));
        assertThat(PublicationDate.parse(" 2031-03-04T23:30:00-05:00 ")).contains(LocalDate.of(2031, 3, 4));
        assertThat(PublicationDate.parse("2031-03-04T00:10:00Z")).contains(LocalDate.of(2031, 3, 4));
        assertThat(PublicationDate.parse("2031-03-04 08:00")).contains(LocalDate.of(2031, 3, 4));
    }

    @Test
    void rssDatesKeepTheirWrittenDate() {
        assertThat(PublicationDate.parse("Tue, 4 Mar 2031 23:30:00 -0500")).contains(LocalDate.of(2031, 3, 4));
        assertThat(PublicationDate.parse("Wed, 05 Mar 2031 09:00:00 GMT")).contains(LocalDate.of(2031, 3, 5));
    }

    @Test
    void anythingElseIsNoDate() {
        assertThat(PublicationDate.parse("04/03/2031")).isEmpty();
        assertThat(PublicationDate.parse("2031-02-30")).isEmpty();
        assertThat(PublicationDate.parse("2031-03-04junk")).isEmpty();
        assertThat(PublicationDate.parse("")).isEmpty();
        assertThat(PublicationDate.parse(null)).isEmpty();
    }
}
