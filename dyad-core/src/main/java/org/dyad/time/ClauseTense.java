package org.dyad.time;

import java.util.Locale;
import java.util.Set;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/**
 * The tense of the clause a time expression belongs to: that of the first verb above it in
 * the dependency tree, with its auxiliaries; of the whole sentence when it was not parsed.
 */
final class ClauseTense {

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "\u2019ll", "wo");
    /** Relations by which a verb without tense hangs from the clause whose tense it has. */
    private static final Set<String> NON_FINITE_LINKS = Set.of("advcl", "xcomp", "conj", "acl", "dep");

    private ClauseTense() {}

    /**
     * Past: a past-tense verb, a perfect ("has met"), or a past passive ("was signed"). A verb
     * without tense of its own takes that of the clause it depends on ("has fluctuated, rising
     * from $29 in March"); a participle that modifies a noun tells of what is done ("the year
     * ended March 31", "the accord signed in May").
     */
    static boolean isPast(Sentence s, TimeExpression t) {
        if (!s.parsed()) return s.tokens().stream().anyMatch(k -> k.pos().equals("VBD"));
        int verb = verbAbove(s, t);
        if (verb < 0) return false;
        for (int steps = 0; steps < 3 && isNonFinite(s, verb); steps++) {
            if (s.token(verb).pos().equals("VBN") && s.relation(verb).equals("acl")) return true;
            int head = s.head(verb);
            if (head < 0 || !s.token(head).isVerb() || !NON_FINITE_LINKS.contains(s.relation(verb))) break;
            verb = head;
        }
        if (s.token(verb).pos().equals("VBD")) return true;
        // "the junta barred girls ... in March", tagged as a participle: a clause's own verb with an active subject and no auxiliary is a past tense
        if (s.token(verb).pos().equals("VBN") && s.children(verb, "aux").isEmpty() && !s.children(verb, "nsubj").isEmpty()) return true;
        for (int aux : s.children(verb, "aux")) {
            if (s.token(aux).pos().equals("VBD") || s.token(aux).lemma().equals("have")) return true;
        }
        return s.token(verb).pos().equals("VBN") && s.children(verb, "aux:pass").stream().anyMatch(a -> s.token(a).pos().equals("VBD"));
    }

    /**
     * Future: "will" or "shall" ("will visit Cairo on Saturday"), a present tense that news
     * uses for what is scheduled ("the talks open Monday", "is meeting him Tuesday"), or a verb
     * of scheduling, in any tense, above the expression or above the infinitive it governs
     * ("planned to leave on Thursday", "has scheduled a news conference Thursday", "postponed
     * the vote until Tuesday"; {@link Schedule}). Other infinitives and "would" were measured to
     * mislead more often than not ("declined to comment on Monday", "said it would send aid
     * after Monday's quake").
     */
    static boolean isFuture(Sentence s, TimeExpression t) {
        if (!s.parsed()) {
            boolean past = s.tokens().stream().anyMatch(k -> k.pos().equals("VBD") || k.pos().equals("VBN"));
            return s.tokens().stream().anyMatch(k -> k.pos().equals("MD") && FUTURE_AUX.contains(k.word().toLowerCase(Locale.ROOT))) || !past
                    && s.tokens().stream().anyMatch(k -> k.pos().equals("VBZ") || k.pos().equals("VBP"))
                    || Schedule.precedes(s, t);
        }
        int verb = verbAbove(s, t);
        if (verb < 0) return false;
        if (isWillOrScheduled(s, t)) return true;
        for (int aux : s.children(verb, "aux")) {
            String w = s.token(aux).word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(w)) return true;
            if (s.token(aux).pos().equals("VBD") || s.token(aux).lemma().equals("have") || s.token(aux).pos().equals("MD")) return false;
        }
        String pos = s.token(verb).pos();
        return pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG") && !s.children(verb, "aux").isEmpty();
    }

    /**
     * Future by an explicit cue in the tree, not by a present tense: "will" or "shall" on the
     * verb above the expression (without a parse, on the last verb before it), or a verb of
     * scheduling ({@link Schedule}).
     */
    static boolean isWillOrScheduled(Sentence s, TimeExpression t) {
        if (!s.parsed()) {
            int verb = t.firstToken() - 1;
            while (verb >= 0 && !s.token(verb).isVerb()) verb--;
            while (verb > 0 && s.token(verb - 1).isVerb() && !s.token(verb - 1).pos().equals("MD")) verb--; // "will be paid"
            return verb > 0 && FUTURE_AUX.contains(s.token(verb - 1).word().toLowerCase(Locale.ROOT)) || Schedule.precedes(s, t);
        }
        int predicate = predicateAbove(s, t);
        if (predicate < 0) return false;
        return Schedule.governs(s, t, predicate)
                || s.children(predicate, "aux").stream().anyMatch(a -> FUTURE_AUX.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
    }

    /** The first verb above the expression, or a noun or adjective with a copula ("will be payable Jan. 3", "has been on patrol since March"). */
    private static int predicateAbove(Sentence s, TimeExpression t) {
        for (int k = s.head(t.lastToken()), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
            if (s.token(k).isVerb() || !s.children(k, "cop").isEmpty()) return k;
        }
        return -1;
    }

    /** A participle or an infinitive with no auxiliary of its own. */
    private static boolean isNonFinite(Sentence s, int verb) {
        String pos = s.token(verb).pos();
        return (pos.equals("VBG") || pos.equals("VBN") || pos.equals("VB")) && s.children(verb, "aux").isEmpty();
    }

    private static int verbAbove(Sentence s, TimeExpression t) {
        for (int k = s.head(t.lastToken()), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
            if (s.token(k).isVerb()) return k;
        }
        return -1;
    }
}
