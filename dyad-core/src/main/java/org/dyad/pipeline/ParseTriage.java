package org.dyad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.Descriptions;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.coding.EventPattern;
import org.dyad.coding.ImpliedActors;
import org.dyad.coding.PatternBook;
import org.dyad.datafile.TsvFile;
import org.dyad.text.ParseSelector;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/** Chooses the sentences worth a dependency parse, from their tags alone (docs/performance.md). */
final class ParseTriage implements ParseSelector {

    /** The obligation modals of data/coding/factuality.tsv: "X said Y should ..." is an appeal. */
    private static final Set<String> OBLIGATIONS = obligations();

    private final PatternBook patterns;
    private final ImpliedActors implied = ImpliedActors.bundled();
    private final ReportedSpeech speech;
    private final ActorDictionary dictionary;
    private final Descriptions descriptions = Descriptions.bundled();
    /** A dictionary person's surname alone names them ("Macron spoke with Biden"). */
    private final Set<String> surnames = new HashSet<>();

    private static Set<String> obligations() {
        Set<String> out = new HashSet<>();
        for (TsvFile.Row r : TsvFile.resource("coding/factuality.tsv").rows()) {
            if (r.get("position").equals("aux") && r.get("kind").equals("obligation")) out.add(r.get("cue"));
        }
        return Set.copyOf(out);
    }

    ParseTriage(PatternBook patterns, ReportedSpeech speech, ActorDictionary dictionary) {
        this.patterns = patterns;
        this.speech = speech;
        this.dictionary = dictionary;
        for (ActorEntry e : dictionary.entries()) {
            String surname = e.surname();
            if (surname != null) surnames.add(surname);
        }
    }

    /**
     * Only sentences that could yield an event or a quotation are parsed: those with a quotation
     * mark, and those with both a word that heads an event pattern whose other words are all in
     * the sentence (or a reporting verb with
     * "should" or "must") and something that could be a coded actor: a dictionary phrase, a pronoun, a word of a
     * multi-word name given earlier in the article ("Shoukry" after "Sameh Shoukry"), a dictionary person's surname,
     * a noun that refers back to an actor ("the two countries", "the group": data/actors/descriptions.tsv),
     * or an act whose pattern may imply its doer ("was arrested", "protests erupted": data/coding/implied-actors.tsv);
     * and a sentence inside a quotation opened before it with a word a judgement said could turn on.
     */
    @Override
    public boolean[] select(List<String> texts, List<List<Token>> sentences) {
        boolean[] parse = new boolean[sentences.size()];
        Set<String> nameWords = new HashSet<>();
        boolean open = false; // a quotation runs on from an earlier sentence
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i);
            String text = texts.get(i);
            boolean continued = open;
            open = stillOpen(open, text);
            boolean quoted = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0 || text.indexOf('\u2018') >= 0;
            boolean predicate = false;
            boolean reporting = false;
            boolean obligation = false;
            boolean actor = false;
            Set<String> words = new HashSet<>();
            for (Token t : tokens) {
                words.add(t.lemma().toLowerCase(Locale.ROOT));
                words.add(t.word().toLowerCase(Locale.ROOT));
            }
            boolean impliesActor = false;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                for (EventPattern p : patterns.candidates(tokens, k, words)) {
                    predicate = true;
                    impliesActor |= implied.mayImplySource(t.lemma(), p);
                }
                if (t.isVerb() && speech.isReportingLemma(t.lemma())) reporting = true;
                if (t.pos().equals("MD") && OBLIGATIONS.contains(t.word().toLowerCase(Locale.ROOT))) obligation = true;
                if (t.pos().equals("PRP") || t.pos().startsWith("NNP") && (nameWords.contains(t.word()) || surnames.contains(t.word()))) actor = true;
                if (t.isNoun() && descriptions.refersTo(t.lemma()) != null) actor = true;
            }
            predicate |= reporting && obligation; // "X said that Y should ..." is an appeal
            if (predicate && !actor) actor = impliesActor || !dictionary.matches(new Sentence(i, 0, 0, tokens, List.of(), false)).isEmpty();
            // a sentence quoted whole may be a judgement its speaker says ("The decision is a disgrace.")
            parse[i] = quoted || predicate && actor || continued && patterns.couldBeSaid(words);
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (tokens.get(k).pos().startsWith("NNP") && tokens.get(k + 1).pos().startsWith("NNP")) {
                    nameWords.add(tokens.get(k).word());
                    nameWords.add(tokens.get(k + 1).word());
                }
            }
        }
        return parse;
    }

    /** Whether a quotation is open after this sentence's marks. */
    private static boolean stillOpen(boolean open, String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') open = !open;
            else if (c == '\u201C') open = true;
            else if (c == '\u201D') open = false;
        }
        return open;
    }
}
