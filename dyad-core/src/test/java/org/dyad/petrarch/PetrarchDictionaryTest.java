package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.coding.EventPattern;
import org.dyad.coding.PatternBook;
import org.dyad.datafile.Warning;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;

/** Each construct of PETRARCH's dictionary formats, and each kind of defect real files have, on files written for the project. */
class PetrarchDictionaryTest {

    private static final CameoOntology ONTOLOGY = CameoOntology.bundled();
    private static final PetrarchDictionary.Context CONTEXT = new PetrarchDictionary.Context(ActorEntry.Layer.USER,
            Set.of("say", "tell")::contains, c -> ONTOLOGY.find(c).isPresent());

    private static PetrarchDictionary read(String... lines) {
        return PetrarchDictionary.read("test.txt", String.join("\n", lines), CONTEXT);
    }

    private static String code(ActorDictionary d, String name, String date) {
        return ActorDictionary.inForce(d.lookup(name), LocalDate.parse(date)).map(ActorEntry::code).orElse("-");
    }

    private static ActorDictionary actors(PetrarchDictionary d) {
        return ActorDictionary.of(((PetrarchDictionary.Actors) d).actors(), Map.of());
    }

    @Test
    void actorsHaveSynonymsDatedAndDefaultCodesAndNamesThatCodeNothing() {
        PetrarchDictionary file = read(
                "# an invented actors file",
                "<!-- a comment",
                "     over two lines -->",
                "ZELDA_QUARTERMAINE_  [FRAELI]   ; the default, when no dated code holds",
                "+Z._QUARTERMAINE_",
                "\t[FRALEG <100101]",
                "\t[FRAGOV 100101-150630]",
                "CARLOS SANTOS_CRUZ_ [BRAMIL]",
                "OLD_ENVOY_ [USAGOV 19990101-20011231]",
                "GHOST_TOWN_ [---]",
                "NORTHERN_FREEDOM_FRONT [NORREB]",
                "US_ [USA]");
        assertThat(file.kind()).isEqualTo("actors");
        assertThat(file.warnings()).isEmpty();
        assertThat(file.entries()).isEqualTo(6);
        ActorDictionary d = actors(file);
        assertThat(code(d, "Zelda Quartermaine", "2005-01-01")).isEqualTo("FRALEG");
        assertThat(code(d, "Zelda Quartermaine", "2012-01-01")).isEqualTo("FRAGOV");
        assertThat(code(d, "Z. Quartermaine", "2016-01-01")).isEqualTo("FRAELI");
        assertThat(d.lookup("Zelda Quartermaine")).extracting(ActorEntry::kind).containsOnly(ActorEntry.Kind.PERSON);
        assertThat(code(d, "Carlos Santos Cruz", "2016-01-01")).as("words joined by spaces and '_' alike").isEqualTo("BRAMIL");
        assertThat(code(d, "Old Envoy", "2001-12-31")).as("the last day of a range is included").isEqualTo("USAGOV");
        assertThat(code(d, "Old Envoy", "2002-01-01")).isEqualTo("-");
        assertThat(code(d, "Ghost Town", "2016-01-01")).isEqualTo("---");
        assertThat(code(d, "Northern Freedom Fronts", "2016-01-01")).as("a phrase without a final '_' is a stem").isEqualTo("NORREB");
    }

    @Test
    void namesMatchAsWrittenAndAcronymsOnlyInCapitals() {
        ActorDictionary d = actors(read("UNITED_STATES_ [USA]", "+US_", "CARLOS SANTOS_CRUZ_ [BRAMIL]"));
        assertThat(code(d, "United States", "2016-01-01")).isEqualTo("USA");
        assertThat(code(d, "UNITED STATES", "2016-01-01")).isEqualTo("USA");
        assertThat(code(d, "united states", "2016-01-01")).isEqualTo("-");
        assertThat(code(d, "US", "2016-01-01")).isEqualTo("USA");
        assertThat(code(d, "us", "2016-01-01")).isEqualTo("-");
        assertThat(code(d, "Us", "2016-01-01")).isEqualTo("-");
    }

    @Test
    void defectsOfRealActorFilesAreWarningsAndTheRestIsUsed() {
        PetrarchDictionary file = read(
                "+ORPHAN_SYNONYM_",
                "GEORGE_EXAMPLE_",
                "\t[GBRGOV >201005011]",
                "\t[GBRELI 19900101-20100501]",
                "ODD_CODE_ [NGOCHRPRO214]",
                "BAD_CODE_ [12-34]",
                "OPEN_BRACKET_ [USAGOV");
        assertThat(file.warnings()).extracting(Warning::line).containsExactly(1, 3, 6, 7);
        assertThat(file.warnings().get(1).reason()).contains("malformed date '201005011'");
        ActorDictionary d = actors(file);
        assertThat(code(d, "George Example", "2000-01-01")).isEqualTo("GBRELI");
        assertThat(code(d, "Odd Code", "2000-01-01")).as("PETRARCH codes are opaque").isEqualTo("NGOCHRPRO214");
    }

    @Test
    void agentsHaveSubstitutionSetsPluralsStemsAndRoleCodesOnEitherSide() {
        PetrarchDictionary file = read(
                "!PERSON! = MAN, MEN, WOMAN, WOMEN",
                "CONGRESS!PERSON! [~LEG]",
                "POLICEMAN_ {POLICEMEN_} [~COP]",
                "TROOPS_ {} [~MIL]",
                "DEPUTY_ [~GOV]",
                "WITNESS_ [~CVL]",
                "GUARD_ [~MIL]",
                "SOLDIER [~MIL]",
                "HUMAN_RIGHTS_BODY_ [NGO~]",
                "ENVIRONMENT_DEPARTMENT_ [~ENV}",
                "MYSTERY_AGENT_");
        assertThat(file.kind()).isEqualTo("agents");
        assertThat(file.warnings()).extracting(Warning::line).containsExactly(10, 11);
        ActorDictionary d = actors(file);
        for (String word : List.of("congressman", "Congresswomen", "policemen", "troops", "deputies", "witnesses", "guards", "soldiers",
                "human rights body", "environment department")) {
            assertThat(d.lookup(word)).as(word).isNotEmpty();
        }
        assertThat(d.lookup("troopses")).isEmpty();
        assertThat(d.lookup("policemans")).isEmpty();
        assertThat(d.lookup("Congressmen").get(0).actor().role()).isEqualTo("LEG");
        assertThat(d.lookup("human rights body").get(0).actor().role()).isEqualTo("NGO");
    }

    @Test
    void verbGroupsAndTheirPatternsBecomeDyadPatterns() {
        PetrarchDictionary file = read(
                "&CURRENCY",
                "+DOLLAR",
                "+EURO_",
                "&AUXVERB1_",
                "+WAS",
                "+WERE",
                "",
                "--- GRANT [070] ---",
                "GRANT",
                "GIVE {GAVE GIVEN}",
                "+HAND_OVER",
                "- * &CURRENCY TO + [071]",
                "- * WEAPONS TO + [072]",
                "- + &AUXVERB1 * BY $ [070]",
                "- % * AID [070:070]",
                "- * ^ PLAN [---]",
                "- * NOT + [---]",
                "- WILL * + [030]",
                "- BELIEVED RESPONSIBLE FOR * [112]",
                "- * $ + [070]",
                "- * &UNDEFINED [070]",
                "",
                "--- EXPLAIN [010] ---",
                "SAY",
                "EXPLAIN",
                "- * PLAN [0110]",
                "- * PLAN [08x]");
        assertThat(file.kind()).isEqualTo("verbs");
        PetrarchDictionary.Verbs verbs = (PetrarchDictionary.Verbs) file;
        assertThat(verbs.warnings()).extracting(Warning::line).containsExactly(26, 27);
        PatternBook book = PatternBook.builder(ONTOLOGY).addLayer(verbs.patterns()).build();
        assertThat(book.warnings()).isEmpty();
        assertThat(texts(book, "give")).containsExactlyInAnyOrder("070 give", "071 give &currency >to", "072 give =weapons >to",
                "070:070 give =aid %", "--- give =plan");
        assertThat(texts(book, "hand")).contains("070 hand over", "071 hand over &currency >to");
        assertThat(texts(book, "say")).as("a reporting verb alone is attribution").isEmpty();
        assertThat(texts(book, "explain")).containsExactly("010 explain");
        EventPattern money = book.forHead("grant", false).stream().filter(p -> p.text().contains("&currency")).findFirst().orElseThrow();
        assertThat(money.elements().get(0).words().words()).contains("dollar", "dollars", "euro").doesNotContain("euros");
        assertThat(verbs.untranslated()).containsEntry(PatternLine.NEGATION, 1).containsEntry(PatternLine.MODALITY, 1)
                .containsEntry(PatternLine.BEFORE_VERB, 1).containsEntry(PatternLine.BARE_SOURCE, 1).containsEntry(PatternLine.UNDEFINED_SYNSET, 1)
                .containsEntry(VerbFile.REPORTING, 1);
    }

    private static List<String> texts(PatternBook book, String head) {
        return book.forHead(head, false).stream().map(p -> p.codeText() + " " + p.text()).toList();
    }

    @Test
    void discardsNameSentencesAndStories() {
        PetrarchDictionary file = read("ASIAN CUP", "+ACADEMY AWARD_", "BASKETBALL");
        assertThat(file.kind()).isEqualTo("discards");
        var discards = ((PetrarchDictionary.DiscardList) file).discards();
        assertThat(discards.phrases()).extracting(p -> String.join(" ", p.words()) + (p.story() ? " (story)" : "") + (p.stem() ? " (stem)" : ""))
                .containsExactly("asian cup (stem)", "academy award (story)", "basketball (stem)");
    }
}
