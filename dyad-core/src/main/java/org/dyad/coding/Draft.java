package org.dyad.coding;

import org.dyad.actors.Mention;

/**
 * An event found in a sentence, before it is dated, attributed and scored.
 *
 * @param predicate token of the word that expresses the act
 * @param target    null when the act has no coded target
 * @param pattern   the pattern (and refinements) it was coded by, for the evidence
 * @param negated   the text says it did not happen
 */
record Draft(int predicate, Mention source, Mention target, String code, String pattern, boolean negated) {}
