package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A reported clause without "that" that the parser turned inside out, on parses written for the project. */
class BareComplementsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(BareComplements::repair);
    }

    @Test
    void theVerbOfSayingGovernsTheClauseAndItsObjectBecomesTheSubject() {
        // "On Monday, Accra announced its troops would leave Lome."
        List<Dependency> edges = repaired("On IN 2 case", "Monday NNP 9 obl", ", , 9 punct", "Accra NNP 5 nsubj", "announced|announce VBD 9 csubj",
                "its PRP$ 7 nmod:poss", "troops NNS 5 obj", "would MD 9 aux", "leave VB 0 root", "Lome NNP 9 obj", ". . 9 punct");
        assertThat(edges).contains(new Dependency("root", -1, 4), new Dependency("ccomp", 4, 8), new Dependency("nsubj", 8, 6),
                new Dependency("obl", 4, 1), new Dependency("punct", 4, 10), new Dependency("obj", 8, 9), new Dependency("aux", 8, 7));
    }

    @Test
    void aPassiveClauseGetsAPassiveSubject() {
        // "Accra warned the border could be closed."
        List<Dependency> edges = repaired("Accra NNP 2 nsubj", "warned|warn VBD 7 csubj:pass", "the DT 4 det", "border NN 2 obj", "could MD 7 aux",
                "be VB 7 aux:pass", "closed|close VBN 0 root", ". . 7 punct");
        assertThat(edges).contains(new Dependency("root", -1, 1), new Dependency("ccomp", 1, 6), new Dependency("nsubj:pass", 6, 3));
    }

    @Test
    void otherClausalSubjectsStay() {
        // "Visiting Lome pleased Accra." and a verb of saying without a tense: "Just don't tell anyone is a proverb."
        assertThat(repaired("Visiting|visit VBG 3 csubj", "Lome NNP 1 obj", "pleased|please VBD 0 root", "Accra NNP 3 obj"))
                .contains(new Dependency("csubj", 2, 0));
        assertThat(repaired("Just RB 4 advmod", "do VBP 4 aux", "n't RB 4 advmod", "tell VB 8 csubj", "anyone NN 4 obj", "is VBZ 8 cop",
                "a DT 8 det", "proverb NN 0 root")).contains(new Dependency("csubj", 7, 3), new Dependency("root", -1, 7));
    }
}
