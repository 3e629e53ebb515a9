package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;
import static org.dyad.corenlp.ParseTree.isBareParticiple;
import static org.dyad.corenlp.ParseTree.lastOf;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs two parses the dependency parser gets wrong where it leaves a verb unlabelled
 * ({@code dep}). After verbs of saying without "that": in "Trump announced US troops would
 * leave Syria" it takes "troops" for the object of "announced" and leaves "leave" with no
 * subject, so no stage sees who leaves. When such a verb has auxiliaries of its own and the
 * object ends right before them, the object is its subject and the clause the complement of
 * the verb above. The other way round, in "troops shelled positions held by the rebels" it
 * takes "positions" for the subject of "held": a bare participle with no auxiliary cannot have
 * one, so when the verb above has no object, the noun is that object and the participle
 * describes it.
 */
final class UnlabelledClauses {

    private UnlabelledClauses() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            int v = clause.dependent();
            int h = clause.governor();
            if (!clause.relation().equals("dep") || h < 0 || !tokens.get(v).isVerb() || !tokens.get(h).isVerb()) continue;
            if (isReducedRelative(tokens, edges, clause)) {
                Dependency subject = childOf(edges, v, "nsubj");
                out.set(out.indexOf(subject), new Dependency("obj", h, subject.dependent()));
                out.set(out.indexOf(clause), new Dependency("acl", subject.dependent(), v));
                continue;
            }
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

    /** A bare participle whose "subject" ends right before it, under a verb with no object. */
    private static boolean isReducedRelative(List<Token> tokens, List<Dependency> edges, Dependency clause) {
        int v = clause.dependent();
        if (!isBareParticiple(tokens, edges, v) || childOf(edges, clause.governor(), "obj") != null) return false;
        Dependency subject = childOf(edges, v, "nsubj");
        return subject != null && subject.dependent() < v && lastOf(edges, subject.dependent()) + 1 == v;
    }
}
