/**
 * Attribution: who said so. Finds direct quotations ({@link org.dyad.attribution.QuoteFinder})
 * with their speakers and the media chain they came through, and reads reporting clauses
 * ({@link org.dyad.attribution.ReportedSpeech}) so the event coder can attribute reported
 * events to their speakers.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle} and its actor mentions. Out:
 * {@link org.dyad.attribution.Quote}s.
 */
package org.dyad.attribution;
