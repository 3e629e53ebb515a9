package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Finds, for each word of a sentence, the pattern it satisfies: the one of highest priority,
 * then the most specific, then the first loaded.
 */
final class PredicateMatcher {

    private final PatternBook patterns;
    private final Grammar grammar;

    PredicateMatcher(PatternBook patterns, Grammar grammar) {
        this.patterns = patterns;
        this.grammar = grammar;
    }

    List<PredicateMatch> matches(Sentence s) {
        List<PredicateMatch> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            var token = s.token(i);
            // A proper noun names something ("the Popular Mobilization Forces"), and a participle that
            // modifies a noun describes it ("the detained sailors"): neither reports an act. An adjective
            // does when it is the predicate ("was critical of the plan").
            boolean predicateAdjective = token.isAdjective() && !s.children(i, "cop").isEmpty();
            if (!token.isVerb() && !token.isNoun() && !predicateAdjective || token.pos().startsWith("NNP") || s.relation(i).equals("amod")
                    || grammar.beginsFixedPreposition(s.tokens(), i)) continue;
            PredicateMatch best = null;
            for (EventPattern p : patterns.forHead(token.lemma(), token.isNoun())) {
                if (best != null && !outranks(p, best.pattern())) continue;
                PredicateMatch m = match(s, i, p);
                if (m != null) best = m;
            }
            if (best != null) out.add(best);
        }
        return out;
    }

    /**
     * A clause with a subject of its own: a complement clause ("said the army had freed them", "said the move
     * was a mistake") or a verb with a tense of its own ("kidnapped"), not an infinitive that shares its
     * head's subject ("gathered to discuss").
     */
    private static boolean isFiniteClause(Sentence s, int word) {
        if (s.children(word, "nsubj").isEmpty()) return false;
        return s.relation(word).equals("ccomp") || s.token(word).isFiniteVerb() || s.token(word).isVerb() && !s.children(word, "aux").isEmpty();
    }

    private static boolean outranks(EventPattern p, EventPattern q) {
        return p.priority() != q.priority() ? p.priority() > q.priority() : p.specificity() > q.specificity();
    }

    private PredicateMatch match(Sentence s, int head, EventPattern p) {
        Set<Integer> consumed = new HashSet<>();
        List<Integer> anchors = new ArrayList<>(List.of(head));
        int passiveObject = Arguments.passiveObject(s, head);
        for (Element e : p.elements()) {
            int found = find(s, head, anchors, passiveObject, e, consumed);
            if (found < 0) return null;
            // PETRARCH's "SAY KIDNAPPED +": in "gunmen kidnapped villagers, police said" the reported clause has a
            // doer of its own, and the speaker kidnapped no one
            if (p.priority() == PatternBook.BENEATH && isFiniteClause(s, found)) return null;
            consumed.add(found);
            anchors.add(found);
            // "launched a wave of airstrikes": the noun that counts the element is part of it, not the act's target
            int counter = countingNoun(s, found);
            if (counter >= 0 && counter != head) {
                consumed.add(counter);
                anchors.add(counter);
            }
        }
        for (Element e : p.exclusions()) {
            if (find(s, head, anchors, passiveObject, e, consumed) >= 0) return null;
        }
        for (int o : s.children(head, "obj")) {
            if (!consumed.contains(o) && grammar.isIdiom(s.token(head), s.token(o))) return null;
        }
        int target = -1;
        if (p.target() != null) {
            target = slot(s, head, anchors, p.target());
            if (target < 0) return null;
        }
        int source = -1;
        if (p.source() != null) {
            source = slot(s, head, anchors, p.source());
            if (source < 0) return null;
        }
        return new PredicateMatch(head, p, target, source, consumed);
    }

    /**
     * A word the pattern names: a dependent of the head or of an element already found, by any
     * relation but the grammatical ones, or by the one the element names; failing that, a word
     * inside the phrase of such a dependent ("released Israeli soldier Gilad Shalit", "fighter
     * jets@nsubj").
     */
    private int find(Sentence s, int head, List<Integer> anchors, int passiveObject, Element e, Set<Integer> used) {
        for (int a : anchors) {
            for (Dependency d : s.children(a)) {
                if (used.contains(d.dependent())) continue;
                if (e.relation() == null && grammar.isNotElement(d.relation()) || !e.fits(d.relation())) continue;
                // "met Goita and demanded their release": a verb joined to the head is an act of its own
                if (e.relation() == null && d.relation().equals("conj") && s.token(d.dependent()).isVerb()) continue;
                // "attacked him for the tax", not "attacked the base for the second time": any word is a participant, not a time
                if (e.words().name().equals(WordClass.ANY) && grammar.isTemporal(s, d.dependent())) continue;
                if (named(s, e, d.dependent())) return d.dependent();
            }
        }
        for (Dependency d : s.children(head)) {
            // inside a phrase of the element's relation, or inside the object, where an element of a named
            // relation must hang by it ("described the plan as reckless", parsed with "as reckless" under "plan")
            boolean byRelation = e.relation() != null && e.fits(d.relation());
            if (!byRelation && !d.relation().equals("obj")) continue;
            for (Dependency inner : s.children(d.dependent())) {
                if (used.contains(inner.dependent()) || grammar.isNotElement(inner.relation())) continue;
                if (e.relation() != null && !byRelation && !e.fits(inner.relation())) continue;
                // a word of a name is no word of the phrase: "the Aid Medal" is no aid
                if (isName(s, inner.dependent()) && isName(s, d.dependent())) continue;
                if (named(s, e, inner.dependent())) return inner.dependent();
            }
        }
        // "helped Kenyan forces seal off the roads": the parser makes the one helped the subject of the bare
        // infinitive it completes ("that the agreement was" is a clause of its own)
        if (e.relation() == null) {
            for (int c : s.children(head, "ccomp")) {
                if (!s.token(c).pos().equals("VB") || !s.children(c, "mark").isEmpty() || !s.children(c, "aux").isEmpty()) continue;
                for (int n : s.children(c, "nsubj")) if (!used.contains(n) && named(s, e, n)) return n;
            }
        }
        // "the sanctions that it imposed", "a charge the council rejected": a relative clause acts on its noun
        int relative = relativeObject(s, head, grammar);
        if (relative >= 0 && !used.contains(relative) && (e.relation() == null || e.fits("obj")) && named(s, e, relative)) return relative;
        // "sanctions were imposed on Iran", "the decree signed by the Pope": who or what a passive acts on is its object.
        if (passiveObject >= 0 && !used.contains(passiveObject) && (e.relation() == null || e.fits("obj"))
                && e.words().contains(s.token(passiveObject))) {
            return passiveObject;
        }
        return -1;
    }

    /** The noun a relative clause's verb modifies, when the verb has no object but a relative pronoun; or -1. */
    static int relativeObject(Sentence s, int verb, Grammar grammar) {
        if (!s.relation(verb).equals("acl:relcl") || s.head(verb) < 0) return -1;
        for (int o : s.children(verb, "obj")) if (!grammar.isRelativeTag(s.token(o).pos())) return -1;
        return s.head(verb);
    }

    /**
     * True when the word is one the element names, or, for a word class, a list one of whose words
     * is, or a noun whose adjective or compound's first noun is ("a decent man" is praise, "a witch
     * hunt" a reproach, "an aid convoy" aid). A name's words do not count: "the Intelligence Star"
     * is an award, not information.
     */
    static boolean named(Sentence s, Element e, int token) {
        // "told Lome the talks would waste no time": a verb with a subject of its own is a clause's act, not a word of the class
        if (e.words().isClass() && s.token(token).isVerb() && !s.children(token, "nsubj").isEmpty()) return false;
        if (e.words().contains(s.token(token))) return true;
        if (!e.words().isClass()) return false;
        // "swift, forceful and decisive": a class names a list when it names one of its words
        if (s.children(token, "conj").stream().anyMatch(c -> e.words().contains(s.token(c)))) return true;
        if (!isCommonNoun(s, token)) return false;
        // "called him a decent man": the adjective carries the judgement the noun only bears
        if (s.children(token, "amod").stream().anyMatch(c -> e.words().contains(s.token(c)))) return true;
        return s.children(token, "compound").stream().anyMatch(c -> isCommonNoun(s, c) && e.words().contains(s.token(c)));
    }

    private static boolean isCommonNoun(Sentence s, int token) {
        return s.token(token).isNoun() && !isName(s, token);
    }

    private static boolean isName(Sentence s, int token) {
        return s.token(token).pos().startsWith("NNP");
    }

    private int slot(Sentence s, int head, List<Integer> anchors, EventPattern.Slot slot) {
        if (slot.relation() != null) {
            List<Integer> found = s.children(head, slot.relation());
            return found.isEmpty() ? -1 : found.get(0);
        }
        int t = prepositionalObject(s, anchors, slot.preposition(), grammar);
        int counter = countingNoun(s, head);
        if (t < 0 && counter >= 0) t = prepositionalObject(s, List.of(counter), slot.preposition(), grammar);
        return t >= 0 ? t : adjacentObject(s, head, slot.preposition());
    }

    /** "a wave of airstrikes on Uganda": the noun that counts the head, whose phrase the parser may give the head's target; or -1. */
    private int countingNoun(Sentence s, int head) {
        int above = s.head(head);
        return above >= 0 && s.relation(head).equals("nmod") && caseIs(s, head, "of") && grammar.isCountingNoun(s.token(above)) ? above : -1;
    }

    /** The noun governed by a preposition attached to any of the anchors ("sanctions on Iran", "met with Kerry"). */
    static int prepositionalObject(Sentence s, List<Integer> anchors, String preposition, Grammar grammar) {
        for (int a : anchors) {
            // The parser may read "called on the PA" as a particle verb with a direct object.
            for (int prt : s.children(a, "compound:prt")) {
                if (s.token(prt).word().equalsIgnoreCase(preposition) && !s.children(a, "obj").isEmpty()) return s.children(a, "obj").get(0);
            }
            for (Dependency d : s.children(a)) {
                String rel = d.relation();
                if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || rel.equals("nmod:poss") || rel.equals("obl:tmod")) continue;
                if (caseIs(s, d.dependent(), preposition) && !grammar.isTemporal(s, d.dependent()) && !isAbsolute(s, d.dependent())) return d.dependent();
            }
        }
        return -1;
    }

    /**
     * "declared an emergency, with Georgia following suit": after a comma, "with" and a noun that a
     * participle tells of is a clause of its own, whose noun is no partner or recipient of the act.
     */
    private static boolean isAbsolute(Sentence s, int noun) {
        List<Integer> cases = s.children(noun, "case");
        if (cases.isEmpty() || !s.token(cases.get(0)).word().equalsIgnoreCase("with")) return false;
        int with = cases.get(0);
        if (with == 0 || !s.token(with - 1).word().equals(",")) return false;
        for (Dependency d : s.children(noun)) {
            if (d.dependent() > noun && isParticiple(s, d.dependent())) return true;
            for (Dependency e : s.children(d.dependent())) if (e.dependent() > noun && isParticiple(s, e.dependent())) return true;
        }
        return false;
    }

    private static boolean isParticiple(Sentence s, int token) {
        String pos = s.token(token).pos();
        return pos.equals("VBG") || pos.equals("VBN");
    }

    /**
     * "called on the PA to end ...": when the parser has not attached the preposition to the
     * verb, a preposition right after the verb still introduces its target: the first noun after it.
     */
    private static int adjacentObject(Sentence s, int head, String preposition) {
        String[] words = preposition.split(" ");
        int i = head + 1;
        for (String w : words) {
            if (i >= s.size() || !s.token(i).word().equalsIgnoreCase(w)) return -1;
            i++;
        }
        for (; i < s.size(); i++) {
            var t = s.token(i);
            if (t.isNoun() || t.pos().startsWith("PRP")) {
                while (i + 1 < s.size() && s.token(i + 1).isNoun()) i++; // the head is the last noun of a compound
                return i;
            }
            if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().equals("PRP$"))) return -1;
        }
        return -1;
    }

    /** A clause or phrase introduced by a word ("for attacking", "of shelling"), its marker or preposition, by lemma. */
    static boolean isIntroducedBy(Sentence s, int word, Predicate<String> lemma) {
        for (Dependency d : s.children(word)) {
            if ((d.relation().equals("mark") || d.relation().equals("case")) && lemma.test(s.token(d.dependent()).lemma())) return true;
        }
        return false;
    }

    /** The noun's preposition is this one ("under", "on_behalf_of" written with spaces). */
    static boolean caseIs(Sentence s, int noun, String preposition) {
        List<Integer> cases = s.children(noun, "case");
        if (cases.isEmpty()) return false;
        StringBuilder words = new StringBuilder();
        for (int c : cases) {
            if (words.length() > 0) words.append(' ');
            words.append(s.token(c).word().toLowerCase());
        }
        return words.toString().equals(preposition) || s.token(cases.get(0)).lemma().equalsIgnoreCase(preposition);
    }
}
