/**
 * PETRARCH and TABARI dictionaries, read as PETRARCH reads them.
 *
 * <p>In: the text of a dictionary file. {@link org.dyad.petrarch.PetrarchDictionary#read} strips
 * its comments ({@code PetrarchLines}), tells its kind from its content, and hands it to the
 * reader of that kind: {@code ActorFile} (phrases, synonyms, dated and default codes, into
 * {@link org.dyad.actors.ActorEntry}s), {@code AgentFile} (role words, substitution sets,
 * plurals), {@code VerbFile} (verb groups and their patterns, translated line by line by
 * {@code PatternLine} into Dyad's dependency patterns) or {@code DiscardFile}. Out: the entries,
 * patterns or discard phrases, with a warning for every line that could not be used and, for a
 * verb file, the patterns not translated, counted by reason. docs/dictionaries.md describes
 * every construct.
 */
package org.dyad.petrarch;
