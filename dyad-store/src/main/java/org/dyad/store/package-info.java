/**
 * The embedded event store: one DuckDB file (docs/store.md).
 *
 * <p>In: {@link org.dyad.store.Batch}es of {@link org.dyad.store.CodedArticle}s (an article,
 * its Dyad record and the {@link org.dyad.record.Provenance} that coded it),
 * {@link org.dyad.store.SkippedArticle}s and {@link org.dyad.store.InputError}s. Out: tables
 * of articles, events counted across articles (the view {@code events}, with GDELT's
 * NumMentions, NumSources and NumArticles), mentions linking each event to the articles and
 * sentences it came from, quotes, actor mentions, skipped articles and errors; filtered
 * queries ({@link org.dyad.store.EventQuery}); users' queries, checked and sandboxed; and
 * exports ({@link org.dyad.store.Export}: GDELT 2.0, CSV, JSON lines, Parquet, PLOVER).
 * {@link org.dyad.store.EventStore} is the only class that queries DuckDB; a writer gives the
 * file up between batches when a reader asks for it, so readers and an ingest take turns
 * ({@code Lock}); the driver is loaded from a stable cache folder ({@code DuckDbDriver}).
 *
 * <p>The same tables can be a folder of Parquet files, as the Spark job writes them
 * ({@link org.dyad.store.ParquetFolder}), which opens as a store for reading only;
 * {@link org.dyad.store.ArticleRows} gives the rows both write, and
 * {@link org.dyad.store.StoreColumns} the columns.
 */
package org.dyad.store;
