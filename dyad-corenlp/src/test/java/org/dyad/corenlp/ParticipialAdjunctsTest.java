package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** A participle clause after a comma, which the parser hung on a noun, on parses written for the project. */
class ParticipialAdjunctsTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(ParticipialAdjuncts::repair);
    }

    @Test
    void aParticipleOnTheObjectBeforeACommaIsAnAdjunctOfTheVerb() {
        // "Chile expelled the envoy, accusing Lima of spying"
        List<Dependency> edges = repaired("Chile NNP 2 nsubj", "expelled VBD 0 root", "the DT 4 det", "envoy NN 2 obj", ", , 4 punct",
                "accusing VBG 4 acl", "Lima NNP 6 obj", "of IN 9 mark", "spying VBG 7 acl");
        assertThat(edges).contains(new Dependency("advcl", 1, 5), new Dependency("advcl", 5, 8)).doesNotContain(new Dependency("acl", 3, 5));
    }

    @Test
    void aParticipleReadAsAnAdjectiveOfTheNounAfterItTakesThatNounAsObject() {
        // "Chile recalled its envoy, accusing Peru of spying": "accusing" an adjective of "Peru", "Peru" beside the verb
        List<Dependency> edges = repaired("Chile NNP 2 nsubj", "recalled VBD 0 root", "its PRP$ 4 nmod:poss", "envoy NN 2 obj", ", , 2 punct",
                "accusing VBG 7 amod", "Peru NNP 2 appos", "of IN 9 mark", "spying VBG 7 acl");
        assertThat(edges).contains(new Dependency("advcl", 1, 5), new Dependency("obj", 5, 6), new Dependency("advcl", 5, 8));
    }

    @Test
    void aParticipleOpeningTheSentenceIsAnAdjunctOfTheVerbAndTheAppositiveItsSubject() {
        // "Accusing Peru of spying, Chile recalled its envoy": "Accusing" an adjective of "Peru", made the subject
        List<Dependency> edges = repaired("Accusing VBG 2 amod", "Peru NNP 7 nsubj", "of IN 4 case", "spying NN 2 nmod", ", , 2 punct",
                "Chile NNP 2 appos", "recalled VBD 0 root", "its PRP$ 9 nmod:poss", "envoy NN 7 obj");
        assertThat(edges).contains(new Dependency("advcl", 6, 0), new Dependency("obj", 0, 1), new Dependency("nsubj", 6, 5))
                .doesNotContain(new Dependency("nsubj", 6, 1));
    }

    @Test
    void prepositionsAndParticiplesWithNoClauseOfTheirOwnStay() {
        // "Police arrested six men, including a reporter"
        List<Dependency> including = repaired("Police NNS 2 nsubj", "arrested VBD 0 root", "six CD 4 nummod", "men NNS 2 obj", ", , 4 punct",
                "including VBG 8 case", "a DT 8 det", "reporter NN 4 nmod");
        assertThat(including).contains(new Dependency("case", 7, 5));
        // "Police freed the men, smiling": no object or complement, an adjective-like participle
        List<Dependency> smiling = repaired("Police NNS 2 nsubj", "freed VBD 0 root", "the DT 4 det", "men NNS 2 obj", ", , 4 punct", "smiling VBG 4 acl");
        assertThat(smiling).contains(new Dependency("acl", 3, 5));
        // "Police thanked the officers searching the river": no comma, a reduced relative
        List<Dependency> relative = repaired("Police NNS 2 nsubj", "thanked VBD 0 root", "the DT 4 det", "officers NNS 2 obj", "searching VBG 4 acl",
                "the DT 7 det", "river NN 5 obj");
        assertThat(relative).contains(new Dependency("acl", 3, 4));
    }
}
