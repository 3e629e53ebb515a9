package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs what a verb calls someone when the word is quoted ("called Biden a "decent man"",
 * "called the decision a "betrayal""): the quotation mark leads the parser to hang the quoted noun
 * on the object as an unlabelled dependent, and sometimes to take the object for an indirect one.
 * As in "called Biden a decent man", the person or thing is the verb's object and the noun after
 * it the verb's complement ({@code xcomp}), which is what patterns of naming read.
 */
final class QuotedComplements {

    private QuotedComplements() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency object : edges) {
            int v = object.governor();
            int n = object.dependent();
            if (v < 0 || !tokens.get(v).isVerb() || !object.relation().equals("obj") && !object.relation().equals("iobj")) continue;
            if (childOf(edges, v, "xcomp") != null) continue;
            Dependency called = childOf(edges, n, "dep");
            if (called == null || called.dependent() < n || !tokens.get(called.dependent()).isNoun() || !quoted(tokens, n, called.dependent())) continue;
            out.set(out.indexOf(object), new Dependency("obj", v, n));
            out.set(out.indexOf(called), new Dependency("xcomp", v, called.dependent()));
        }
        return out;
    }

    /** A quotation mark stands between the object and the noun. */
    private static boolean quoted(List<Token> tokens, int object, int noun) {
        for (int k = object + 1; k < noun; k++) {
            String w = tokens.get(k).word();
            if (w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("'")) return true;
        }
        return false;
    }
}
