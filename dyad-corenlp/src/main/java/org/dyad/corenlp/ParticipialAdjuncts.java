package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.headOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a participle clause after a comma that closes a clause ("Kenya expelled the envoy,
 * accusing Uganda of arming rebels"). News uses it for a second act of the clause's subject; the
 * parser attaches it to the object before the comma, as if the envoy did the accusing, or reads
 * the participle as an adjective of the noun after it ("accusing Uganda" as a kind of Uganda).
 * Either way no stage sees who accused whom. The participle becomes an adverbial clause of the
 * verb ({@code advcl}), and in the second case the noun after it its object. So does an "of"
 * clause on a name ("accusing Uganda of arming rebels"): a name takes no such clause, the verb
 * before it does.
 */
final class ParticipialAdjuncts {

    /** Participles that head a prepositional phrase, not a clause ("three men, including a journalist"). */
    private static final Set<String> PREPOSITIONS = Set.of("including", "excluding", "according", "following", "regarding", "concerning", "involving");
    private static final Set<String> NOUN_SLOTS = Set.of("obj", "appos", "iobj");
    /** Relations by which a participle has a clause of its own: an object, a complement, an oblique. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("obj", "ccomp", "xcomp", "advcl", "obl", "iobj");

    private ParticipialAdjuncts() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        return clausesOfNames(tokens, afterCommas(tokens, opening(tokens, edges)));
    }

    /**
     * "Accusing Uganda of arming rebels, Kenya recalled its envoy": a participle that opens the
     * sentence, read as an adjective of the noun after it, which the parser then makes the
     * subject of the verb, with the true subject after the comma as its appositive.
     */
    private static List<Dependency> opening(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        if (tokens.isEmpty() || !isClauseParticiple(tokens.get(0))) return out;
        Dependency participle = headOf(edges, 0);
        if (participle == null || !participle.relation().equals("amod")) return out;
        int noun = participle.governor();
        Dependency slot = headOf(edges, noun);
        if (slot == null || !slot.relation().startsWith("nsubj") || slot.governor() < 0 || !tokens.get(slot.governor()).isVerb()) return out;
        int verb = slot.governor();
        for (Dependency apposition : edges) {
            int subject = apposition.dependent();
            if (apposition.governor() != noun || !apposition.relation().equals("appos") || subject > verb || !tokens.get(subject - 1).word().equals(",")) continue;
            out.set(out.indexOf(participle), new Dependency("advcl", verb, 0));
            out.set(out.indexOf(slot), new Dependency("obj", 0, noun));
            out.set(out.indexOf(apposition), new Dependency(slot.relation(), verb, subject));
            break;
        }
        return out;
    }

    private static List<Dependency> clausesOfNames(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency d : edges) {
            if (isClauseOfAName(tokens, edges, d)) out.set(out.indexOf(d), new Dependency("advcl", headOf(edges, d.governor()).governor(), d.dependent()));
        }
        return out;
    }

    private static List<Dependency> afterCommas(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency d : edges) {
            int p = d.dependent();
            int n = d.governor();
            if (n < 0 || p == 0 || !isClauseParticiple(tokens.get(p)) || !tokens.get(p - 1).word().equals(",")) continue;
            Dependency slot = headOf(edges, n);
            if (slot == null || !NOUN_SLOTS.contains(slot.relation()) || !tokens.get(slot.governor()).isVerb() || slot.governor() > p) continue;
            int verb = slot.governor();
            if (d.relation().equals("acl") && n < p && hasClauseDependent(edges, p)) {
                out.set(out.indexOf(d), new Dependency("advcl", verb, p));
            } else if (d.relation().equals("amod") && n > p && slot.relation().equals("appos")) {
                out.set(out.indexOf(d), new Dependency("advcl", verb, p));
                out.set(out.indexOf(slot), new Dependency("obj", p, n));
            }
        }
        return out;
    }

    /** "Uganda of arming": an "of" participle clause on a name that is the object of a verb. */
    private static boolean isClauseOfAName(List<Token> tokens, List<Dependency> edges, Dependency d) {
        int p = d.dependent();
        int n = d.governor();
        if (!d.relation().equals("acl") || n < 0 || n > p || !tokens.get(p).pos().equals("VBG") || !tokens.get(n).pos().startsWith("NNP")) return false;
        Dependency slot = headOf(edges, n);
        boolean marked = edges.stream().anyMatch(e -> e.governor() == p && e.dependent() < p && tokens.get(e.dependent()).word().equalsIgnoreCase("of"));
        return marked && slot != null && slot.relation().equals("obj") && slot.governor() >= 0 && tokens.get(slot.governor()).isVerb();
    }

    /** A participle that may head a clause: not one that heads a prepositional phrase. */
    private static boolean isClauseParticiple(Token t) {
        return t.pos().equals("VBG") && !PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A clause has an object, a complement or an oblique of its own; an adjective-like participle does not. */
    private static boolean hasClauseDependent(List<Dependency> edges, int p) {
        return edges.stream().anyMatch(d -> d.governor() == p && CLAUSE_RELATIONS.contains(d.relation().split(":", 2)[0]));
    }
}
