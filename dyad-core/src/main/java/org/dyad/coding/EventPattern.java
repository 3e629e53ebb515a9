package org.dyad.coding;

import java.util.List;

/**
 * A predicate that codes an event, as written in a pattern file (docs/patterns.md):
 * "impose sanction@obj >on" is the verb "impose" with the object "sanction" and the target
 * after "on".
 *
 * @param code        CAMEO code of the event, or null for a pattern that codes nothing ("---"):
 *                    it claims its words so that no more general pattern codes them
 * @param reverseCode code of the event the target does back to the source ("exchanged fire":
 *                    "194:194"), or null
 * @param head        lemma of the predicate
 * @param nominal     true for an event noun ("n:sanction"), false for a verb
 * @param elements    words that must depend on the head (objects, particles, complements)
 * @param exclusions  words that must not depend on it ("n:strike !hunger")
 * @param target      where the target is, or null for the default (object, or passive subject)
 * @param source      where the source is, or null for the default (subject, or passive agent)
 * @param reciprocal  a compound subject acts on each other ("%": "Israel and Egypt signed")
 * @param priority    higher wins over more specific; 0 by default
 * @param where       file and line, for explanations
 */
public record EventPattern(String code, String reverseCode, String head, boolean nominal,
                           List<Element> elements, List<Element> exclusions, Slot target, Slot source,
                           boolean reciprocal, int priority, String where) {

    /** A participant named by a preposition ("&gt;on") or by a dependency relation ("&gt;@nsubj"). */
    public record Slot(String preposition, String relation) {

        static Slot parse(String s) {
            return s.startsWith("@") ? new Slot(null, s.substring(1)) : new Slot(s.replace('_', ' '), null);
        }

        String text() {
            return relation != null ? "@" + relation : preposition.replace(' ', '_');
        }
    }

    public EventPattern {
        elements = List.copyOf(elements);
        exclusions = List.copyOf(exclusions);
    }

    /** The same pattern at another priority. */
    public EventPattern withPriority(int p) {
        return new EventPattern(code, reverseCode, head, nominal, elements, exclusions, target, source, reciprocal, p, where);
    }

    /** The pattern makes the subject its target ("receive sentence >@nsubj"): the subject suffers the act, and did not do it. */
    public boolean subjectSuffers() {
        return target != null && "nsubj".equals(target.relation());
    }

    /** True for a pattern that codes no event. */
    public boolean isNull() {
        return code == null;
    }

    /** How specific the pattern is: more words, slots and "%" win over fewer, at equal priority. */
    public int specificity() {
        return elements.size() + (target != null ? 1 : 0) + (source != null ? 1 : 0) + (reciprocal ? 1 : 0);
    }

    /** The pattern in the pattern language, without its code. */
    public String text() {
        StringBuilder b = new StringBuilder(nominal ? "n:" + head : head);
        for (Element e : elements) b.append(' ').append(e.text());
        for (Element e : exclusions) b.append(" !").append(e.text());
        if (reciprocal) b.append(" %");
        if (source != null) b.append(" <").append(source.text());
        if (target != null) b.append(" >").append(target.text());
        return b.toString();
    }

    /** The code column as written: "112", "194:194" or "---". */
    public String codeText() {
        return code == null ? PatternSyntax.NO_EVENT : reverseCode == null ? code : code + ":" + reverseCode;
    }
}
