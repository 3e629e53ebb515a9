package org.dyad.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a parse the dependency parser gets wrong after verbs of saying without "that": in
 * "Trump announced US troops would leave Syria" it takes "troops" for the object of
 * "announced" and leaves "leave" unlabelled ({@code dep}) with no subject, so no stage sees
 * who leaves. When such a verb has auxiliaries of its own and the object ends right before
 * them, the object is its subject and the clause the complement of the verb above.
 */
final class UnlabelledClauses {

    private UnlabelledClauses() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            int v = clause.dependent();
            int h = clause.governor();
            if (!clause.relation().equals("dep") || h < 0 || !tokens.get(v).isVerb() || !tokens.get(h).isVerb()) continue;
            // "would leave", "has killed": a finite clause has auxiliaries ("challenged Biden to name" has none)
            int start = edges.stream().filter(d -> d.governor() == v && d.relation().startsWith("aux") && !tokens.get(d.dependent()).pos().equals("TO"))
                    .mapToInt(Dependency::dependent).min().orElse(v);
            if (start == v) continue;
            for (Dependency object : edges) {
                // "pledged funds and Syria is taxing": an object joined to another is no clause's subject
                boolean joined = edges.stream().anyMatch(d -> d.governor() == object.dependent() && d.relation().startsWith("conj"));
                if (object.governor() == h && object.relation().equals("obj") && !joined && object.dependent() < start
                        && lastOf(edges, object.dependent()) + 1 == start) {
                    out.set(out.indexOf(object), new Dependency("nsubj", v, object.dependent()));
                    out.set(out.indexOf(clause), new Dependency("ccomp", h, v));
                    break;
                }
            }
        }
        return out;
    }

    /** The last token of the phrase a token heads. */
    private static int lastOf(List<Dependency> edges, int head) {
        int last = head;
        for (Dependency d : edges) {
            if (d.governor() == head) last = Math.max(last, lastOf(edges, d.dependent()));
        }
        return last;
    }
}
