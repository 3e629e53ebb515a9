package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.article.Article;
import org.dyad.coding.Event;
import org.dyad.coding.Evidence;
import org.dyad.coding.Participant;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.text.Token;
import org.junit.jupiter.api.Test;

/**
 * The place stage over parses written by hand, as the language analyzer would give them:
 * each token is "word/tag/head/relation", heads counted from 0, -1 for the root.
 */
class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder();

    @Test
    void thePlaceInALocativePhraseOnTheTrigger() {
        Event.Location l = locate("Police arrested 12 protesters in Lahore on Tuesday.", "arrested",
                "Police/NNS/1/nsubj arrested/VBD/-1/root 12/CD/3/nummod protesters/NNS/1/obj in/IN/5/case Lahore/NNP/1/obl "
                        + "on/IN/7/case Tuesday/NNP/1/obl ./././punct");
        assertThat(l.name()).isEqualTo("Lahore");
        assertThat(l.kind()).isEqualTo("city");
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.admin1Name()).isEqualTo("Punjab");
        assertThat(l.lat()).isBetween(31.4, 31.7);
        assertThat(l.geonameId()).isPositive();
    }

    @Test
    void theNearestLocativePhraseWins() {
        String text = "Police arrested protesters in Karachi after clashes in Quetta.";
        String parse = "Police/NNS/1/nsubj arrested/VBD/-1/root protesters/NNS/1/obj in/IN/4/case Karachi/NNP/1/obl "
                + "after/IN/6/case clashes/NNS/1/obl in/IN/8/case Quetta/NNP/6/nmod ./././punct";
        assertThat(locate(text, "arrested", parse).name()).isEqualTo("Karachi");
        assertThat(locate(text, "clashes", parse).name()).isEqualTo("Quetta");
    }

    @Test
    void aNameThatIsNoLocativePhraseIsNoPlace() {
        assertThat(locate("Lahore police arrested 12 protesters.", "arrested",
                "Lahore/NNP/1/compound police/NNS/2/nsubj arrested/VBD/-1/root 12/CD/4/nummod protesters/NNS/2/obj ./././punct"))
                .isNull();
    }

    @Test
    void theWordsAroundANameAskForAState() {
        Event.Location l = locate("Police arrested protesters in Washington state.", "arrested",
                "Police/NNS/1/nsubj arrested/VBD/-1/root protesters/NNS/1/obj in/IN/5/case Washington/NNP/5/compound "
                        + "state/NN/1/obl ./././punct");
        assertThat(l.kind()).isEqualTo("admin1");
        assertThat(l.admin1()).isEqualTo("WA");
    }

    @Test
    void partOfALongerNameOrOfATimeIsNoPlace() {
        // Independence is also a city of 117,000 in Missouri.
        assertThat(locate("Crowds rallied in Independence Square.", "rallied",
                "Crowds/NNS/1/nsubj rallied/VBD/-1/root in/IN/4/case Independence/NNP/4/compound Square/NNP/1/obl ./././punct"))
                .isNull();
        String text = "Crowds rallied in Independence.";
        Sentence s = sentence(text, "Crowds/NNS/1/nsubj rallied/VBD/-1/root in/IN/3/case Independence/NNP/1/obl ./././punct");
        assertThat(locate(text, s, List.of(), List.of(), "rallied").admin1()).isEqualTo("MO");
        // The same words, had the analyzer read them as a date, would be none.
        TimeExpression date = new TimeExpression("Independence", "XXXX-07-04", "DATE", 18, 30, 0, 3, 3);
        assertThat(locate(text, s, List.of(date), List.of(), "rallied")).isNull();
    }

    @Test
    void theDatelineServesWhenTheSentenceNamesNoPlace() {
        String text = "KABUL, Afghanistan (AP) \u2014 Police arrested two men on Monday.";
        String parse = "KABUL/NNP/6/nsubj ,/,/0/punct Afghanistan/NNP/0/appos -LRB-/-LRB-/4/punct AP/NNP/0/appos "
                + "-RRB-/-RRB-/4/punct \u2014/:/0/punct Police/NNS/8/nsubj arrested/VBD/-1/root two/CD/10/nummod "
                + "men/NNS/8/obj on/IN/12/case Monday/NNP/8/obl ./././punct";
        Event.Location l = locate(text, "arrested", parse);
        assertThat(l.name()).isEqualTo("Kabul");
        assertThat(l.country()).isEqualTo("AFG");
    }

    @Test
    void eventsWithoutAPlaceAreLeftAsTheyWere() {
        String text = "Police arrested two men.";
        Sentence s = sentence(text, "Police/NNS/1/nsubj arrested/VBD/-1/root two/CD/3/nummod men/NNS/1/obj ./././punct");
        Event e = event(s, text, "arrested");
        AnalyzedArticle a = article(text, s, List.of());
        assertThat(finder.locate(a, List.of(e), List.of())).containsExactly(e);
    }

    private Event.Location locate(String text, String trigger, String parse) {
        return locate(text, sentence(text, parse), List.of(), List.of(), trigger);
    }

    private Event.Location locate(String text, Sentence s, List<TimeExpression> times, List<Mention> mentions, String trigger) {
        List<Event> located = finder.locate(article(text, s, times), List.of(event(s, text, trigger)), mentions);
        assertThat(located).hasSize(1);
        return located.get(0).location();
    }

    private static AnalyzedArticle article(String text, Sentence s, List<TimeExpression> times) {
        Article a = new Article("t", text, LocalDate.parse("2021-03-02"), Article.DatedBy.FLAG, null, null, null);
        return new AnalyzedArticle(a, List.of(s), times);
    }

    private static Event event(Sentence s, String text, String trigger) {
        Participant police = new Participant("COP", "police", "Police", null, "COP");
        Evidence evidence = new Evidence(0, s.start(), s.end(), text, trigger, "test");
        return new Event("t-e1", "2021-03-02", null, police, null, "173", "17", "Arrest", "COERCE", null, 4, -5.0, false,
                null, null, evidence, 0.75, 1);
    }

    /** Tokens found in the text in order, so their offsets are the text's. */
    private static Sentence sentence(String text, String parse) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        int at = 0;
        for (String spec : parse.split(" ")) {
            String[] f = spec.split("/");
            String word = f[0].equals("-LRB-") ? "(" : f[0].equals("-RRB-") ? ")" : f[0];
            int start = text.indexOf(word, at);
            at = start + word.length();
            int i = tokens.size();
            tokens.add(new Token(i, word, word.toLowerCase(), f[1], "O", start, at));
            int head = f[2].equals(".") ? tokens.size() : Integer.parseInt(f[2]);
            if (head >= 0) edges.add(new Dependency(f[3], head, i));
        }
        return new Sentence(0, 0, text.length(), tokens, edges, true);
    }
}
