package org.dyad.coding;

import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoOntology;

/**
 * The data tables the event coder reads, loaded once from data/coding/: its grammar words,
 * the factuality cues, the speech-act table, the implied actors, the nouns that refer back to
 * acts, and the light and sports word lists.
 */
record CodingTables(Grammar grammar, Factuality factuality, SpeechActs speechActs, ImpliedActors implied, ReferredActs referred,
                    Set<String> lightVerbs, Set<String> sportsWords) {

    static CodingTables bundled(CameoOntology ontology) {
        Grammar grammar = Grammar.bundled();
        return new CodingTables(grammar, Factuality.bundled(),
                new SpeechActs(TsvFile.resource("coding/speech-acts.tsv"), ontology, grammar), ImpliedActors.bundled(), ReferredActs.bundled(),
                TsvFile.resource("coding/light-verbs.tsv").words("lemma"),
                TsvFile.resource("coding/sports-words.tsv").words("lemma"));
    }
}
