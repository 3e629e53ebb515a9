/**
 * Actors: who is who, on the day of the article.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle}. Out: {@link org.dyad.actors.Mention}s,
 * each with a CAMEO-style {@link org.dyad.actors.Actor} code or none.
 *
 * <ol>
 *   <li>{@link org.dyad.actors.ActorDictionary} holds the dictionaries (countries,
 *       organizations, agents, people with date-ranged roles; Dyad TSV or imported
 *       PETRARCH/TABARI files) and finds their phrases in a sentence with a word trie;</li>
 *   <li>{@code MentionFinder} composes neighbouring phrases into one mention: a country and a
 *       role ("Israeli police" ISRCOP), an organization and a role ("Hamas spokesman"), a
 *       person whose office on that date gives the code ("John Kerry" USAGOV in 2014);</li>
 *   <li>{@code Coreference} links surnames, pronouns and descriptions to earlier mentions.</li>
 * </ol>
 */
package org.dyad.actors;
