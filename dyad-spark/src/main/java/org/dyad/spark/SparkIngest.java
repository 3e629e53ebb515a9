package org.dyad.spark;

import java.io.PrintWriter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code dyad ingest} as a Spark job: reads the inputs on the executors, skips articles already in
 * the output (by the store's article key), screens the rest as the ingest's intake does (too
 * long: an error; not in English: skipped), codes them in chunks with one pipeline per executor,
 * and commits each chunk to the Parquet tables; then rebuilds the events table with its counts.
 * A run killed at any point and run again ends with the rows of an uninterrupted run.
 */
final class SparkIngest {

    /**
     * @param chunk           new articles committed together: what a killed run can lose
     * @param articlesPerTask articles a coding task takes; small tasks keep every core busy to the end of a chunk
     */
    record Settings(List<String> inputs, String output, ReaderDefaults defaults, PipelineSettings pipeline, int chunk,
                    int articlesPerTask) {}

    /** What a run did; as an ingest's summary, plus the chunks it committed. */
    record Summary(long inputs, long alreadyStored, long added, long skipped, long events, long errors, long chunks, Duration time,
                   Duration coding) {}

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final PrintWriter log;

    SparkIngest(SparkSession spark, PrintWriter log) {
        // The job's tables are small next to the work of coding them: compiling each query's code would cost more than it saves,
        // both a whole stage's and an expression's (the second is Spark's internal setting; with it, writing the tables and
        // rebuilding events for bench/spark's 295 articles, cut short, took 2.5 s less: docs/performance.md).
        spark.conf().set("spark.sql.codegen.wholeStage", "false");
        spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.log = log;
    }

    Summary run(Settings s) {
        long t0 = System.nanoTime();
        OutputFolder out = OutputFolder.at(s.output(), jsc.hadoopConfiguration());
        for (long chunk : out.recover()) log.println("dyad-spark: removed chunk " + chunk + ", which an earlier run began and did not finish");
        for (String f : s.pipeline().files()) jsc.addFile(f);
        ChunkWriter writer = new ChunkWriter(spark, out);

        JavaRDD<Item> items = read(s).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Item> accepted = items.filter(Item::accepted);
        // An article is new when its key is not stored, coded or skipped; of two with one key, the first in input order is taken.
        JavaPairRDD<String, Long> first = accepted.mapToPair(i -> new Tuple2<>(i.key(), i.order())).reduceByKey(Math::min);
        for (String table : List.of("articles", "skipped")) {
            if (!out.exists(table)) continue;
            first = first.subtractByKey(writer.read(table).select("article_key").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), true)));
        }
        // Screened before they are numbered: as in an ingest, an article not coded takes no seq.
        PipelineSettings pipeline = s.pipeline();
        JavaRDD<Item> screened = accepted.mapToPair(i -> new Tuple2<>(i.order(), i)).join(first.mapToPair(t -> new Tuple2<>(t._2(), true)))
                .map(t -> t._2()._1().screened(ExecutorPipeline.intake(pipeline))).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Item> toCode = screened.filter(Item::accepted);
        JavaRDD<Item> skipped = screened.filter(Item::skipped);
        JavaRDD<Item> rejected = items.filter(i -> !i.accepted()).union(screened.filter(i -> !i.accepted() && !i.skipped()));
        JavaPairRDD<Long, Long> place = toCode.map(Item::order).sortBy(o -> o, true, jsc.defaultParallelism()).zipWithIndex();
        JavaPairRDD<Long, Item> fresh = toCode.mapToPair(i -> new Tuple2<>(i.order(), i)).join(place)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Counted in two passes, one before the screen and one after: each Spark job costs time of its own.
        Map<Item.Kind, Long> read = items.map(Item::kind).countByValue();
        Map<Item.Kind, Long> screen = screened.map(Item::kind).countByValue();
        long inputs = read.values().stream().mapToLong(Long::longValue).sum();
        long newArticles = screen.getOrDefault(Item.Kind.ARTICLE, 0L);
        long skippedCount = screen.getOrDefault(Item.Kind.SKIPPED, 0L);
        long alreadyStored = read.getOrDefault(Item.Kind.ARTICLE, 0L) - screen.values().stream().mapToLong(Long::longValue).sum();
        long firstSeq = lastSeq(writer, out) + 1;
        long rejectedCount = read.getOrDefault(Item.Kind.REJECTED, 0L) + screen.getOrDefault(Item.Kind.REJECTED, 0L);
        log.printf(Locale.ROOT, "dyad-spark: coding %d new articles on %d cores; %d skipped, not in English (inputs read in %.1f s)%n",
                newArticles, jsc.defaultParallelism(), skippedCount, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        // With no article to code, a chunk is committed only for skipped articles and errors not recorded yet.
        long chunks = newArticles > 0 ? (newArticles + s.chunk() - 1) / s.chunk()
                : skippedCount > 0 || rejectedCount > 0 && writer.anyNew(rejected) ? 1 : 0;
        long added = 0;
        long events = 0;
        long errors = 0;
        Timestamp storedAt = Timestamp.valueOf(LocalDateTime.now());
        ChunkWriter.Written last = null;
        for (long c = 0; c < chunks; c++) {
            if (last != null) last.release();
            long from = c * s.chunk();
            // The run's skipped articles and unreadable inputs go with its first chunk.
            Set<String> refused = new HashSet<>();
            if (c == 0 && skippedCount > 0) refused.add("skipped");
            if (c == 0 && rejectedCount > 0) refused.add("errors");
            Counts done = commit(s, fresh, from, Math.min(newArticles, from + s.chunk()), firstSeq, c == 0 ? skipped : jsc.emptyRDD(),
                    c == 0 ? rejected : jsc.emptyRDD(), refused, storedAt, writer, out);
            last = done.written();
            added += done.added();
            events += done.events();
            errors += done.failed();
            log.printf(Locale.ROOT, "dyad-spark: chunk %d committed: %d of %d new articles, %d events (coded in %.1f s, written in %.1f s)%n",
                    last.chunk(), added, newArticles, events, done.coding(), done.writing());
        }
        errors += rejectedCount;
        long t2 = System.nanoTime();
        if (!out.eventsCurrent()) {
            out.eventsBuilding();
            ChunkWriter.Written written = last;
            if (out.exists("coded_events")) EventCounts.rebuild(written != null ? name -> written.table(writer, name) : writer::read, out);
            out.eventsBuilt();
            log.printf(Locale.ROOT, "dyad-spark: events table rebuilt in %.1f s%n", (System.nanoTime() - t2) / 1e9);
        }
        if (last != null) last.release();
        fresh.unpersist(false);
        screened.unpersist(false);
        items.unpersist(false);
        return new Summary(inputs, alreadyStored, added, skippedCount, events, errors, chunks, Duration.ofNanos(System.nanoTime() - t0),
                Duration.ofNanos(t2 - t1));
    }

    /** What one chunk added, and its rows; times in seconds. */
    private record Counts(ChunkWriter.Written written, long added, long events, long failed, double coding, double writing) {}

    /**
     * Codes the new articles numbered {@code from} to {@code to} (exclusive) and commits them as the next chunk.
     *
     * @param refused the tables that {@code skipped} and {@code rejected} give rows to
     */
    private Counts commit(Settings s, JavaPairRDD<Long, Item> fresh, long from, long to, long firstSeq, JavaRDD<Item> skipped,
                          JavaRDD<Item> rejected, Set<String> refused, Timestamp storedAt, ChunkWriter writer, OutputFolder out) {
        long chunk = out.lastChunk() + 1;
        out.start(chunk);
        int tasks = (int) Math.max(jsc.defaultParallelism(), (to - from + s.articlesPerTask() - 1) / s.articlesPerTask());
        JavaRDD<CodedRows> coded = fresh.filter(t -> t._1() >= from && t._1() < to)
                .partitionBy(new Spread(tasks))
                .mapPartitions(new ChunkCoding(s.pipeline(), firstSeq, storedAt))
                // Kept as objects: every table's write reads them again, and a chunk's rows are small.
                .persist(StorageLevel.MEMORY_AND_DISK());
        long t0 = System.nanoTime();
        JavaFutureAction<Long> coding = coded.countAsync(); // the executors code the chunk, before its rows are written,
        ChunkWriter.Written written = writer.rows(chunk, to - from, coded, skipped, rejected, storedAt); // while the driver plans them
        ChunkWriter.await(coding, "coding chunk " + chunk);
        long t1 = System.nanoTime();
        CodedRows.Tally tally = coded.map(CodedRows::tally).fold(CodedRows.Tally.NONE, CodedRows.Tally::plus);
        Set<String> tables = tally.tables();
        tables.addAll(refused);
        writer.write(written, tables);
        out.commit(chunk);
        return new Counts(written, tally.added(), tally.events(), tally.failed(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /** Every item of every input, each file read by one task (Parquet files in splits). */
    private JavaRDD<Item> read(Settings s) {
        InputListing.Listing listing = InputListing.of(s.inputs(), jsc.hadoopConfiguration());
        Map<String, String> hadoop = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        ReaderDefaults defaults = s.defaults();
        List<InputFile> files = listing.files().stream().filter(f -> !f.parquet()).toList();
        List<InputFile> parquet = listing.files().stream().filter(InputFile::parquet).toList();
        JavaRDD<Item> items = jsc.parallelize(listing.rejected(), 1);
        if (!files.isEmpty()) {
            items = items.union(jsc.parallelize(files, files.size())
                    .flatMap(f -> FileReading.read(f, defaults, hadoop).iterator()));
        }
        if (!parquet.isEmpty()) items = items.union(ParquetArticles.read(spark, parquet, defaults));
        return items;
    }

    private static long lastSeq(ChunkWriter writer, OutputFolder out) {
        if (!out.exists("articles")) return 0;
        Row max = writer.read("articles").agg(org.apache.spark.sql.functions.max("seq")).first();
        return max.isNullAt(0) ? 0 : max.getLong(0);
    }

    /** Deals a chunk's articles to its tasks in turn, by their place in input order, so tasks are alike in size. */
    static final class Spread extends Partitioner {
        private final int tasks;

        Spread(int tasks) {
            this.tasks = tasks;
        }

        @Override
        public int numPartitions() {
            return tasks;
        }

        @Override
        public int getPartition(Object place) {
            return (int) ((Long) place % tasks);
        }
    }
}
