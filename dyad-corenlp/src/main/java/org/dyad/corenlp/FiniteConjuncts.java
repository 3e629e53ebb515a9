package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.headOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a finite verb joined to an infinitive or participle inside the clause before it: in
 * "Accra said it was ready to send help to fight the smugglers and urged Lome to accept",
 * the parser joins "urged" to "fight", so "urged" seems part of what Accra was ready to do. Only
 * like forms are coordinated: a verb in the past or present tense with no subject of its own is
 * joined to the nearest finite verb above the one the parser chose, whose subject it shares.
 */
final class FiniteConjuncts {

    private static final Set<String> NON_FINITE = Set.of("VB", "VBG");

    private FiniteConjuncts() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency d : edges) {
            int verb = d.dependent();
            if (!d.relation().equals("conj") || d.governor() < 0 || !tokens.get(verb).isFiniteVerb()) continue;
            if (!NON_FINITE.contains(tokens.get(d.governor()).pos()) || hasSubject(edges, verb)) continue;
            int above = finiteAbove(tokens, edges, d.governor());
            if (above >= 0 && above < verb && tokens.get(above).pos().equals(tokens.get(verb).pos())) {
                out.set(out.indexOf(d), new Dependency("conj", above, verb));
            }
        }
        return out;
    }

    /** The nearest verb in a tense that governs the token, or -1. */
    private static int finiteAbove(List<Token> tokens, List<Dependency> edges, int token) {
        Dependency up = headOf(edges, token);
        for (int steps = 0; up != null && up.governor() >= 0 && steps < tokens.size(); steps++) {
            if (tokens.get(up.governor()).isFiniteVerb()) return up.governor();
            up = headOf(edges, up.governor());
        }
        return -1;
    }
}
