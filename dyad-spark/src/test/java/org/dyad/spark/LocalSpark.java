package org.dyad.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dyad.cli.PipelineOptions;

/** One local Spark session for every test in this JVM, on two cores, and the job run in it. */
final class LocalSpark {

    /** dyad ingest's defaults. */
    static final PipelineSettings PIPELINE = PipelineSettings.of(new PipelineOptions());
    static final ReaderDefaults DEFAULTS = new ReaderDefaults(null, LocalDate.now().toString(), null, null);

    private static SparkSession spark;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkMain.local("local[2]").appName("dyad-spark-test").getOrCreate();
        }
        return spark;
    }

    record Run(SparkIngest.Summary summary, String log) {}

    /** Runs the job on these inputs into {@code output}, committing {@code chunk} articles at a time. */
    static Run ingest(List<String> inputs, Path output, int chunk) {
        StringWriter log = new StringWriter();
        SparkIngest.Summary s = new SparkIngest(session(), new PrintWriter(log, true))
                .run(new SparkIngest.Settings(inputs, output.toString(), DEFAULTS, PIPELINE, chunk, 1));
        return new Run(s, log.toString());
    }
}
