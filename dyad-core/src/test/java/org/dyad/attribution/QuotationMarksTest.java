package org.dyad.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> quotes(String text) {
        return QuotationMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void straightAndCurlyMarks() {
        assertThat(quotes("He said \"we will talk\" and \u201Cwe will listen\u201D.")).containsExactly("we will talk", "we will listen");
    }

    @Test
    void aQuotationMayOpenCurlyAndCloseStraight() {
        assertThat(quotes("urged \u201Crestraint from all sides,\" the minister said, and \"calm\u201D later."))
                .containsExactly("restraint from all sides,", "calm");
    }

    @Test
    void singleQuotesInsideDoNotEndTheQuotation() {
        assertThat(quotes("\"Then 'boom', it was over,\" she said.")).containsExactly("Then 'boom', it was over,");
    }

    @Test
    void anUnclosedQuotationEndsAtTheParagraph() {
        assertThat(quotes("\u201CWe will rebuild the bridge.\n\n\u201CAnd the school,\u201D he said."))
                .containsExactly("We will rebuild the bridge.", "And the school,");
    }

    @Test
    void inchesAndStrayMarksAreNotQuotations() {
        assertThat(quotes("a 12\" pipe")).isEmpty();
    }
}
