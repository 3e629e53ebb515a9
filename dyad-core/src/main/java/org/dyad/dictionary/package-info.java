/**
 * The dictionaries in force, assembled in one place.
 *
 * <p>In: the user's files (any of Dyad's formats or any PETRARCH/TABARI dictionary) and whether
 * to use the bundled ones. {@link org.dyad.dictionary.Dictionaries#load} reads, in order of
 * increasing precedence, the PETRARCH dictionaries shipped beneath Dyad's own
 * (data/petrarch/bundled.txt), Dyad's own actor dictionaries and patterns, and the user's files.
 * Out: the {@link org.dyad.actors.ActorDictionary}, the {@link org.dyad.coding.PatternBook} and
 * the {@link org.dyad.coding.Discards} the pipeline codes with, and a
 * {@link org.dyad.dictionary.DictionaryFile} report per user file.
 */
package org.dyad.dictionary;
