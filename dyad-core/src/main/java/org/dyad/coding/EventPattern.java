package org.dyad.coding;

import java.util.List;

/**
 * A predicate that codes an event, as written in data/coding/patterns.tsv:
 * "impose sanction >on" is the verb "impose" with the object "sanction", target after "on".
 *
 * @param head         lemma of the predicate
 * @param nominal      true for an event noun ("n:sanction"), false for a verb
 * @param words        lemmas that must depend on the head (objects, particles, complements)
 * @param targetPrep   preposition introducing the target, or null for the direct object
 * @param sourcePrep   preposition introducing the source, or null for the subject
 * @param where        file and line, for explanations
 */
public record EventPattern(String code, String head, boolean nominal, List<String> words,
                           String targetPrep, String sourcePrep, String where) {

    /** How specific the pattern is: more elements win over fewer. */
    public int specificity() {
        return words.size() + (targetPrep != null ? 1 : 0) + (sourcePrep != null ? 1 : 0);
    }

    public String text() {
        StringBuilder b = new StringBuilder(nominal ? "n:" + head : head);
        for (String w : words) b.append(' ').append(w);
        if (sourcePrep != null) b.append(" <").append(sourcePrep);
        if (targetPrep != null) b.append(" >").append(targetPrep);
        return b.toString();
    }
}
