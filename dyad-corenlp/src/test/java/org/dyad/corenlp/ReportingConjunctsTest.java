package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A second verb of saying joined to the clause its speaker reported, on parses written for the project. */
class ReportingConjunctsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(ReportingConjuncts::repair);
    }

    @Test
    void aVerbOfSayingJoinedToAReportedStateIsTheSpeakers() {
        // "Accra said the border was calm and urged Lome to reopen it"
        List<Dependency> edges = repaired("Accra NNP 2 nsubj", "said|say VBD 0 root", "the DT 4 det", "border NN 6 nsubj", "was VBD 6 cop",
                "calm JJ 2 ccomp", "and CC 8 cc", "urged|urge VBD 6 conj", "Lome NNP 8 obj", "to TO 11 mark", "reopen VB 8 xcomp", "it PRP 11 obj");
        assertThat(edges).contains(new Dependency("conj", 1, 7)).doesNotContain(new Dependency("conj", 5, 7));
    }

    @Test
    void aVerbOfSayingInTheReportedClausesOwnTenseStays() {
        // "Accra said Lome closed the border and warned traders": Lome warned
        List<Dependency> edges = repaired("Accra NNP 2 nsubj", "said|say VBD 0 root", "Lome NNP 4 nsubj", "closed VBD 2 ccomp", "the DT 6 det",
                "border NN 4 obj", "and CC 8 cc", "warned|warn VBD 4 conj", "traders NNS 8 obj");
        assertThat(edges).contains(new Dependency("conj", 3, 7));
    }

    @Test
    void aClauseToldBeforeItsReportingVerbKeepsItsVerbsOfSaying() {
        // "Mensah was alarmed and urged calm, his aide said": Mensah urged
        List<Dependency> edges = repaired("Mensah NNP 3 nsubj", "was VBD 3 cop", "alarmed JJ 10 ccomp", "and CC 5 cc", "urged|urge VBD 3 conj",
                "calm NN 5 obj", ", , 10 punct", "his PRP$ 9 nmod:poss", "aide NN 10 nsubj", "said|say VBD 0 root");
        assertThat(edges).contains(new Dependency("conj", 2, 4));
    }

    @Test
    void otherVerbsJoinedToAReportedStateStay() {
        // "Accra said the border was calm and reopened"
        List<Dependency> edges = repaired("Accra NNP 2 nsubj", "said|say VBD 0 root", "the DT 4 det", "border NN 6 nsubj", "was VBD 6 cop",
                "calm JJ 2 ccomp", "and CC 8 cc", "reopened VBD 6 conj");
        assertThat(edges).contains(new Dependency("conj", 5, 7));
    }
}
