package org.dyad.corenlp;

import java.util.List;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/** What the parse repairs ask of a sentence's dependency edges (heads, children and the span of a phrase) and of its words (a verb of saying). */
final class ParseTree {

    private static final ReportedSpeech SAYING = ReportedSpeech.bundled();

    private ParseTree() {}

    /** A verb of saying (data/coding/reporting-verbs.tsv) in a tense: "said", "announces". */
    static boolean isSayingInTense(Token t) {
        return t.isFiniteVerb() && SAYING.isReportingLemma(t.lemma());
    }

    /** The edge that attaches a token to its head, or null. */
    static Dependency headOf(List<Dependency> edges, int dependent) {
        for (Dependency d : edges) if (d.dependent() == dependent) return d;
        return null;
    }

    /** A child of a token by exactly this relation, or null. */
    static Dependency childOf(List<Dependency> edges, int head, String relation) {
        for (Dependency d : edges) if (d.governor() == head && d.relation().equals(relation)) return d;
        return null;
    }

    /** A past participle with no auxiliary: "the men *detained* on Monday", "police *backed* by soldiers". */
    static boolean isBareParticiple(List<Token> tokens, List<Dependency> edges, int verb) {
        return tokens.get(verb).pos().equals("VBN") && edges.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
    }

    /** Whether a verb has a subject of its own, active or passive. */
    static boolean hasSubject(List<Dependency> edges, int verb) {
        return edges.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }

    /** The first token of the phrase a token heads, punctuation aside. */
    static int firstOf(List<Dependency> edges, int head) {
        int first = head;
        for (Dependency d : edges) {
            if (d.governor() == head && !d.relation().equals("punct")) first = Math.min(first, firstOf(edges, d.dependent()));
        }
        return first;
    }

    /** The last token of the phrase a token heads. */
    static int lastOf(List<Dependency> edges, int head) {
        int last = head;
        for (Dependency d : edges) {
            if (d.governor() == head) last = Math.max(last, lastOf(edges, d.dependent()));
        }
        return last;
    }
}
