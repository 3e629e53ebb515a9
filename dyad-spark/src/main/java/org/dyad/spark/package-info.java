/**
 * {@code dyad ingest} as an Apache Spark job (docs/spark.md).
 *
 * <p>In: files and folders (local paths or Hadoop filesystem URIs) of text, JSONL, CSV, HTML,
 * RSS/Atom, WARC and Parquet, read on the executors with the readers ingest uses. Out: a folder
 * of Parquet tables with the store's names, columns and rows (articles, coded_events, mentions,
 * quotes, actors, errors, skipped, and events with their counts), partitioned by chunk and, but
 * for coded_events and actors, by date, which {@code dyad --db DIR} and DuckDB read as a store.
 *
 * <p>{@link org.dyad.spark.SparkIngest} lists the inputs, skips articles whose store key is in
 * the output, screens the rest with ingest's intake checks ({@link org.dyad.spark.Item#screened}),
 * and codes them chunk by chunk: {@link org.dyad.spark.ChunkCoding} codes a
 * partition with the executor's one pipeline ({@link org.dyad.spark.ExecutorPipeline}) into the
 * store's own rows ({@link org.dyad.store.ArticleRows}), {@link org.dyad.spark.ChunkWriter}
 * appends them, and {@link org.dyad.spark.OutputFolder} marks the chunk committed, so a killed
 * run leaves nothing half-written that the next run does not remove. {@link org.dyad.spark.EventCounts}
 * then rebuilds the events table.
 */
package org.dyad.spark;
