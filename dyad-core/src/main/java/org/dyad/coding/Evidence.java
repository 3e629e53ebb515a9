package org.dyad.coding;

/**
 * The words an event was coded from.
 *
 * @param sentence index of the sentence
 * @param start    character offset of the sentence in the article text
 * @param end      one past its last character
 * @param text     the sentence as written
 * @param trigger  the predicate word that matched a pattern
 * @param pattern  the pattern it matched, as written in the pattern file
 */
public record Evidence(int sentence, int start, int end, String text, String trigger, String pattern) {}
