/**
 * The embedded event store: one DuckDB file (docs/store.md).
 *
 * <p>In: {@link org.dyad.store.CodedArticle}s (an article and its Dyad record) and
 * {@link org.dyad.store.InputError}s. Out: tables of articles, events counted across articles
 * (the view {@code events}, with GDELT's NumMentions, NumSources and NumArticles), mentions
 * linking each event to the articles and sentences it came from, quotes, actor mentions and
 * errors; filtered queries ({@link org.dyad.store.EventQuery}); and exports
 * ({@link org.dyad.store.Export}: GDELT 2.0, CSV, JSON lines, Parquet, PLOVER).
 * {@link org.dyad.store.EventStore} is the only class that queries DuckDB. The same tables can be a
 * folder of Parquet files, as the Spark job writes them ({@link org.dyad.store.ParquetFolder}),
 * which opens as a store; {@link org.dyad.store.ArticleRows} gives the rows both write, and
 * {@link org.dyad.store.StoreColumns} the columns.
 */
package org.dyad.store;
