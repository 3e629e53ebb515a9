package org.dyad.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dyad.store.ParquetFolder;
import scala.Tuple2;

/**
 * Appends one chunk's rows to the tables, under {@code chunk=N}, with the store's rules for what
 * is already there: an event keeps the columns of its first report (the article with the lowest
 * seq, as the store keeps the first row inserted), and an error already recorded is not recorded
 * again.
 */
final class ChunkWriter {

    private final SparkSession spark;
    private final OutputFolder out;

    ChunkWriter(SparkSession spark, OutputFolder out) {
        this.spark = spark;
        this.out = out;
    }

    /** Articles whose rows one writer task writes: a chunk's rows are few next to the work of coding them. */
    static final int ARTICLES_PER_WRITER = 10_000;

    /**
     * @param articles how many the chunk has
     * @param skipped  articles not coded for their language, written with the run's first chunk
     * @param rejected inputs that could not be read or were too long to code, written with the run's first chunk
     */
    void write(long chunk, long articles, JavaRDD<CodedRows> coded, JavaRDD<Item> skipped, JavaRDD<Item> rejected, Timestamp storedAt) {
        // Few writers, each writing one file per date folder: a year of daily folders is not multiplied by the cores.
        JavaRDD<CodedRows> ok = coded.filter(CodedRows::coded).coalesce((int) (1 + articles / ARTICLES_PER_WRITER));
        Map<String, JavaRDD<Row>> tables = new LinkedHashMap<>();
        tables.put("coded_events", firstReports(ok).map(e -> TableSchema.row(e, chunk)));
        tables.put("mentions", ok.flatMap(c -> rows(c.mentions(), c.published(), chunk).iterator()));
        tables.put("quotes", ok.flatMap(c -> rows(c.quotes(), c.published(), chunk).iterator()));
        tables.put("actors", ok.flatMap(c -> rows(c.actors(), c.published(), chunk).iterator()));
        Date seen = new Date(storedAt.getTime());
        tables.put("errors", newErrors(coded, rejected).map(e -> TableSchema.row(List.of(e.file(), e.line(), e.reason(), storedAt), seen, chunk)));
        tables.put("skipped", skipped.map(i -> TableSchema.row(i.skippedRow(storedAt), seen, chunk)));
        tables.put("articles", ok.map(c -> TableSchema.row(c.article(), chunk)));
        // The writes are small jobs that mostly wait (planning, committing files): run side by side, they share the cores.
        ExecutorService writers = Executors.newFixedThreadPool(tables.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            tables.forEach((table, rows) -> done.add(writers.submit(() -> append(table, rows))));
            for (Future<?> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing chunk " + chunk, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    private static List<Row> rows(List<List<Object>> rows, Date published, long chunk) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) out.add(TableSchema.row(r, published, chunk));
        return out;
    }

    /** Each event not yet in the tables, with the columns of its first report in this chunk. */
    private JavaRDD<List<Object>> firstReports(JavaRDD<CodedRows> ok) {
        JavaPairRDD<Long, Tuple2<Long, List<Object>>> first = ok.flatMapToPair(c -> {
            List<Tuple2<Long, Tuple2<Long, List<Object>>>> events = new ArrayList<>();
            // Ranked by the article's seq, then by the event's place in its record.
            for (int i = 0; i < c.events().size(); i++) {
                List<Object> e = c.events().get(i);
                events.add(new Tuple2<>((Long) e.get(0), new Tuple2<>((c.seq() << 20) | i, e)));
            }
            return events.iterator();
        }).reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
        if (out.exists("coded_events")) {
            first = first.subtractByKey(read("coded_events").select("event_id").javaRDD().mapToPair(r -> new Tuple2<>(r.getLong(0), true)));
        }
        return first.values().map(Tuple2::_2);
    }

    /** Whether some of these rejected inputs are not yet in the errors table. */
    boolean anyNew(JavaRDD<Item> rejected) {
        return !newErrors(JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD(), rejected).isEmpty();
    }

    private JavaRDD<CodedRows.InputErrorRow> newErrors(JavaRDD<CodedRows> coded, JavaRDD<Item> rejected) {
        JavaRDD<CodedRows.InputErrorRow> all = coded.filter(c -> !c.coded()).map(CodedRows::failure)
                .union(rejected.map(i -> CodedRows.InputErrorRow.of(i.error())));
        JavaPairRDD<String, CodedRows.InputErrorRow> byKey = all.mapToPair(e -> new Tuple2<>(key(e.file(), e.line(), e.reason()), e))
                .reduceByKey((a, b) -> a);
        if (out.exists("errors")) {
            byKey = byKey.subtractByKey(read("errors").select("file", "line", "reason").javaRDD()
                    .mapToPair(r -> new Tuple2<>(key(r.getString(0), r.getInt(1), r.getString(2)), true)));
        }
        return byKey.values();
    }

    private static String key(String file, int line, String reason) {
        return file + '\0' + line + '\0' + reason;
    }

    Dataset<Row> read(String table) {
        return spark.read().schema(TableSchema.of(TableSchema.table(table))).parquet(out.table(table));
    }

    private void append(String table, JavaRDD<Row> rows) {
        ParquetFolder.Table t = TableSchema.table(table);
        spark.createDataFrame(rows, TableSchema.of(t)).write().mode(SaveMode.Append)
                .partitionBy(t.partitions().toArray(String[]::new)).parquet(out.table(table));
    }
}
