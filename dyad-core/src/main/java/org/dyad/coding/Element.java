package org.dyad.coding;

/**
 * A word a pattern requires (or forbids) beside its predicate: "sanction" in "impose sanction",
 * "off@compound:prt" in "call off@compound:prt", "!hunger" in "n:strike !hunger".
 *
 * @param words    the word or word class it must be
 * @param relation the dependency relation it must hang by (subtypes included), or null for any
 */
public record Element(WordClass words, String relation) {

    boolean fits(String tokenRelation) {
        return relation == null || tokenRelation.equals(relation) || tokenRelation.startsWith(relation + ":");
    }

    String text() {
        return words.name() + (relation == null ? "" : "@" + relation);
    }
}
