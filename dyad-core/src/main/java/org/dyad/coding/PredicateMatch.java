package org.dyad.coding;

import java.util.Set;

/**
 * A pattern matched at a predicate token of a sentence.
 *
 * @param predicate token index of the head word
 * @param target    token of the prepositional target the pattern names, or -1
 * @param source    token of the prepositional source the pattern names, or -1
 * @param consumed  tokens the pattern used as its elements; they are not predicates of their own
 */
record PredicateMatch(int predicate, EventPattern pattern, int target, int source, Set<Integer> consumed) {}
