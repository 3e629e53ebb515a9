package org.dyad.corenlp;

import static org.dyad.corenlp.ParseTree.childOf;
import static org.dyad.corenlp.ParseTree.hasSubject;
import static org.dyad.corenlp.ParseTree.headOf;
import static org.dyad.corenlp.ParseTree.isBareParticiple;
import static org.dyad.corenlp.ParseTree.lastOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Repairs a reduced relative clause with no commas that the parser takes for the main verb:
 * in "a coalition led by Saudi Arabia bombed Houthi positions" it makes "led" the verb of
 * "coalition" and hangs the true verb, "bombed", on the noun after it as an adjective (or on the
 * agent as a clause of its own, or leaves it unlabelled), so no stage sees who bombed what. A
 * bare participle with its subject and a "by" or "with" phrase, followed by a verb in a tense
 * (or a participle with an object of its own, "police backed by soldiers arrested 40 traders")
 * that has no subject, is a clause on that subject: the later verb takes the subject, the noun
 * it was hung on as its object, and what follows it in the sentence.
 */
final class ReducedRelatives {

    /** How the parser hangs the true verb: unlabelled, as an adjective, a clause on a noun, or an orphan. */
    private static final Set<String> HUNG = Set.of("dep", "amod", "acl", "orphan");

    private ReducedRelatives() {}

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (int p = 0; p < tokens.size(); p++) {
            Dependency subject = childOf(out, p, "nsubj");
            int agent = agent(tokens, out, p);
            // "Protesters led by ...": the subject ends right before the participle
            if (subject == null || lastOf(out, subject.dependent()) + 1 != p || agent < 0 || !isBareParticiple(tokens, out, p)) continue;
            int verb = mainVerb(tokens, out, agent + 1);
            if (verb < 0 || !isUnder(out, verb, p)) continue;
            Dependency participle = headOf(out, p);
            Dependency hung = headOf(out, verb);
            if (participle == null) continue;
            int noun = hung.governor();
            out.set(out.indexOf(hung), new Dependency(participle.relation(), participle.governor(), verb));
            out.set(out.indexOf(participle), new Dependency("acl", subject.dependent(), p));
            out.set(out.indexOf(subject), new Dependency("nsubj", verb, subject.dependent()));
            // "met Togolese officials": the noun after the verb that it was hung on is its object
            Dependency nounSlot = noun > verb ? headOf(out, noun) : null;
            if (nounSlot != null) out.set(out.indexOf(nounSlot), new Dependency("obj", verb, noun));
            for (Dependency d : List.copyOf(out)) {
                if (d.governor() == p && d.dependent() > verb) out.set(out.indexOf(d), new Dependency(d.relation(), verb, d.dependent()));
            }
        }
        return out;
    }

    /** "led by the opposition leader", "armed with sticks": the participle's agent or instrument phrase after it. */
    private static int agent(List<Token> tokens, List<Dependency> edges, int p) {
        for (Dependency d : edges) {
            if (d.governor() != p || !d.relation().startsWith("obl") || d.dependent() < p) continue;
            Dependency marker = childOf(edges, d.dependent(), "case");
            String word = marker == null ? "" : tokens.get(marker.dependent()).word().toLowerCase(Locale.ROOT);
            if (word.equals("by") || word.equals("with")) return d.dependent();
        }
        return -1;
    }

    /** Whether a token is in the phrase another heads. */
    private static boolean isUnder(List<Dependency> edges, int token, int head) {
        for (Dependency d = headOf(edges, token); d != null && d.governor() >= 0; d = headOf(edges, d.governor())) {
            if (d.governor() == head) return true;
        }
        return false;
    }

    /**
     * The first verb from {@code from} on, when it is the clause's true verb: hung as the parser
     * hangs it, with no subject of its own, in a tense, or a participle with an object or an
     * orphan. A participle that is none of these ("soldiers trained in Israel", "armoured
     * vehicles", "students carrying banners") is passed over.
     */
    private static int mainVerb(List<Token> tokens, List<Dependency> edges, int from) {
        for (int v = from; v < tokens.size(); v++) {
            Token t = tokens.get(v);
            if (!t.isVerb()) {
                if (t.word().equals(",") || t.word().equals(";")) return -1;
                continue;
            }
            Dependency head = headOf(edges, v);
            if (head == null) return -1;
            String relation = head.relation();
            boolean hung = HUNG.contains(relation) && !hasSubject(edges, v);
            // a participle before a noun is mostly its adjective ("armoured vehicles"), unless it has an object or is an orphan
            boolean clause = t.isFiniteVerb() || t.pos().equals("VBN") && (relation.equals("orphan") || childOf(edges, v, "obj") != null);
            if (hung && clause) return v;
            if (t.isFiniteVerb()) return -1;
        }
        return -1;
    }
}
