package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;
import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.headOf;
import static org.dyad.corenlp.ParseTree.isSayingInTense;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a reported clause without "that" that the parser turns inside out: in "Accra announced
 * its troops would leave Lome", it makes "announced" the clausal subject of "leave" and "troops"
 * the object of "announced", so the sentence seems to say that announcing will leave. When a verb
 * of saying (data/coding/reporting-verbs.tsv) in a tense is the clausal subject of a later
 * predicate that has no subject, and has an object between the two, the verb of saying takes the
 * predicate's place, the predicate becomes its reported clause, and the object that clause's
 * subject. What the parser hung on the predicate before the verb of saying ("On Monday,") and the
 * closing punctuation go with the verb of saying.
 */
final class BareComplements {

    private BareComplements() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency saying : edges) {
            int verb = saying.dependent();
            int reported = saying.governor();
            if (!saying.relation().startsWith("csubj") || reported < verb || !isSayingInTense(tokens.get(verb)) || hasSubject(edges, reported)) continue;
            Dependency object = childOf(edges, verb, "obj");
            if (object == null || object.dependent() > reported) continue;
            Dependency place = headOf(edges, reported);
            if (place == null) continue;
            int atSaying = out.indexOf(saying);
            int atPlace = out.indexOf(place);
            int atObject = out.indexOf(object);
            if (atSaying < 0 || atPlace < 0 || atObject < 0) continue; // already moved by a repair of this sentence
            boolean passive = saying.relation().endsWith(":pass") || childOf(edges, reported, "aux:pass") != null;
            out.set(atSaying, new Dependency(place.relation(), place.governor(), verb));
            out.set(atPlace, new Dependency("ccomp", verb, reported));
            out.set(atObject, new Dependency(passive ? "nsubj:pass" : "nsubj", reported, object.dependent()));
            for (Dependency d : edges) {
                boolean closing = d.relation().equals("punct") && d.dependent() == tokens.size() - 1;
                int at = out.indexOf(d);
                if (at >= 0 && d.governor() == reported && !d.equals(saying) && (d.dependent() < verb || closing)) {
                    out.set(at, new Dependency(d.relation(), verb, d.dependent()));
                }
            }
        }
        return out;
    }
}
