package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.hasSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs "accused Uganda of backing the rebels, a charge Kampala denies" and "charges that Doha
 * has rejected": the parser reads the clause after the noun as unlabelled or as the content of
 * the charge, though its verb of denial has no object of its own: the charge is what is denied.
 * Such a clause, with a subject of its own, is a relative clause on the noun.
 */
final class DeniedClaims {

    /** Verbs that deny or dispute what is said: with no object of their own after a noun, the noun is it. */
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "dispute", "contest", "rebut");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("dep", "ccomp", "acl");

    private DeniedClaims() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            int verb = clause.dependent();
            int noun = clause.governor();
            if (noun < 0 || !CLAUSE_RELATIONS.contains(clause.relation()) || !tokens.get(noun).isNoun() || verb < noun) continue;
            if (!DENYING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT)) || !hasSubject(edges, verb)) continue;
            if (edges.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("ccomp") || d.relation().equals("xcomp")))) continue;
            out.set(out.indexOf(clause), new Dependency("acl:relcl", noun, verb));
        }
        return out;
    }
}
