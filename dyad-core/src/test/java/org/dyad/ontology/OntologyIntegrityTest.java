package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.dyad.coding.EventPattern;
import org.dyad.coding.PatternBook;
import org.dyad.datafile.TsvFile;
import org.junit.jupiter.api.Test;

/** The CAMEO table and the event patterns are data a user edits: these checks keep them whole. */
class OntologyIntegrityTest {

    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private final CameoOntology ontology = CameoOntology.bundled();

    @Test
    void everyCodeHasItsParentsAScoreAClassAndAPloverType() {
        assertThat(ontology.all()).hasSizeGreaterThan(280);
        for (CameoCode c : ontology.all()) {
            assertThat(c.code()).as("code").matches("\\d{3,4}");
            assertThat(ontology.find(c.rootCode())).as("root of " + c.code()).isPresent();
            if (c.code().length() == 4) assertThat(ontology.find(c.code().substring(0, 3))).as("parent of " + c.code()).isPresent();
            assertThat(c.goldstein()).as("Goldstein of " + c.code()).isBetween(-10.0, 10.0);
            assertThat(c.quadClass()).as("QuadClass of " + c.code()).isEqualTo(quadClassOfRoot(Integer.parseInt(c.root())));
            assertThat(c.plover()).as("PLOVER type of " + c.code()).isIn(PLOVER);
            assertThat(c.name()).as("name of " + c.code()).isNotBlank();
        }
    }

    @Test
    void allTwentyRootsExist() {
        for (int root = 1; root <= 20; root++) {
            assertThat(ontology.find(String.format("%02d0", root))).as("root %02d", root).isPresent();
        }
    }

    @Test
    void patternsUseKnownCodesAndCoverEveryRoot() {
        PatternBook book = PatternBook.bundled(ontology); // throws on an unknown code
        Set<String> roots = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (EventPattern p : book.all()) {
            if (!p.isNull()) roots.add(p.code().substring(0, 2)); // "---" claims words and codes nothing
            assertThat(seen.add(p.text())).as("pattern written twice: " + p.text() + " at " + p.where()).isTrue();
        }
        for (int root = 1; root <= 20; root++) assertThat(roots).contains(String.format("%02d", root));
    }

    @Test
    void wordListsHaveNoEmptyOrRepeatedEntries() {
        for (String file : new String[] {"coding/reporting-verbs.tsv", "coding/light-verbs.tsv", "coding/sports-words.tsv", "time/schedule-verbs.tsv"}) {
            TsvFile tsv = TsvFile.resource(file);
            Set<String> seen = new HashSet<>();
            for (TsvFile.Row row : tsv.rows()) {
                String w = row.get("lemma");
                assertThat(w).as(row.where()).matches("[a-z]+");
                assertThat(seen.add(w)).as("repeated at " + row.where()).isTrue();
            }
        }
    }

    @Test
    void speechActCodesExistAndBelongToTheirAct() {
        TsvFile table = TsvFile.resource("coding/speech-acts.tsv");
        String[][] acts = {{"appeal", "02"}, {"intent", "03"}, {"demand", "10"}, {"reject", "12"}, {"threat", "13"}};
        for (TsvFile.Row row : table.rows()) {
            assertThat(row.get("content")).as(row.where()).matches("\\d{2,4}");
            for (String[] act : acts) {
                String code = row.get(act[0]);
                if (code.isEmpty()) continue;
                assertThat(ontology.find(code)).as(row.where() + " " + code).isPresent();
                assertThat(code).as(row.where() + " " + act[0]).startsWith(act[1]);
            }
        }
    }

    /** GDELT's convention: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
    private static int quadClassOfRoot(int root) {
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
