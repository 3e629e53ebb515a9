package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A finite verb joined to an infinitive in the clause before it, on parses written for the project. */
class FiniteConjunctsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(FiniteConjuncts::repair);
    }

    @Test
    void aVerbInThePastIsJoinedToTheVerbInThePastAboveTheInfinitive() {
        // "Lima said it was ready to send aid and urged Quito to accept"
        List<Dependency> edges = repaired("Lima NNP 2 nsubj", "said VBD 0 root", "it PRP 5 nsubj", "was VBD 5 cop", "ready JJ 2 ccomp",
                "to TO 7 mark", "send VB 5 xcomp", "aid NN 7 obj", "and CC 10 cc", "urged VBD 7 conj", "Quito NNP 10 obj",
                "to TO 13 mark", "accept VB 10 xcomp");
        assertThat(edges).contains(new Dependency("conj", 1, 9)).doesNotContain(new Dependency("conj", 6, 9));
    }

    @Test
    void likeFormsAndClausesWithTheirOwnSubjectStay() {
        // "Lima agreed to send aid and train police": two infinitives
        List<Dependency> infinitives = repaired("Lima NNP 2 nsubj", "agreed VBD 0 root", "to TO 4 mark", "send VB 2 xcomp", "aid NN 4 obj",
                "and CC 7 cc", "train VB 4 conj", "police NNS 7 obj");
        assertThat(infinitives).contains(new Dependency("conj", 3, 6));
        // "Lima agreed to send aid and Quito thanked it": the second clause has a subject of its own
        List<Dependency> subject = repaired("Lima NNP 2 nsubj", "agreed VBD 0 root", "to TO 4 mark", "send VB 2 xcomp", "aid NN 4 obj",
                "and CC 8 cc", "Quito NNP 8 nsubj", "thanked VBD 4 conj", "it PRP 8 obj");
        assertThat(subject).contains(new Dependency("conj", 3, 7));
    }
}
