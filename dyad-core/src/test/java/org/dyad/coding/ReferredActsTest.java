package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Conll;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** A definite noun naming an earlier act gives a draft with no target the act's doers, on hand-built sentences. */
class ReferredActsTest {

    private static final ReferredActs BUNDLED = ReferredActs.bundled();

    /** "Russia dismissed the/an accusation": token 2 is the predicate, token 4 its object. */
    private static Sentence dismissed(String determiner) {
        return dismissed(0, determiner);
    }

    private static Sentence dismissed(int sentence, String determiner) {
        return Conll.sentence(sentence, """
                1 Russia Russia NNP 2 nsubj
                2 dismissed dismiss VBD 0 root
                3 %s %s DT 4 det
                4 accusation accusation NN 2 obj
                5 . . . 2 punct
                """.formatted(determiner, determiner.toLowerCase()));
    }

    private static Mention actor(String code) {
        return new Mention(0, 0, 0, 0, 1, code, new Actor(code, code, ActorCodes.country(code), ActorCodes.role(code)), Mention.Type.COUNTRY, "test");
    }

    /** Acts coded before the predicate (token index 1), in the same sentence. */
    private static List<ReferredActs.Act> before(String root, String... doers) {
        return java.util.Arrays.stream(doers).map(d -> new ReferredActs.Act(0, 0, root, actor(d), null)).toList();
    }

    private static List<String> targets(Sentence s, String code, List<ReferredActs.Act> earlier) {
        Draft d = new Draft(1, actor("RUS"), null, code, "dismiss", false);
        return BUNDLED.resolve(s, d, earlier).stream().map(r -> r.target() == null ? "-" : r.target().actor().code()).toList();
    }

    @Test
    void theDoersOfTheActReferredToAreTheTargets() {
        assertThat(targets(dismissed("the"), "016", before("11", "DEU", "FRA"))).containsExactly("DEU", "FRA");
    }

    @Test
    void whatAnActIsAgainstMayReferBackToo() {
        Sentence protested = Conll.sentence("""
                1 Russia Russia NNP 2 nsubj
                2 protested protest VBD 0 root
                3 against against IN 5 case
                4 the the DT 5 det
                5 accusation accusation NN 2 obl
                6 . . . 2 punct
                """);
        assertThat(targets(protested, "140", before("11", "DEU"))).containsExactly("DEU");
    }

    @Test
    void anActSeveralSentencesBackMayStillBeReferredTo() {
        // a reaction often comes after paragraphs of background: "Britain launched strikes ... [five sentences] Russia condemned the strikes"
        List<ReferredActs.Act> first = List.of(new ReferredActs.Act(0, 0, "11", actor("DEU"), null));
        assertThat(targets(dismissed(6, "the"), "016", first)).containsExactly("DEU");
        assertThat(targets(dismissed(12, "the"), "016", first)).containsExactly("-");
    }

    @Test
    void anAppealToStopFightingIsAddressedToTheSidesOfTheLastFight() {
        // "Ghanaian troops clashed with Togolese rebels. ... The AU called for a ceasefire."
        Sentence called = Conll.sentence(2, """
                1 AU AU NNP 2 nsubj
                2 called call VBD 0 root
                3 for for IN 5 case
                4 a a DT 5 det
                5 ceasefire ceasefire NN 2 obl
                6 . . . 2 punct
                """);
        List<ReferredActs.Act> fight = List.of(new ReferredActs.Act(0, 2, "190", actor("GHAMIL"), actor("TGOREB")));
        assertThat(targets(called, "0256", fight)).containsExactly("GHAMIL", "TGOREB");
        // the appealing state is not its own addressee; other appeals, and acts that are no fighting, give no addressee
        Draft own = new Draft(1, actor("GHAGOV"), null, "0256", "call >for + ceasefire", false);
        assertThat(BUNDLED.resolve(called, own, fight)).extracting(r -> r.target().actor().code()).containsExactly("TGOREB");
        assertThat(targets(called, "026", fight)).containsExactly("-");
        // one side's force on unarmed people is no fighting
        assertThat(targets(called, "0256", List.of(new ReferredActs.Act(0, 2, "190", actor("GHAMIL"), actor("TGOCVL"))))).containsExactly("-");
        assertThat(targets(called, "0256", List.of(new ReferredActs.Act(0, 2, "111", actor("GHAMIL"), actor("TGOREB"))))).containsExactly("-");
    }

    @Test
    void anIndefiniteNounReferstoNoEarlierAct() {
        assertThat(targets(dismissed("an"), "016", before("11", "DEU"))).containsExactly("-");
    }

    @Test
    void onlyActsOfTheNounsKindByAnotherCountryCount() {
        assertThat(targets(dismissed("the"), "016", before("19", "DEU"))).containsExactly("-");
        assertThat(targets(dismissed("the"), "016", before("11", "RUSGOV"))).containsExactly("-");
        // an object of the act's own kind is the act itself ("carried out the airstrike")
        assertThat(targets(dismissed("the"), "112", before("11", "DEU"))).containsExactly("-");
    }

    @Test
    void aRowWithoutACameoRootIsRefusedWithItsLine() {
        assertThatThrownBy(() -> new ReferredActs(TsvFile.read("bad.tsv",
                new ByteArrayInputStream("noun\troots\naccusation\t11;99\n".getBytes(StandardCharsets.UTF_8))), Grammar.bundled()))
                .isInstanceOf(DataFileException.class).hasMessageContaining("bad.tsv").hasMessageContaining("99");
    }
}
