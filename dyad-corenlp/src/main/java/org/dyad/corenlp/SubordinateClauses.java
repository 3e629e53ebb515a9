package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.lastOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a clause after "after", "before", "since" or "until" that the parser reads as a
 * prepositional phrase: in "The move came after Sanders and Obama announced their support", it
 * takes "after Sanders and Obama" for a phrase of time and "announced" for a complement of "came"
 * with no subject, so no stage sees who announced. A verb in a tense is no complement
 * ({@code xcomp} is an infinitive or participle); the phrase that ends right before it is its
 * subject, the preposition its conjunction, and the clause an adverbial one.
 */
final class SubordinateClauses {

    private static final Set<String> CONJUNCTIONS = Set.of("after", "before", "since", "until", "till");

    private SubordinateClauses() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            int verb = clause.dependent();
            int head = clause.governor();
            if (!clause.relation().equals("xcomp") || head < 0 || !tokens.get(verb).isFiniteVerb() || hasSubject(edges, verb)) continue;
            for (Dependency phrase : edges) {
                if (phrase.governor() != head || !phrase.relation().startsWith("obl") || lastOf(edges, phrase.dependent()) + 1 != verb) continue;
                Dependency conjunction = caseOf(tokens, edges, phrase.dependent());
                if (conjunction == null) continue;
                out.set(out.indexOf(phrase), new Dependency("nsubj", verb, phrase.dependent()));
                out.set(out.indexOf(clause), new Dependency("advcl", head, verb));
                out.set(out.indexOf(conjunction), new Dependency("mark", verb, conjunction.dependent()));
                break;
            }
        }
        return out;
    }

    private static Dependency caseOf(List<Token> tokens, List<Dependency> edges, int noun) {
        for (Dependency d : edges) {
            if (d.governor() == noun && d.relation().equals("case") && CONJUNCTIONS.contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) return d;
        }
        return null;
    }
}
