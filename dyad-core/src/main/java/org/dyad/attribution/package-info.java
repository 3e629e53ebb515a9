/**
 * Attribution: who said so. Finds direct and indirect quotations
 * ({@link org.dyad.attribution.QuoteFinder}) with their speakers and the media chain they came through, and reads reporting clauses
 * ({@link org.dyad.attribution.ReportedSpeech}) so the event coder can attribute reported
 * events to their speakers.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle} and its actor mentions. Out:
 * {@link org.dyad.attribution.Quote}s, each with a {@link org.dyad.attribution.Speaker}: the
 * words that name the speaker and who that is.
 *
 * <ol>
 *   <li>{@code QuotationMarks} pairs the marks of the raw text;</li>
 *   <li>{@code ReportingClauses} finds the clause that reports each quotation: in the tree
 *       ({@code QuoteTrees}), by word order where a sentence was not parsed ({@code Surface}),
 *       "according to", a colon or a dash, or the sentence before;</li>
 *   <li>{@code Phrases} gives the words of a speaker no dictionary knows ("a campaign
 *       spokeswoman");</li>
 *   <li>{@code ScareQuotes} tells titles and scare quotes from quotations;</li>
 *   <li>{@code IndirectQuotes} finds reported speech without quotation marks.</li>
 * </ol>
 */
package org.dyad.attribution;
