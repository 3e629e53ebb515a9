/**
 * Bulk ingest: from a pile of articles to a store of events.
 *
 * <p>In: the items an input reader produced ({@link org.dyad.article.ArticleInput}, accepted or
 * rejected), a coder ({@code Article -> Outcome}: coded, skipped for its language, or failed,
 * see {@link org.dyad.intake}) and the provenance it codes with. Out: rows in an
 * {@link org.dyad.store.EventStore}. {@link org.dyad.ingest.Ingest} skips articles already
 * stored with this provenance (and tells how many were stored with another; with recode it codes
 * them again), codes the rest on every core, commits them in input order a batch per
 * transaction, releasing the store after a batch when a reader asks for it, and records rejected inputs
 * and failures in the errors table. Killed at any moment and run again, it ends with the rows
 * an uninterrupted run gives.
 */
package org.dyad.ingest;
