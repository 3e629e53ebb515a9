package org.dyad.attribution;

import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Sentence;

/**
 * The speaker of a reporting verb in a sentence that was not parsed, from word order alone:
 * the words just before the verb ("He said ...", "Trump has repeatedly said ..."), or just
 * after it when they come first ("said Trump").
 */
final class Surface {

    private Surface() {}

    static Mention speaker(Sentence s, int verb, MentionIndex mentions) {
        int i = verb - 1;
        while (i >= 0 && isAuxiliaryOrAdverb(s, i)) i--;
        if (i >= 0) {
            Mention m = mentions.at(s.index(), i);
            if (m != null) return m;
            var t = s.token(i);
            if (t.isNoun() || t.pos().startsWith("PRP") && !t.pos().equals("PRP$")) return Phrases.before(s, i);
        }
        if (verb + 1 < s.size()) return mentions.at(s.index(), verb + 1);
        return null;
    }

    /** '"..." ― Sonya Herridge': a name after a dash that follows the quotation, as under a pull quote. */
    static Mention signature(Sentence s, int quoteEnd, MentionIndex mentions) {
        int k = 0;
        while (k < s.size() && s.token(k).start() < quoteEnd) k++;
        while (k < s.size() && QUOTE_MARKS.contains(s.token(k).word())) k++;
        if (k + 1 >= s.size() || !DASHES.contains(s.token(k).word())) return null;
        Mention m = mentions.at(s.index(), k + 1);
        if (m != null) return m;
        int last = k + 1;
        while (last + 1 < s.size() && s.token(last + 1).pos().startsWith("NNP")) last++;
        return s.token(k + 1).pos().startsWith("NNP") ? Phrases.before(s, last) : null;
    }

    /** 'Said Ellis: "..."', 'PENCE: "..."': a name, then a colon, then the quotation. */
    static Mention colonIntroduction(Sentence s, int quoteStart, MentionIndex mentions) {
        int k = 0;
        while (k < s.size() && s.token(k).end() < quoteStart) k++;
        while (k > 0 && s.token(k).start() >= quoteStart - 1) k--; // back over the opening mark
        if (k < 1 || !s.token(k).word().equals(":")) return null;
        if (!s.token(k - 1).pos().startsWith("NNP")) return null; // "its headline:" introduces no speaker
        Mention m = mentions.at(s.index(), k - 1);
        return m != null ? m : Phrases.before(s, k - 1);
    }

    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "\u201D", "''", ",", ".");
    private static final java.util.Set<String> DASHES = java.util.Set.of("\u2015", "\u2014", "\u2013", "-", "--");

    private static boolean isAuxiliaryOrAdverb(Sentence s, int i) {
        String pos = s.token(i).pos();
        return pos.startsWith("RB") || pos.equals("MD") || pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG");
    }
}
