package org.dyad.attribution;

import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.text.Sentence;

/**
 * The words of a speaker that no dictionary knows, read from the dependency tree around the
 * head noun: "a campaign spokeswoman", "the ad's narrator", "sources", "he". They name the
 * speaker as written; no actor code comes with them.
 */
final class Phrases {

    /** Dependents that belong to the speaker's name or description, before its head. */
    private static final Set<String> INSIDE = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat", "case", "det:poss");

    private Phrases() {}

    /** The noun phrase headed by a token, up to its head, or null when the token is not a noun or pronoun. */
    static Mention nounPhrase(Sentence s, int head) {
        var t = s.token(head);
        if (!t.isNoun() && !t.pos().startsWith("PRP")) return null;
        return mention(s, leftEdge(s, head), head);
    }

    /** Without a tree: the noun phrase that ends at a token, by its tags ("a campaign spokeswoman", "the ad's narrator"). */
    static Mention before(Sentence s, int last) {
        int first = last;
        while (first > 0 && LEFT_TAGS.contains(s.token(first - 1).pos())) first--;
        return mention(s, first, last);
    }

    private static final Set<String> LEFT_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD");

    private static int leftEdge(Sentence s, int head) {
        int first = head;
        for (var d : s.children(head)) {
            if (d.dependent() < head && INSIDE.contains(d.relation())) first = Math.min(first, leftEdge(s, d.dependent()));
        }
        return first;
    }

    private static Mention mention(Sentence s, int first, int last) {
        var t = s.token(last);
        Mention.Type type = t.pos().startsWith("PRP") ? Mention.Type.PRONOUN
                : t.pos().startsWith("NNP") ? Mention.Type.NAME : Mention.Type.DESCRIPTION;
        return new Mention(s.index(), first, last, s.token(first).start(), t.end(), words(s, first, last), null, type,
                "the words of the reporting clause");
    }

    private static String words(Sentence s, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            var t = s.token(i);
            if (i > first && t.start() > s.token(i - 1).end()) b.append(' ');
            b.append(t.word());
        }
        return b.toString();
    }
}
