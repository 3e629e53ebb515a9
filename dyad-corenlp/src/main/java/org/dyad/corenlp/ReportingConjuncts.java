package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.headOf;
import static org.dyad.corenlp.ParseTree.isSayingInTense;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a second verb of saying that the parser joins to the clause the speaker reported: in
 * "Accra said the border was calm and urged Lome to reopen it", "urged" is joined to "calm", so
 * the border seems to urge. A verb of saying (data/coding/reporting-verbs.tsv) in a tense, with no
 * subject of its own, joined to the head of the reported clause, is joined to the reporting verb,
 * whose subject it shares, when it is in the reporting verb's tense; a reported clause with a verb
 * in that same tense keeps it ("said Lome closed the border and warned traders": Lome warned), and
 * so does one told before its reporting verb ("Mensah was alarmed and urged calm, his aide said").
 */
final class ReportingConjuncts {

    private ReportingConjuncts() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency d : edges) {
            int verb = d.dependent();
            int reported = d.governor();
            if (!d.relation().equals("conj") || reported < 0 || !isSayingInTense(tokens.get(verb)) || hasSubject(edges, verb)) continue;
            Dependency clause = headOf(edges, reported);
            if (clause == null || !clause.relation().equals("ccomp") || clause.governor() < 0 || clause.governor() > reported) continue;
            Token reporting = tokens.get(clause.governor());
            if (!isSayingInTense(reporting) || !reporting.pos().equals(tokens.get(verb).pos())) continue;
            if (tokens.get(reported).pos().equals(tokens.get(verb).pos())) continue;
            out.set(out.indexOf(d), new Dependency("conj", clause.governor(), verb));
        }
        return out;
    }
}
