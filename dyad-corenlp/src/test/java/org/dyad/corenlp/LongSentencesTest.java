package org.dyad.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Run-on sentences cut into pieces the tagger and parser handle in bounded time; tokenizing needs no models. */
class LongSentencesTest {

    private static Annotation split(String text) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(p).annotate(doc);
        return doc;
    }

    @Test
    void aRunOnSentenceIsCutIntoPiecesThatKeepEveryTokenInOrder() {
        String runOn = "police arrested protesters in the capital ".repeat(100);
        Annotation doc = split("The talks resumed on Monday. " + runOn + "\n\nThe envoy left.");
        List<String> warnings = LongSentences.cut(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(warnings).singleElement().asString().contains("a sentence of 600 tokens").contains("cut into 4");
        assertThat(sentences).hasSize(1 + 4 + 1);
        int expected = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            assertThat(tokens.size()).isLessThanOrEqualTo(LongSentences.MAX_TOKENS);
            assertThat(s.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
            for (int k = 0; k < tokens.size(); k++) {
                assertThat(tokens.get(k).index()).as("1-based index within its sentence").isEqualTo(k + 1);
                assertThat(tokens.get(k).sentIndex()).isEqualTo(i);
            }
            assertThat(s.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(expected);
            expected = s.get(CoreAnnotations.TokenEndAnnotation.class);
        }
        assertThat(expected).isEqualTo(doc.get(CoreAnnotations.TokensAnnotation.class).size());
    }

    @Test
    void aCutFallsAfterACommaWhereThereIsOne() {
        String clause = "the minister said that the police in the north had arrested forty protesters, ";
        Annotation doc = split(clause.repeat(20));
        LongSentences.cut(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            assertThat(tokens.get(tokens.size() - 1).word()).isEqualTo(",");
        }
    }

    @Test
    void sentencesWithinTheLimitAreLeftAsTheyAre() {
        Annotation doc = split("Egypt recalled its ambassador. Israel denied the report.");
        List<CoreMap> before = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(LongSentences.cut(doc)).isEmpty();
        assertThat(doc.get(CoreAnnotations.SentencesAnnotation.class)).isSameAs(before);
    }
}
