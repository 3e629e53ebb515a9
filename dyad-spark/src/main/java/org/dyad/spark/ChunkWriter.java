package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.spark.storage.StorageLevel;
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
     * A chunk's rows, table by table, as Spark plans them; nothing is computed yet.
     *
     * @param articles how many the chunk has
     * @param skipped  articles not coded for their language, written with the run's first chunk
     * @param rejected inputs that could not be read or were too long to code, written with the run's first chunk
     */
    Written rows(long chunk, long articles, JavaRDD<CodedRows> coded, JavaRDD<Item> skipped, JavaRDD<Item> rejected, Timestamp storedAt) {
        // Few writers, each writing one file per date folder: a year of daily folders is not multiplied by the cores.
        JavaRDD<CodedRows> ok = coded.filter(CodedRows::coded).coalesce((int) (1 + articles / ARTICLES_PER_WRITER));
        Map<String, JavaRDD<Row>> tables = new LinkedHashMap<>();
        tables.put("coded_events", firstReports(ok).map(e -> TableSchema.row(e, chunk)));
        tables.put("mentions", ok.flatMap(c -> rows(c.mentions(), c.published(), chunk).iterator()));
        tables.put("quotes", ok.flatMap(c -> rows(c.quotes(), c.published(), chunk).iterator()));
        tables.put("actors", ok.flatMap(c -> rows(c.actors(), chunk).iterator()));
        Date seen = new Date(storedAt.getTime());
        tables.put("errors", newErrors(coded, rejected).map(e -> TableSchema.row(List.of(e.file(), e.line(), e.reason(), storedAt), seen, chunk)));
        tables.put("skipped", skipped.map(i -> TableSchema.row(i.skippedRow(storedAt), seen, chunk)));
        tables.put("articles", ok.map(c -> TableSchema.row(c.article(), chunk)));
        Map<String, Dataset<Row>> frames = new LinkedHashMap<>();
        tables.forEach((table, rows) -> frames.put(table, spark.createDataFrame(rows, TableSchema.of(TableSchema.table(table)))));
        // Kept once written: the events table is counted from these rows, which must not be made again after the commit,
        // when the coded_events table they are checked against already holds this chunk's events.
        frames.get("coded_events").persist(StorageLevel.MEMORY_AND_DISK());
        return new Written(chunk, frames, coded);
    }

    /** Appends a chunk's rows to the named tables, the ones it has rows for. */
    void write(Written chunk, Set<String> tables) {
        Map<String, Dataset<Row>> frames = chunk.rows();
        // The writes are small jobs that mostly wait (planning, committing files): run side by side, they share the cores.
        ExecutorService writers = Executors.newFixedThreadPool(frames.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            frames.forEach((table, rows) -> {
                if (tables.contains(table)) done.add(writers.submit(() -> append(table, rows)));
            });
            for (Future<?> f : done) await(f, "writing chunk " + chunk.chunk());
        } finally {
            writers.shutdownNow();
        }
    }

    /** Waits for work on another thread; its failure is thrown here as it was thrown there. */
    static void await(Future<?> work, String doing) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Store rows, each followed by the values of the table's partition columns it lacks. */
    private static List<Row> rows(List<List<Object>> rows, Object... partitions) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) out.add(TableSchema.row(r, partitions));
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

    /** A table's rows, committed or not; none for a table no chunk has written yet. */
    Dataset<Row> read(String table) {
        return spark.read().schema(TableSchema.of(TableSchema.table(table))).parquet(out.table(table));
    }

    private void append(String table, Dataset<Row> rows) {
        rows.write().mode(SaveMode.Append).partitionBy(TableSchema.table(table).partitions().toArray(String[]::new)).parquet(out.table(table));
    }

    /**
     * A committed chunk's rows as they were written, while its coded articles are still in memory:
     * the tables as of this chunk are the files of the chunks before it and these rows, so the
     * events table is counted without reading the chunk back.
     */
    record Written(long chunk, Map<String, Dataset<Row>> rows, JavaRDD<CodedRows> coded) {

        Dataset<Row> table(ChunkWriter writer, String name) {
            Dataset<Row> mine = rows.get(name);
            // A chunk is numbered one past the last committed (SparkIngest): chunk 1 has none before it.
            return chunk == 1 ? mine : writer.read(name).where(col("chunk").lt(chunk)).unionByName(mine);
        }

        /** Frees the rows and the coded articles they are made from. */
        void release() {
            rows.get("coded_events").unpersist(false);
            coded.unpersist(false);
        }
    }
}
