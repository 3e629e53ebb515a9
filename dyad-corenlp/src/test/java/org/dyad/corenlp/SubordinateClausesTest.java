package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A clause after "after" that the parser read as a phrase of time, on parses written for the project. */
class SubordinateClausesTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(SubordinateClauses::repair);
    }

    @Test
    void aVerbInATenseAfterThePhraseIsItsClauseAndThePhraseItsSubject() {
        // "Talks began after Chile recalled its envoy"
        List<Dependency> edges = repaired("Talks NNS 2 nsubj", "began VBD 0 root", "after IN 4 case", "Chile NNP 2 obl", "recalled VBD 2 xcomp",
                "its PRP$ 7 nmod:poss", "envoy NN 5 obj");
        assertThat(edges).contains(new Dependency("nsubj", 4, 3), new Dependency("advcl", 1, 4), new Dependency("mark", 4, 2));
    }

    @Test
    void aTrueComplementOrAPhraseOfAnotherPrepositionStays() {
        // "Talks began in Lima to end the war": an infinitive is a complement
        List<Dependency> infinitive = repaired("Talks NNS 2 nsubj", "began VBD 0 root", "in IN 4 case", "Lima NNP 2 obl", "to TO 6 mark",
                "end VB 2 xcomp", "the DT 8 det", "war NN 6 obj");
        assertThat(infinitive).contains(new Dependency("obl", 1, 3), new Dependency("xcomp", 1, 5));
        // "Talks began in Lima ended": "in" is no conjunction
        List<Dependency> in = repaired("Talks NNS 2 nsubj", "began VBD 0 root", "in IN 4 case", "Lima NNP 2 obl", "ended VBD 2 xcomp");
        assertThat(in).contains(new Dependency("obl", 1, 3));
    }
}
