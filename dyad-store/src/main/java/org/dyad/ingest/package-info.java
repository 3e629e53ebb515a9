/**
 * Bulk ingest: from a pile of articles to a store of events.
 *
 * <p>In: the items an input reader produced ({@link org.dyad.article.ArticleInput}, accepted or
 * rejected) and a coder (the pipeline, {@code Article -> DyadRecord}). Out: rows in an
 * {@link org.dyad.store.EventStore}. {@link org.dyad.ingest.Ingest} skips articles whose key is
 * already stored, codes the rest on every core, commits them in input order a batch per
 * transaction, and records rejected inputs and coding failures in the errors table. Killed at
 * any moment and run again, it ends with the rows an uninterrupted run gives.
 */
package org.dyad.ingest;
