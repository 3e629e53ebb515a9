package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.firstOf;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a noun set beside a whole clause after a comma ("Ghana expelled the ambassador on
 * Monday, a move that drew condemnation"), which the parser takes for a second object of the
 * clause's verb. A verb has one direct object; a later one after a comma is an appositive
 * ({@code appos}) of the clause, so no stage reads the remark as what the act fell on.
 */
final class ClauseAppositives {

    private ClauseAppositives() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency second : edges) {
            int n = second.dependent();
            int v = second.governor();
            if (!second.relation().equals("obj") || v < 0) continue;
            int first = firstOf(edges, n);
            boolean afterComma = first > 0 && tokens.get(first - 1).word().equals(",");
            boolean objectBefore = edges.stream().anyMatch(d -> d.governor() == v && d.relation().equals("obj") && d.dependent() < first);
            if (afterComma && objectBefore) out.set(out.indexOf(second), new Dependency("appos", v, n));
        }
        return out;
    }
}
