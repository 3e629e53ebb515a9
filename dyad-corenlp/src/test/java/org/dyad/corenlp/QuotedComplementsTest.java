package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** What a verb calls someone in quotation marks, on parses written for the project. */
class QuotedComplementsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(QuotedComplements::repair);
    }

    @Test
    void theQuotedNounIsTheVerbsComplementAndThePersonItsObject() {
        // "Ghana called the minister a "liar"": parsed as an indirect object with the quoted noun under it
        List<Dependency> edges = repaired("Ghana NNP 2 nsubj", "called VBD 0 root", "the DT 4 det", "minister NN 2 iobj", "a DT 7 det",
                "\" `` 7 punct", "liar NN 4 dep", "\" '' 7 punct");
        assertThat(edges).contains(new Dependency("obj", 1, 3), new Dependency("xcomp", 1, 6)).doesNotContain(new Dependency("dep", 3, 6));
    }

    @Test
    void anUnquotedDependentIsLeftAlone() {
        // "Ghana sent the minister a letter": two objects and no quotation mark
        List<Dependency> edges = repaired("Ghana NNP 2 nsubj", "sent VBD 0 root", "the DT 4 det", "minister NN 2 iobj", "a DT 6 det",
                "letter NN 4 dep");
        assertThat(edges).contains(new Dependency("iobj", 1, 3), new Dependency("dep", 3, 5));
    }
}
