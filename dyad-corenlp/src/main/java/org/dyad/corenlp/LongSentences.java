package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into pieces before they are tagged and parsed. A page
 * without full stops is otherwise one "sentence" of thousands of tokens, and the cost of
 * tagging, parsing and coding grows much faster than its length (docs/store.md). A cut falls
 * after a comma, semicolon, colon or dash in the last third of the limit where there is one.
 */
final class LongSentences {

    /** Longer than nearly every sentence of news copy; the parser is fast and accurate below it. */
    static final int MAX_TOKENS = 150;

    private static final Set<String> BREAKS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

    private LongSentences() {}

    /**
     * Replaces the document's sentences by pieces of at most {@link #MAX_TOKENS} tokens.
     *
     * @return a warning for each sentence that was cut
     */
    static List<String> cut(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<String> warnings = new ArrayList<>();
        if (sentences.stream().noneMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_TOKENS)) return warnings;
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> pieces = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_TOKENS) {
                pieces.add(s);
                continue;
            }
            int before = pieces.size();
            int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = end(tokens, from);
                pieces.add(piece(text, tokens.subList(from, to), tokenBegin + from));
                from = to;
            }
            warnings.add(String.format(Locale.ROOT, "a sentence of %d tokens (characters %d-%d) is over the limit of %d: cut into %d",
                    tokens.size(), tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition(), MAX_TOKENS,
                    pieces.size() - before));
        }
        for (int i = 0; i < pieces.size(); i++) {
            pieces.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel t : pieces.get(i).get(CoreAnnotations.TokensAnnotation.class)) t.setSentIndex(i);
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, pieces);
        return warnings;
    }

    private static int end(List<CoreLabel> tokens, int from) {
        int limit = from + MAX_TOKENS;
        if (limit >= tokens.size()) return tokens.size();
        for (int i = limit - 1; i >= from + MAX_TOKENS * 2 / 3; i--) {
            if (BREAKS.contains(tokens.get(i).word())) return i + 1;
        }
        return limit;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation piece = new Annotation(text.substring(begin, end));
        List<CoreLabel> own = new ArrayList<>(tokens);
        for (int i = 0; i < own.size(); i++) own.get(i).setIndex(i + 1);
        piece.set(CoreAnnotations.TokensAnnotation.class, own);
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
        return piece;
    }
}
