package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;
import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.headOf;

import java.util.ArrayList;
import java.util.List;
import org.dyad.attribution.ReportedSpeech;
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

    private static final ReportedSpeech SAYING = ReportedSpeech.bundled();

    private BareComplements() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency saying : edges) {
            int verb = saying.dependent();
            int reported = saying.governor();
            if (!saying.relation().startsWith("csubj") || reported < verb || !isSaying(tokens.get(verb)) || hasSubject(edges, reported)) continue;
            Dependency object = childOf(edges, verb, "obj");
            if (object == null || object.dependent() > reported) continue;
            Dependency place = headOf(edges, reported);
            if (place == null) continue;
            boolean passive = saying.relation().endsWith(":pass") || childOf(edges, reported, "aux:pass") != null;
            out.set(out.indexOf(saying), new Dependency(place.relation(), place.governor(), verb));
            out.set(out.indexOf(place), new Dependency("ccomp", verb, reported));
            out.set(out.indexOf(object), new Dependency(passive ? "nsubj:pass" : "nsubj", reported, object.dependent()));
            for (Dependency d : edges) {
                boolean closing = d.relation().equals("punct") && d.dependent() == tokens.size() - 1;
                if (d.governor() == reported && !d.equals(saying) && (d.dependent() < verb || closing)) {
                    out.set(out.indexOf(d), new Dependency(d.relation(), verb, d.dependent()));
                }
            }
        }
        return out;
    }

    private static boolean isSaying(Token t) {
        return t.isFiniteVerb() && SAYING.isReportingLemma(t.lemma());
    }
}
