package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** What a free relative of a naming verb names, on parses written for the project. */
class FreeRelativesTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(FreeRelatives::repair);
    }

    @Test
    void whatANamingClauseNamesIsTheObjectOfTheVerb() {
        // "Chile denounced what it called Peru's provocation": lemmas as words, as the parser's lemmatizer gives them
        List<Dependency> called = repaired("Chile NNP 2 nsubj", "denounced VBD 0 root", "what WP 5 obj", "it PRP 5 nsubj", "call VBD 2 ccomp",
                "Peru NNP 8 nmod:poss", "'s POS 6 case", "provocation NN 5 obj");
        assertThat(called).contains(new Dependency("obj", 1, 7), new Dependency("acl:relcl", 7, 4), new Dependency("obj", 4, 2));
        // "Chile rejected what it described as Peru's claims"
        List<Dependency> described = repaired("Chile NNP 2 nsubj", "rejected VBD 0 root", "what WP 5 obj", "it PRP 5 nsubj", "describe VBD 2 ccomp",
                "as IN 9 case", "Peru NNP 9 nmod:poss", "'s POS 7 case", "claims NNS 5 obl");
        assertThat(described).contains(new Dependency("obj", 1, 8), new Dependency("acl:relcl", 8, 4));
    }

    @Test
    void anotherComplementStays() {
        // "Chile said what it wanted": no naming verb
        List<Dependency> wanted = repaired("Chile NNP 2 nsubj", "said VBD 0 root", "what WP 5 obj", "it PRP 5 nsubj", "want VBD 2 ccomp");
        assertThat(wanted).contains(new Dependency("ccomp", 1, 4));
        // "Chile said it called Peru a friend": no "what"
        List<Dependency> friend = repaired("Chile NNP 2 nsubj", "said VBD 0 root", "it PRP 4 nsubj", "call VBD 2 ccomp", "Peru NNP 4 obj",
                "a DT 7 det", "friend NN 4 xcomp");
        assertThat(friend).contains(new Dependency("ccomp", 1, 3), new Dependency("obj", 3, 4));
    }
}
