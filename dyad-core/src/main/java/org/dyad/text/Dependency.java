package org.dyad.text;

/**
 * A typed Universal Dependencies edge between two tokens of a sentence.
 *
 * @param relation  the relation with its subtype, e.g. "nsubj", "obl:agent", "compound:prt"
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {}
