/**
 * The pipeline, drawn in words:
 *
 * <pre>
 * Article -> LanguageAnalyzer -> AnalyzedArticle -> TimeCorrection
 *         -> ActorResolver (mentions) -> QuoteFinder (quotations)
 *         -> EventCoder (events) -> PlaceFinder (their places) -> DyadRecord
 * </pre>
 *
 * {@link org.dyad.pipeline.Dyad} builds the chain once; each stage can also be used alone.
 * {@code ParseTriage} tells the analyzer which sentences need a dependency parse, and
 * {@link org.dyad.pipeline.StageProfile} keeps the time each stage takes.
 */
package org.dyad.pipeline;
