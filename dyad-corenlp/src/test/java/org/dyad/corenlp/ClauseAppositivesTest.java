package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A noun set beside a clause, which the parser took for a second object, on parses written for the project. */
class ClauseAppositivesTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(ClauseAppositives::repair);
    }

    @Test
    void aSecondObjectAfterACommaIsAnAppositiveOfTheClause() {
        // "Ghana expelled the envoy on Monday, a move that angered Togo"
        List<Dependency> edges = repaired("Ghana NNP 2 nsubj", "expelled VBD 0 root", "the DT 4 det", "envoy NN 2 obj", "on IN 6 case",
                "Monday NNP 2 obl", ", , 2 punct", "a DT 9 det", "move NN 2 obj", "that WDT 11 nsubj", "angered VBD 9 acl:relcl", "Togo NNP 11 obj");
        assertThat(edges).contains(new Dependency("obj", 1, 3), new Dependency("appos", 1, 8)).doesNotContain(new Dependency("obj", 1, 8));
    }

    @Test
    void oneObjectOrTwoWithNoCommaAreLeftAlone() {
        // "Ghana gave Togo a warning": two objects, no comma
        List<Dependency> two = repaired("Ghana NNP 2 nsubj", "gave VBD 0 root", "Togo NNP 2 obj", "a DT 5 det", "warning NN 2 obj");
        assertThat(two).contains(new Dependency("obj", 1, 2), new Dependency("obj", 1, 4));
        // "Ghana, a neighbour, expelled the envoy": the comma is before the only object's clause, not after an object
        List<Dependency> one = repaired("Ghana NNP 5 nsubj", ", , 1 punct", "a DT 4 det", "neighbour NN 1 appos", "expelled VBD 0 root",
                "the DT 7 det", "envoy NN 5 obj");
        assertThat(one).contains(new Dependency("obj", 4, 6));
    }
}
