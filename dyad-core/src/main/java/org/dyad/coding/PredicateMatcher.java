package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/** Finds, for each word of a sentence, the most specific event pattern it satisfies. */
final class PredicateMatcher {

    private static final Set<String> NOT_ELEMENTS = Set.of("nsubj", "nsubj:pass", "punct", "det", "cc", "mark", "case");

    private final PatternBook patterns;

    PredicateMatcher(PatternBook patterns) {
        this.patterns = patterns;
    }

    List<PredicateMatch> matches(Sentence s) {
        List<PredicateMatch> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            var token = s.token(i);
            if (!token.isVerb() && !token.isNoun()) continue;
            PredicateMatch best = null;
            for (EventPattern p : patterns.forHead(token.lemma(), token.isNoun())) {
                PredicateMatch m = match(s, i, p);
                if (m != null && (best == null || p.specificity() > best.pattern().specificity())) best = m;
            }
            if (best != null) out.add(best);
        }
        return out;
    }

    private static PredicateMatch match(Sentence s, int head, EventPattern p) {
        Set<Integer> consumed = new HashSet<>();
        List<Integer> anchors = new ArrayList<>(List.of(head));
        for (String word : p.words()) {
            int found = -1;
            for (int a : anchors) {
                found = dependentWithLemma(s, a, word, consumed);
                if (found >= 0) break;
            }
            // "released Israeli soldier Gilad Shalit": the word may modify the object's name.
            for (int obj : s.children(head, "obj")) {
                if (found < 0 && s.token(obj).lemma().equalsIgnoreCase(word) && !consumed.contains(obj)) found = obj;
                if (found < 0) found = dependentWithLemma(s, obj, word, consumed);
            }
            if (found < 0) return null;
            consumed.add(found);
            anchors.add(found);
        }
        int target = -1;
        if (p.targetPrep() != null) {
            target = prepositionalObject(s, anchors, p.targetPrep());
            if (target < 0) target = adjacentObject(s, head, p.targetPrep());
            if (target < 0) return null;
        }
        int source = -1;
        if (p.sourcePrep() != null) {
            source = prepositionalObject(s, anchors, p.sourcePrep());
            if (source < 0) return null;
        }
        return new PredicateMatch(head, p, target, source, consumed);
    }

    private static int dependentWithLemma(Sentence s, int head, String lemma, Set<Integer> used) {
        for (Dependency d : s.children(head)) {
            if (NOT_ELEMENTS.contains(d.relation()) || used.contains(d.dependent())) continue;
            if (s.token(d.dependent()).lemma().equalsIgnoreCase(lemma)) return d.dependent();
        }
        return -1;
    }

    /** The noun governed by a preposition attached to any of the anchors ("sanctions on Iran", "met with Kerry"). */
    static int prepositionalObject(Sentence s, List<Integer> anchors, String preposition) {
        for (int a : anchors) {
            // The parser may read "called on the PA" as a particle verb with a direct object.
            for (int prt : s.children(a, "compound:prt")) {
                if (s.token(prt).word().equalsIgnoreCase(preposition) && !s.children(a, "obj").isEmpty()) return s.children(a, "obj").get(0);
            }
            for (Dependency d : s.children(a)) {
                String rel = d.relation();
                if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || rel.equals("nmod:poss") || rel.equals("obl:tmod")) continue;
                if (caseIs(s, d.dependent(), preposition) && !isTemporal(s, d.dependent())) return d.dependent();
            }
        }
        return -1;
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

    /** "on Monday", "in March", "on Friday night": a prepositional phrase of time is no participant. */
    static boolean isTemporal(Sentence s, int token) {
        if (TEMPORAL.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) return true;
        for (int c : s.children(token, "compound")) if (TEMPORAL.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "time");

    private static boolean caseIs(Sentence s, int noun, String preposition) {
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
