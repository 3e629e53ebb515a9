/**
 * The pipeline, drawn in words:
 *
 * <pre>
 * Article -> LanguageAnalyzer -> AnalyzedArticle -> TimeCorrection
 *         -> ActorResolver (mentions) -> QuoteFinder (quotations)
 *         -> EventCoder (events) -> DyadRecord
 * </pre>
 *
 * {@link org.dyad.pipeline.Dyad} builds the chain once; each stage can also be used alone.
 */
package org.dyad.pipeline;
