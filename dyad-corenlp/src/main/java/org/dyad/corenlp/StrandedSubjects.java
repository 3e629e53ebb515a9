package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;
import static org.dyad.corenlp.ParseTree.firstOf;
import static org.dyad.corenlp.ParseTree.hasSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a subject stranded as the root by a relative clause set off by commas ("Mensah, who
 * arrived on Friday and met the envoy, urged calm"): the parser may make
 * the name the root, the relative clause an unlabelled dependent or a relative clause, and the
 * sentence's main verb one more conjunct or an unlabelled dependent of the relative clause, so the
 * main verb has no subject ("Mensah, who has led the party since 2010, later said he ..."). The
 * main verb is the last such verb of the relative clause whose phrase follows a comma directly
 * and has no subject of its own: it becomes the root, the name its subject, and the relative
 * clause a relative clause on the name.
 */
final class StrandedSubjects {

    /** How the parser hangs the relative clause on the name, and the main verb on the relative clause. */
    private static final Set<String> RELATIVE = Set.of("dep", "acl:relcl");
    private static final Set<String> MAIN = Set.of("conj", "dep");

    private StrandedSubjects() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        Dependency root = edges.stream().filter(d -> d.governor() < 0).findFirst().orElse(null);
        if (root == null || !tokens.get(root.dependent()).isNoun()) return edges;
        int noun = root.dependent();
        for (Dependency clause : edges) {
            int v = clause.dependent();
            if (clause.governor() != noun || !RELATIVE.contains(clause.relation()) || !tokens.get(v).isVerb() || v < noun) continue;
            Dependency who = childOf(edges, v, "nsubj");
            if (who == null || !tokens.get(who.dependent()).pos().startsWith("W")) continue;
            Dependency main = null;
            for (Dependency d : edges) {
                int c = d.dependent();
                int first = firstOf(edges, c);
                if (d.governor() == v && MAIN.contains(d.relation()) && tokens.get(c).isVerb() && !hasSubject(edges, c)
                        && first > 0 && tokens.get(first - 1).word().equals(",")) main = d;
            }
            if (main == null) continue;
            List<Dependency> out = new ArrayList<>(edges);
            out.set(out.indexOf(root), new Dependency("nsubj", main.dependent(), noun));
            out.set(out.indexOf(main), new Dependency("root", -1, main.dependent()));
            out.set(out.indexOf(clause), new Dependency("acl:relcl", noun, v));
            return out;
        }
        return edges;
    }
}
