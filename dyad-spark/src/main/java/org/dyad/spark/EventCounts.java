package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.dyad.store.StoreColumns;

/**
 * The events table: each distinct event with its counts across articles, rebuilt from the
 * committed tables at the end of a run, by the rules of the store's {@code events} view
 * (schema.sql, docs/store.md): num_mentions sums the sentences that report it, num_sources counts
 * distinct outlets (an article without one counts as its own), num_articles distinct articles;
 * the first report (earliest publication, then lowest seq) gives first_url.
 */
final class EventCounts {

    private EventCounts() {}

    /** @param tables a table's rows of every committed chunk */
    static void rebuild(Function<String, Dataset<Row>> tables, OutputFolder out) {
        Dataset<Row> articles = tables.apply("articles").select("article_key", "id", "source", "url", "published", "seq", "ingested_at");
        Dataset<Row> counts = tables.apply("mentions").select("event_id", "article_key", "sentence", "sentences")
                .join(articles, "article_key")
                .groupBy("event_id")
                .agg(sum("sentences").cast("bigint").as("num_mentions"),
                        countDistinct(coalesce(col("source"), col("id"))).as("num_sources"),
                        countDistinct(col("article_key")).as("num_articles"),
                        min("sentence").as("first_sentence"),
                        min_by(coalesce(col("url"), col("id")), struct(col("published"), col("seq"))).as("first_url"),
                        min("ingested_at").as("first_added"));
        Column[] columns = StoreColumns.of("events").stream().map(c -> col(c.name())).toArray(Column[]::new);
        tables.apply("coded_events").drop("chunk").join(counts, "event_id").select(columns)
                .repartition(col("date")).write().mode(SaveMode.Overwrite).partitionBy("date").parquet(out.table("events"));
    }
}
