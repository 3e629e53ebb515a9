package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A subject left as the root by a relative clause between commas, on parses written for the project. */
class StrandedSubjectsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(StrandedSubjects::repair);
    }

    @Test
    void theConjunctAfterTheClosingCommaIsTheMainVerbOfTheName() {
        // "Mensah, who arrived on Friday and met the envoy, urged calm"
        List<Dependency> edges = repaired("Mensah NNP 0 root", ", , 1 punct", "who WP 4 nsubj", "arrived VBD 1 dep", "on IN 6 case",
                "Friday NNP 4 obl", "and CC 8 cc", "met VBD 4 conj", "the DT 10 det", "envoy NN 8 obj", ", , 4 punct",
                "urged VBD 4 conj", "calm NN 12 obj");
        assertThat(edges).contains(new Dependency("root", -1, 11), new Dependency("nsubj", 11, 0), new Dependency("acl:relcl", 0, 3),
                new Dependency("conj", 3, 7)).doesNotContain(new Dependency("conj", 3, 11));
    }

    @Test
    void anUnlabelledVerbAfterTheClosingCommaAndAnAdverbIsTheMainVerbToo() {
        // "Mensah, who has led the party, later said he met Dussey"
        List<Dependency> edges = repaired("Mensah NNP 0 root", ", , 1 punct", "who WP 5 nsubj", "has VBZ 5 aux", "led|lead VBN 1 acl:relcl",
                "the DT 7 det", "party NN 5 obj", ", , 5 punct", "later RB 10 advmod", "said|say VBD 5 dep", "he PRP 12 nsubj",
                "met|meet VBD 10 ccomp", "Dussey NNP 12 obj");
        assertThat(edges).contains(new Dependency("root", -1, 9), new Dependency("nsubj", 9, 0), new Dependency("acl:relcl", 0, 4));
    }

    @Test
    void aRelativeClauseWithNoVerbAfterItIsLeftAlone() {
        // "Mensah, who arrived on Friday and met the envoy": a caption, with no main verb to find
        List<Dependency> edges = repaired("Mensah NNP 0 root", ", , 1 punct", "who WP 4 nsubj", "arrived VBD 1 dep", "on IN 6 case",
                "Friday NNP 4 obl", "and CC 8 cc", "met VBD 4 conj", "the DT 10 det", "envoy NN 8 obj");
        assertThat(edges).contains(new Dependency("root", -1, 0), new Dependency("dep", 0, 3), new Dependency("conj", 3, 7));
    }
}
