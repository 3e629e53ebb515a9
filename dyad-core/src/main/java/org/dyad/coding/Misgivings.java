package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Sentence;

/**
 * "Kenya voiced grave concern and called on Uganda to think again": a misgiving told with no one it is
 * about, joined to an appeal, demand, criticism, rejection or threat of the same speaker, is about
 * whom that act addresses, and is criticism of it (111), as a misgiving aimed at a known target is
 * (grammar list misgiving-code).
 */
final class Misgivings {

    private static final String CRITICISM = "111";
    private static final List<String> ADDRESSING_ROOTS = List.of("02", "10", "11", "12", "13");

    private final Grammar grammar;

    Misgivings(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The drafts, each untargeted misgiving aimed where a joined act of its speaker is. */
    List<Draft> aimed(Sentence s, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Draft addressed = d.target() != null || d.negated() || !grammar.isMisgiving(d.code()) || namesItsMatter(s, d.predicate())
                    ? null : joinedAct(s, d, drafts);
            out.add(addressed == null ? d : new Draft(d.predicate(), d.source(), addressed.target(), CRITICISM,
                    d.pattern() + " (about whom '" + s.token(addressed.predicate()).word() + "' addresses)", false));
        }
        return out;
    }

    /**
     * "concerned by the escalation", "concern over the arrests", "said the situation was tense": a
     * misgiving that names what it is about, in a phrase or a clause, is about that.
     */
    private boolean namesItsMatter(Sentence s, int predicate) {
        List<Integer> phrases = new ArrayList<>(s.children(predicate, "obl"));
        phrases.addAll(s.children(predicate, "ccomp"));
        phrases.addAll(s.children(predicate, "xcomp"));
        for (int object : s.children(predicate, "obj")) phrases.addAll(s.children(object, "nmod"));
        return phrases.stream().anyMatch(k -> !grammar.isTemporal(s, k));
    }

    /** A targeted act of the same speaker whose verb is coordinated with the misgiving's ("... and urged"). */
    private static Draft joinedAct(Sentence s, Draft d, List<Draft> drafts) {
        for (Draft other : drafts) {
            if (other == d || other.target() == null || other.negated() || !ADDRESSING_ROOTS.contains(other.code().substring(0, 2))) continue;
            if (!other.source().isSameActor(d.source())) continue;
            boolean joined = s.head(other.predicate()) == d.predicate() && s.relation(other.predicate()).equals("conj")
                    || s.head(d.predicate()) == other.predicate() && s.relation(d.predicate()).equals("conj");
            if (joined) return other;
        }
        return null;
    }
}
