package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The coding rules, one hand-parsed sentence each, without CoreNLP or the bundled patterns. */
class EventCoderTest {

    private static final String PATTERNS = """
            112\taccuse
            190\tstrike
            040\tmeet
            0841\trelease prisoner
            072\tsend troops >to
            163\timpose sanction >on
            173\tarrest
            057\tsign agreement
            194:194\texchange fire %
            0233\toffer troops >to
            085\tlift embargo >on
            """;

    private static final EventCoder.Options KEEP_UNDIRECTED = new EventCoder.Options(false, false, true);

    @Test
    void subjectAndObjectAreSourceAndTarget() {
        Scene s = Scene.of("""
                1 France France NNP 2 nsubj
                2 accused accuse VBD 0 root
                3 Spain Spain NNP 2 obj
                4 . . . 2 punct
                """).actor(1, "FRA").actor(3, "ESP");
        assertThat(s.events(PATTERNS)).containsExactly("FRA 112 ESP");
    }

    @Test
    void anActOnlyConsideredIsNotCoded() {
        Scene s = Scene.of("""
                1 Israel Israel NNP 3 nsubj
                2 is be VBZ 3 aux
                3 considering consider VBG 0 root
                4 striking strike VBG 3 acl
                5 Iran Iran NNP 4 obj
                6 . . . 3 punct
                """).actor(1, "ISR").actor(5, "IRN");
        assertThat(s.events(PATTERNS)).isEmpty();
    }

    @Test
    void anActRefusedIsNotCoded() {
        Scene s = Scene.of("""
                1 Egypt Egypt NNP 2 nsubj
                2 refused refuse VBD 0 root
                3 to to TO 4 mark
                4 release release VB 2 xcomp
                5 the the DT 6 det
                6 prisoners prisoner NNS 4 obj
                7 . . . 2 punct
                """).actor(1, "EGY");
        assertThat(s.events(PATTERNS)).isEmpty();
    }

    @Test
    void aPlannedActIsItsSourcesIntent() {
        Scene s = Scene.of("""
                1 Turkey Turkey NNP 2 nsubj
                2 plans plan VBZ 0 root
                3 to to TO 4 mark
                4 send send VB 2 xcomp
                5 troops troops NNS 4 obj
                6 to to IN 7 case
                7 Libya Libya NNP 4 obl
                8 . . . 2 punct
                """).actor(1, "TUR").actor(7, "LBY");
        assertThat(s.events(PATTERNS)).containsExactly("TUR 0332 LBY");
    }

    @Test
    void aNegatedActIsDroppedUnlessAskedFor() {
        Scene s = Scene.of("""
                1 Jordan Jordan NNP 4 nsubj
                2 did do VBD 4 aux
                3 not not RB 4 advmod
                4 meet meet VB 0 root
                5 Syria Syria NNP 4 obj
                6 . . . 4 punct
                """).actor(1, "JOR").actor(5, "SYR");
        assertThat(s.events(PATTERNS)).isEmpty();
        assertThat(s.events(PATTERNS, new EventCoder.Options(true, false, false))).containsExactly("JOR 040 SYR negated");
    }

    @Test
    void aPossibleActIsNotCodedButAReportedOneIs() {
        Scene could = Scene.of("""
                1 Russia Russia NNP 3 nsubj
                2 could could MD 3 aux
                3 impose impose VB 0 root
                4 sanctions sanction NNS 3 obj
                5 on on IN 6 case
                6 Ukraine Ukraine NNP 3 obl
                7 . . . 3 punct
                """).actor(1, "RUS").actor(6, "UKR");
        assertThat(could.events(PATTERNS)).isEmpty();
        Scene reportedly = Scene.of("""
                1 Germany Germany NNP 3 nsubj
                2 reportedly reportedly RB 3 advmod
                3 arrested arrest VBD 0 root
                4 two two CD 6 nummod
                5 Iranian Iranian JJ 6 amod
                6 diplomats diplomat NNS 3 obj
                7 . . . 3 punct
                """).actor(1, "DEU").actor(5, 6, "IRNGOV");
        assertThat(reportedly.events(PATTERNS)).containsExactly("DEU 173 IRNGOV");
    }

    @Test
    void partiesToAnAgreementActTowardEachOther() {
        Scene s = Scene.of("""
                1 Israel Israel NNP 4 nsubj
                2 and and CC 3 cc
                3 Egypt Egypt NNP 1 conj
                4 signed sign VBD 0 root
                5 an a DT 6 det
                6 agreement agreement NN 4 obj
                7 . . . 4 punct
                """).actor(1, "ISR").actor(3, "EGY");
        assertThat(s.events(PATTERNS)).containsExactly("ISR 057 EGY", "EGY 057 ISR");
    }

    @Test
    void aCompoundMarkedReciprocalCodesBothDirections() {
        Scene s = Scene.of("""
                1 India India NNP 4 nsubj
                2 and and CC 3 cc
                3 Pakistan Pakistan NNP 1 conj
                4 exchanged exchange VBD 0 root
                5 fire fire NN 4 obj
                6 . . . 4 punct
                """).actor(1, "IND").actor(3, "PAK");
        assertThat(s.events(PATTERNS)).containsExactly("IND 194 PAK", "PAK 194 IND");
    }

    @Test
    void theTargetOfAnActAgreedToIsFoundInsideItsObject() {
        Scene s = Scene.of("""
                1 Spain Spain NNP 2 nsubj
                2 agreed agree VBD 0 root
                3 to to TO 4 mark
                4 lift lift VB 2 xcomp
                5 the the DT 6 det
                6 embargo embargo NN 4 obj
                7 on on IN 8 case
                8 Cuba Cuba NNP 6 nmod
                9 . . . 2 punct
                """).actor(1, "ESP").actor(8, "CUB");
        assertThat(s.events(PATTERNS)).containsExactly("ESP 085 CUB");
    }

    @Test
    void aRecipientOfThingsGivenIsTheTarget() {
        Scene s = Scene.of("""
                1 Italy Italy NNP 2 nsubj
                2 offered offer VBD 0 root
                3 its its PRP$ 4 nmod:poss
                4 troops troops NNS 2 obj
                5 to to IN 8 case
                6 Lebanon Lebanon NNP 8 nmod:poss
                7 's 's POS 6 case
                8 president president NN 2 obl
                9 . . . 2 punct
                """).actor(1, "ITA").actor(6, 8, "LBNGOV");
        assertThat(s.events(PATTERNS)).containsExactly("ITA 0233 LBNGOV");
    }

    @Test
    void aPatternCodedNoEventOrAnExclusionKeepsAWordFromCoding() {
        Scene s = Scene.of("""
                1 Prisoners prisoner NNS 4 nsubj
                2 in in IN 3 case
                3 Iran Iran NNP 1 nmod
                4 began begin VBD 0 root
                5 a a DT 7 det
                6 hunger hunger NN 7 compound
                7 strike strike NN 4 obj
                8 . . . 4 punct
                """).actor(1, 3, "IRNCVL");
        assertThat(s.events("190\tn:strike\n", KEEP_UNDIRECTED)).containsExactly("IRNCVL 190 -"); // "begin" carries out the noun's act
        assertThat(s.events("190\tn:strike\n---\tn:strike hunger@compound\n")).isEmpty();
        assertThat(s.events("190\tn:strike !hunger@compound\n")).isEmpty();
    }

    @Test
    void anActThatNeedsATargetAndHasNoneIsNoDyad() {
        Scene accused = Scene.of("""
                1 France France NNP 2 nsubj
                2 accused accuse VBD 0 root
                3 the the DT 4 det
                4 company company NN 2 obj
                5 . . . 2 punct
                """).actor(1, "FRA");
        assertThat(accused.events(PATTERNS)).isEmpty();
        assertThat(accused.events(PATTERNS, KEEP_UNDIRECTED)).containsExactly("FRA 112 -");
        // an appeal may be made to no one
        Scene appealed = Scene.of("""
                1 France France NNP 2 nsubj
                2 appealed appeal VBD 0 root
                3 for for IN 4 case
                4 calm calm NN 2 obl
                5 . . . 2 punct
                """).actor(1, "FRA");
        assertThat(appealed.events("020\tappeal\n")).containsExactly("FRA 020 -");
    }

    @Test
    void aFrontedTimeTheParserTookForTheSubjectYieldsTheSubjectHungOnIt() {
        // "This Thursday the commission also criticized Egypt", parsed with "Thursday" as the subject
        Scene s = Scene.of("""
                1 This this DT 2 det
                2 Thursday Thursday NNP 5 nsubj
                3 the the DT 4 det
                4 commission commission NN 2 dep
                5 criticized criticize VBD 0 root
                6 Egypt Egypt NNP 5 obj
                7 . . . 5 punct
                """).actor(4, "ISRGOV").actor(6, "EGY");
        assertThat(s.events("111\tcriticize\n")).containsExactly("ISRGOV 111 EGY");
    }

    @Test
    void aNameTheParserJoinedToTheDayBeforeItIsTheSubject() {
        // "Later on Tuesday Mitsotakis met with Trump", parsed with the name as a time hung on "Later"
        Scene s = Scene.of("""
                1 Later later RB 5 advmod
                2 on on IN 4 case
                3 Tuesday Tuesday NNP 4 compound
                4 Mitsotakis Mitsotakis NNP 1 obl
                5 met meet VBD 0 root
                6 with with IN 7 case
                7 Trump Trump NNP 5 obl
                8 . . . 5 punct
                """).actor(4, "GRCGOV").actor(7, "USAGOV");
        assertThat(s.events("040\tmeet >with\n")).containsExactly("GRCGOV 040 USAGOV");
    }
}
