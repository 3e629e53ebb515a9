package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Conll;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** The doer an act implies when the text names none, on hand-built sentences. */
class ImpliedActorsTest {

    private static final ImpliedActors BUNDLED = ImpliedActors.bundled();

    /** "A car bomb / Heavy rain killed ten civilians": token 3 is the verb, token 5 its object. */
    private static Sentence killed(String subject) {
        return Conll.sentence("""
                1 A a DT 3 det
                2 %s %s NN 3 nsubj
                3 killed kill VBD 0 root
                4 ten ten CD 5 nummod
                5 civilians civilian NNS 3 obj
                6 . . . 3 punct
                """.formatted(subject, subject));
    }

    private static Mention victims() {
        return new Mention(0, 4, 4, 0, 1, "civilians", new Actor("SOMCVL", "civilians", ActorCodes.country("SOMCVL"), ActorCodes.role("SOMCVL")),
                Mention.Type.AGENT, "test");
    }

    /** "A hospital was bombed": token 3 is the passive verb. */
    private static final Sentence BOMBED = Conll.sentence("""
            1 A a DT 2 det
            2 hospital hospital NN 4 nsubj:pass
            3 was be VBD 4 aux:pass
            4 bombed bomb VBN 0 root
            5 . . . 4 punct
            """);

    private static String source(Sentence s, Mention target) {
        return source(s, 2, "kill", "190", target);
    }

    private static String source(Sentence s, int predicate, String lemma, String code, Mention target) {
        EventPattern p = PatternSyntax.parse(code, lemma, 0, "test:1", WordClasses.bundled()::get).get(0);
        Mention m = BUNDLED.source(s, new PredicateMatch(predicate, p, -1, -1, Set.of()), code, target, "SOM", Grammar.bundled());
        return m == null ? "-" : m.actor().code();
    }

    @Test
    void aWeaponThatStruckSomeoneNamedImpliesAnUnalignedAttacker() {
        assertThat(source(killed("bomb"), victims())).isEqualTo("SOMUAF");
    }

    @Test
    void aWeaponThatStruckNoOneNamedImpliesNoOne() {
        assertThat(source(killed("bomb"), null)).isEqualTo("-");
    }

    @Test
    void aSubjectThatIsNoWeaponImpliesNoOne() {
        assertThat(source(killed("rain"), victims())).isEqualTo("-");
        // a word that implies a doer as the act itself ("was charged": a court) is no weapon as a subject
        assertThat(source(killed("charge"), victims())).isEqualTo("-");
    }

    @Test
    void aWeaponWordAsTheActItselfImpliesNoAttacker() {
        // "a hospital was bombed" names no doer, and an air raid is not given to unaligned attackers
        assertThat(source(BOMBED, 3, "bomb", "195", null)).isEqualTo("-");
    }

    @Test
    void aSecondRowForTheSameWordAndSlotIsAnError() throws IOException {
        String table = "when\tis\tslot\trole\nlemma\tjail\tsource\tJUD\nlemma\tjail\tsource\tGOV\n";
        TsvFile file = TsvFile.read("implied-test.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new ImpliedActors(file))
                .hasMessageContaining("implied-test.tsv").hasMessageContaining("second row for lemma jail source");
    }
}
