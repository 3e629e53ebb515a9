package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** Clauses the parser left unlabelled, on parses written for the project (no models needed). */
class UnlabelledClausesTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(UnlabelledClauses::repair);
    }

    @Test
    void theObjectRightBeforeAnUnlabelledClauseIsItsSubject() {
        // "Ghana announced its troops would leave Togo", parsed with "troops" as the object of "announced"
        List<Dependency> edges = repaired("Ghana NNP 2 nsubj", "announced VBD 0 root", "its PRP$ 4 nmod:poss", "troops NNS 2 obj",
                "would MD 6 aux", "leave VB 2 dep", "Togo NNP 6 obj", ". . 2 punct");
        assertThat(edges).contains(new Dependency("nsubj", 5, 3), new Dependency("ccomp", 1, 5));
    }

    @Test
    void aParticipleClauseWithNoAuxiliaryOrAGapIsLeftAlone() {
        // "the police saw the man running away": no auxiliary, no clause of its own
        List<Dependency> running = repaired("police NNS 2 nsubj", "saw VBD 0 root", "man NN 2 obj", "running VBG 2 dep", "away RB 4 advmod");
        assertThat(running).contains(new Dependency("obj", 1, 2), new Dependency("dep", 1, 3));
        // "announced the troops on Monday would leave": the object does not end right before the clause
        List<Dependency> gap = repaired("Ghana NNP 2 nsubj", "announced VBD 0 root", "troops NNS 2 obj", "on IN 5 case", "Monday NNP 2 obl",
                "would MD 7 aux", "leave VB 2 dep");
        assertThat(gap).contains(new Dependency("obj", 1, 2), new Dependency("dep", 1, 6));
        // "challenged Biden to name a judge": "to" is no auxiliary of a clause
        List<Dependency> infinitive = repaired("Trump NNP 2 nsubj", "challenged VBD 0 root", "Biden NNP 2 obj", "to TO 5 aux", "name VB 2 dep",
                "judge NN 5 obj");
        assertThat(infinitive).contains(new Dependency("obj", 1, 2));
        // "pledged funds and Syria is taxing goods": the object is joined to another
        List<Dependency> joined = repaired("Russia NNP 2 nsubj", "pledged VBD 0 root", "funds NNS 2 obj", "and CC 5 cc", "Syria NNP 3 conj",
                "is VBZ 7 aux", "taxing VBG 2 dep", "goods NNS 7 obj");
        assertThat(joined).contains(new Dependency("obj", 1, 2));
    }

    @Test
    void theSubjectOfABareParticipleUnderAVerbWithNoObjectIsThatVerbsObject() {
        // "Ugandan troops shelled positions held by Rwandan soldiers", parsed with "positions" as the subject of "held"
        List<Dependency> edges = repaired("troops NNS 2 nsubj", "shelled VBD 0 root", "positions NNS 4 nsubj", "held VBN 2 dep", "by IN 6 case",
                "soldiers NNS 4 obl");
        assertThat(edges).contains(new Dependency("obj", 1, 2), new Dependency("acl", 2, 3));
        // the verb above has an object already: the participle is left as it is
        List<Dependency> withObject = repaired("troops NNS 2 nsubj", "freed VBD 0 root", "hostages NNS 2 obj", "villagers NNS 5 nsubj",
                "held VBN 2 dep", "by IN 7 case", "rebels NNS 5 obl");
        assertThat(withObject).contains(new Dependency("nsubj", 4, 3), new Dependency("dep", 1, 4));
    }
}
