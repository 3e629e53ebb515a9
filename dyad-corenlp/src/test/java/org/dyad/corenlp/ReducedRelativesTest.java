package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Dependency;
import org.junit.jupiter.api.Test;

/** Reduced relatives the parser took for the main verb, on parses written for the project (no models needed). */
class ReducedRelativesTest {

    private static List<Dependency> repaired(String... rows) {
        return WrittenParse.of(rows).repairedBy(ReducedRelatives::repair);
    }

    @Test
    void aVerbHungOnTheNounAfterItTakesTheSubjectAndThatNoun() {
        // "A coalition led by Nigeria bombed rebel positions.", with "bombed" read as an adjective of "positions"
        List<Dependency> edges = repaired("A DT 2 det", "coalition NN 3 nsubj", "led|lead VBN 0 root", "by IN 5 case", "Nigeria NNP 3 obl",
                "bombed|bomb VBD 8 amod", "rebel JJ 8 amod", "positions|position NNS 3 obj", ". . 3 punct");
        assertThat(edges).contains(new Dependency("root", -1, 5), new Dependency("nsubj", 5, 1), new Dependency("acl", 1, 2),
                new Dependency("obj", 5, 7), new Dependency("obl", 2, 4), new Dependency("punct", 5, 8));
    }

    @Test
    void anUnlabelledVerbOrOneHungOnTheAgentIsTheClausesVerb() {
        // "Students led by teachers marched on parliament.", "marched" left unlabelled
        List<Dependency> marched = repaired("Students NNS 2 nsubj", "led|lead VBN 0 root", "by IN 4 case", "teachers NNS 2 obl",
                "marched|march VBD 2 dep", "on IN 7 case", "parliament NN 5 obl");
        assertThat(marched).contains(new Dependency("root", -1, 4), new Dependency("nsubj", 4, 0), new Dependency("acl", 0, 1),
                new Dependency("obl", 4, 6));
        // "Police backed by soldiers arrested traders.", "arrested" read as a clause on "soldiers"
        List<Dependency> arrested = repaired("Police NNS 2 nsubj", "backed|back VBN 0 root", "by IN 4 case", "soldiers NNS 2 obl",
                "arrested|arrest VBN 4 acl", "traders NNS 5 obj");
        assertThat(arrested).contains(new Dependency("root", -1, 4), new Dependency("nsubj", 4, 0), new Dependency("obj", 4, 5));
    }

    @Test
    void aParticipleThatIsTheVerbIsLeftAlone() {
        // "Police backed by soldiers trained in Ghana.": nothing after the agent is a verb of the clause
        List<Dependency> noVerb = List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("case", 3, 2),
                new Dependency("obl", 1, 3), new Dependency("acl", 3, 4), new Dependency("case", 6, 5), new Dependency("obl", 4, 6));
        assertThat(repaired("Police NNS 2 nsubj", "backed|back VBN 0 root", "by IN 4 case", "soldiers NNS 2 obl", "trained|train VBN 4 acl",
                "in IN 7 case", "Ghana NNP 5 obl")).isEqualTo(noVerb);
        // "The plan was backed by Kenya, said officials.": a participle with an auxiliary is a verb; a comma ends the search
        List<Dependency> passive = repaired("plan NN 3 nsubj:pass", "was|be VBD 3 aux:pass", "backed|back VBN 0 root", "by IN 5 case",
                "Kenya NNP 3 obl", ", , 3 punct", "said|say VBD 3 dep", "officials NNS 7 nsubj");
        assertThat(passive).contains(new Dependency("root", -1, 2), new Dependency("dep", 2, 6));
        // "Troops led by generals carrying flags": a gerund is no verb in a tense
        List<Dependency> stranded = repaired("Troops NNS 2 nsubj", "led|lead VBN 0 root", "by IN 4 case", "generals NNS 2 obl",
                "carrying|carry VBG 4 acl", "flags|flag NNS 5 obj");
        assertThat(stranded).contains(new Dependency("root", -1, 1), new Dependency("acl", 3, 4));
        // "Troops led by generals carrying flags marched ...": but it does not end the search
        List<Dependency> marched = repaired("Troops NNS 2 nsubj", "led|lead VBN 0 root", "by IN 4 case", "generals NNS 2 obl",
                "carrying|carry VBG 4 acl", "flags|flag NNS 5 obj", "marched|march VBD 2 dep");
        assertThat(marched).contains(new Dependency("root", -1, 6), new Dependency("nsubj", 6, 0), new Dependency("acl", 3, 4));
    }
}
