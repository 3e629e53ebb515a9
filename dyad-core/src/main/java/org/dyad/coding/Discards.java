package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import org.dyad.text.Sentence;

/**
 * Phrases that make a sentence, or a whole story, uncodable: sports, entertainment and
 * chronicles, as a PETRARCH discard list names them ("ASIAN CUP", "+ACADEMY AWARD").
 * Matched regardless of case; a phrase whose last word is a stem matches the words it begins.
 */
public record Discards(List<Phrase> phrases) {

    /**
     * One discard phrase.
     *
     * @param words lower-case words, consecutive in the text
     * @param story the whole story is not coded when it is found, not only its sentence
     * @param stem  the last word matches every word it begins
     * @param where file and line
     */
    public record Phrase(List<String> words, boolean story, boolean stem, String where) {}

    public static final Discards NONE = new Discards(List.of());

    public Discards {
        phrases = List.copyOf(phrases);
    }

    public Discards plus(Discards other) {
        return new Discards(java.util.stream.Stream.concat(phrases.stream(), other.phrases.stream()).toList());
    }

    /** The first phrase found in the sentence, or null. */
    Phrase find(Sentence s) {
        for (Phrase p : phrases) {
            for (int i = 0; i + p.words().size() <= s.size(); i++) {
                if (matchesAt(s, i, p)) return p;
            }
        }
        return null;
    }

    private static boolean matchesAt(Sentence s, int i, Phrase p) {
        for (int k = 0; k < p.words().size(); k++) {
            String w = s.token(i + k).word().toLowerCase(Locale.ROOT);
            String want = p.words().get(k);
            boolean last = k == p.words().size() - 1;
            if (!(w.equals(want) || last && p.stem() && w.startsWith(want))) return false;
        }
        return true;
    }
}
