package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nouns the tagger took for verbs, on tagged sentences written for the project (no models needed). */
class NounsTaggedAsVerbsTest {

    /** "word/TAG word/TAG ...", retagged; returns the tags and, for nouns, the lemma. */
    private static List<String> retag(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            CoreLabel l = new CoreLabel();
            int cut = wt.lastIndexOf('/');
            l.setWord(wt.substring(0, cut));
            l.setValue(wt.substring(0, cut));
            l.setTag(wt.substring(cut + 1));
            l.setLemma(wt.substring(0, cut).replaceAll("ing$", ""));
            tokens.add(l);
        }
        NounsTaggedAsVerbs.retag(tokens);
        return tokens.stream().map(l -> l.tag().startsWith("NN") ? l.tag() + ":" + l.lemma() : l.tag()).toList();
    }

    @Test
    void aGerundAfterAnArticleWithNoObjectIsANoun() {
        assertThat(retag("A/DT mass/NN stabbing/VBG killed/VBD three/CD people/NNS ./.")).contains("NN:stabbing");
        assertThat(retag("They/PRP condemned/VBD the/DT shooting/VBG of/IN two/CD protesters/NNS ./.")).contains("NN:shooting");
        assertThat(retag("After/IN the/DT brutal/JJ killing/VBG ,/, police/NNS arrived/VBD ./.")).contains("NN:killing");
    }

    @Test
    void aGerundWithAnObjectOrAfterTheNounItModifiesStaysAVerb() {
        // "the attacker aiming at him": a participle on a noun
        assertThat(retag("Police/NNS surrounded/VBD the/DT attacker/NN aiming/VBG at/IN them/PRP ./.")).contains("VBG");
        // "a man killing three people": the gerund takes an object
        assertThat(retag("They/PRP saw/VBD a/DT man/NN killing/VBG three/CD people/NNS ./.")).contains("VBG");
        // no article: "stabbing" is the verb of the clause
        assertThat(retag("He/PRP was/VBD stabbing/VBG wildly/RB ./.")).contains("VBG");
    }

    @Test
    void aBaseFormInsideANounPhraseIsANoun() {
        assertThat(retag("A/DT US/NNP drone/VB strike/NN killed/VBD five/CD militants/NNS ./.")).contains("NN:drone");
        assertThat(retag("The/DT US/NNP drone/VBP strikes/NNS continued/VBD ./.")).contains("NN:drone");
    }

    @Test
    void aBaseFormAfterAPluralOrWithNoNounAfterItStaysAVerb() {
        // "the protesters fire": a plural subject agrees with the verb
        assertThat(retag("The/DT protesters/NNS fire/VBP rockets/NNS ./.")).doesNotContain("NN:fire");
        // "the government agree": after "the" a common noun may be a collective subject
        assertThat(retag("The/DT government/NN agree/VBP talks/NNS are/VBP needed/VBN ./.")).doesNotContain("NN:agree");
        // no noun follows: "to" and the verb
        assertThat(retag("They/PRP want/VBP a/DT US/NNP to/TO act/VB ./.")).contains("VB");
    }
}
