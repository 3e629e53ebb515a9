package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A clause of denial after a charge, on parses written for the project. */
class DeniedClaimsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(DeniedClaims::repair);
    }

    @Test
    void aVerbOfDenialWithNoObjectAfterANounIsARelativeClauseOnIt() {
        // "..., a charge Lima denies": lemmas as words
        List<Dependency> denies = repaired("a DT 2 det", "charge NN 0 root", "Lima NNP 4 nsubj", "deny VBZ 2 dep");
        assertThat(denies).contains(new Dependency("acl:relcl", 1, 3));
        // "claims that Lima has rejected"
        List<Dependency> rejected = repaired("claims NNS 0 root", "that IN 5 mark", "Lima NNP 5 nsubj", "has VBZ 5 aux", "reject VBN 1 ccomp");
        assertThat(rejected).contains(new Dependency("acl:relcl", 0, 4));
    }

    @Test
    void theContentOfAClaimStays() {
        // "claims that Lima rejected the offer": the clause has an object of its own
        List<Dependency> content = repaired("claims NNS 0 root", "that IN 4 mark", "Lima NNP 4 nsubj", "reject VBD 1 ccomp", "the DT 6 det", "offer NN 4 obj");
        assertThat(content).contains(new Dependency("ccomp", 0, 3));
        // "claims that Lima attacked": no verb of denial
        List<Dependency> attacked = repaired("claims NNS 0 root", "that IN 4 mark", "Lima NNP 4 nsubj", "attack VBD 1 ccomp");
        assertThat(attacked).contains(new Dependency("ccomp", 0, 3));
    }
}
