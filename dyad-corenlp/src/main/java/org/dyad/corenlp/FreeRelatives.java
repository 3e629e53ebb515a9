package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs "condemned what it called Niger's aggression", "rejected what it described as India's
 * illegal actions": the parser makes the naming clause a complement of the verb, and what it names
 * an argument of the naming verb, so the verb has no object and no stage sees what it acts on.
 * What a free relative ("what") of a naming verb names is the thing the verb acts on: it becomes
 * the verb's object, and the naming clause a relative clause on it.
 */
final class FreeRelatives {

    /** Verbs that name or judge what "what" stands for: "what it called", "what he described as". */
    private static final Set<String> NAMING = Set.of("call", "describe", "term", "label", "brand", "dub", "characterize",
            "characterise", "see", "view", "regard", "consider");

    private FreeRelatives() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            int naming = clause.dependent();
            if (!clause.relation().equals("ccomp") || !NAMING.contains(tokens.get(naming).lemma().toLowerCase(Locale.ROOT))) continue;
            Dependency what = childOf(edges, naming, "obj");
            if (what == null || !tokens.get(what.dependent()).word().equalsIgnoreCase("what")) continue;
            Dependency named = named(tokens, edges, naming, what.dependent());
            if (named == null) continue;
            out.set(out.indexOf(named), new Dependency("obj", clause.governor(), named.dependent()));
            out.set(out.indexOf(clause), new Dependency("acl:relcl", named.dependent(), naming));
        }
        return out;
    }

    /** What the naming verb names: its second object or complement ("called X"), or its "as" phrase ("described as X"). */
    private static Dependency named(List<Token> tokens, List<Dependency> edges, int naming, int what) {
        for (Dependency d : edges) {
            if (d.governor() != naming || d.dependent() == what) continue;
            if (d.relation().equals("obj") || d.relation().equals("xcomp")) return d;
            if (d.relation().startsWith("obl")) {
                Dependency as = childOf(edges, d.dependent(), "case");
                if (as != null && tokens.get(as.dependent()).word().equalsIgnoreCase("as")) return d;
            }
        }
        return null;
    }
}
