package org.dyad.coding;

import org.dyad.text.Token;

/**
 * A word a pattern requires (or forbids) beside its predicate: "sanction" in "impose sanction",
 * "off@compound:prt" in "call off@compound:prt", "!hunger" in "n:strike !hunger".
 *
 * @param words    the word or word class it must be
 * @param relation the dependency relation it must hang by (subtypes included), or null for any
 */
public record Element(WordClass words, String relation) {

    /** True when the token is one of the words and its relation fits. */
    boolean accepts(Token token, String tokenRelation) {
        return fits(tokenRelation) && words.contains(token);
    }

    boolean fits(String tokenRelation) {
        return relation == null || tokenRelation.equals(relation) || tokenRelation.startsWith(relation + ":");
    }

    String text() {
        return words.name() + (relation == null ? "" : "@" + relation);
    }
}
