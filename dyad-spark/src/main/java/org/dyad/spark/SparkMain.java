package org.dyad.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dyad.cli.InputOptions;
import org.dyad.cli.PipelineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad-spark}: {@code dyad ingest} on Apache Spark. Run by {@code spark-submit} on a
 * cluster, or by the {@code ./dyad-spark} launcher in local mode (docs/spark.md).
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, version = "dyad-spark 0.1.0",
        description = {"Code articles into Parquet tables with Apache Spark: the pipeline and the tables of dyad ingest.",
                "Inputs are local paths or Hadoop filesystem URIs: text, JSONL, CSV, HTML, RSS/Atom, WARC and Parquet files,",
                "and folders of them. Articles already in the output are skipped, so a rerun does only what is missing."})
public final class SparkMain implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The output folder, a local path or a URI (hdfs://, s3a://); dyad --db DIR reads it.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit. Default: local[*], every core of this machine.")
    String master;

    @Option(names = "--chunk", defaultValue = "5000", paramLabel = "N",
            description = "New articles committed together; a killed job loses at most one chunk's work. Default: ${DEFAULT-VALUE}.")
    int chunk;

    @Option(names = "--articles-per-task", defaultValue = "4", paramLabel = "N",
            description = "Articles one coding task takes: small tasks keep every core busy. Default: ${DEFAULT-VALUE}.")
    int articlesPerTask;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (input.paths().contains("-")) throw new CommandLine.ParameterException(spec.commandLine(), "dyad-spark reads files, not standard input");
        if (chunk < 1 || articlesPerTask < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--chunk and --articles-per-task must be positive");
        // The driver reads the user's files first: one that cannot be read stops the job, bad lines are warned about.
        PipelineSettings settings = PipelineSettings.of(pipeline);
        if (!pipeline.files().isEmpty()) pipeline.dictionaries(err);
        ReaderDefaults defaults = new ReaderDefaults(input.published() == null ? null : input.published().toString(),
                LocalDate.now().toString(), input.source(), input.url());
        SparkSession spark = session(settings);
        try {
            SparkIngest.Summary s = new SparkIngest(spark, err).run(
                    new SparkIngest.Settings(input.paths(), output, defaults, settings, chunk, articlesPerTask));
            err.println(summary(s));
        } finally {
            spark.stop();
        }
        return 0;
    }

    /** spark-submit's session, or one on --master, or a local one on every core. */
    private SparkSession session(PipelineSettings settings) {
        String submitted = new SparkConf().get("spark.master", null);
        String chosen = master != null ? master : submitted != null ? submitted : "local[*]";
        boolean local = chosen.startsWith("local");
        if (local) ExecutorPipeline.preload(settings);
        // spark-submit's settings are the user's: only a session started here gets the local ones.
        return submitted == null && local ? local(chosen).getOrCreate()
                : SparkSession.builder().appName("dyad-spark").master(chosen).getOrCreate();
    }

    /** A session on this machine's cores, as the launcher and the tests start it. */
    static SparkSession.Builder local(String master) {
        // Local mode stays on loopback: no port of this machine is opened to the network.
        return SparkSession.builder().appName("dyad-spark").master(master).config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", Runtime.getRuntime().availableProcessors() * 2L)
                .config("spark.hadoop.fs.file.impl", LocalFiles.class.getName())
                // Listing a table's date folders is quick on one machine: a Spark job for it costs more than it saves.
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", Integer.MAX_VALUE);
    }

    private String summary(SparkIngest.Summary s) {
        double coding = s.coding().toMillis() / 1000.0;
        return String.format(Locale.ROOT,
                "dyad-spark: %d inputs into %s: %d articles added, %d already stored, %d skipped (not English), %d events, %d errors "
                        + "in %d chunks; %.1f s%s",
                s.inputs(), output, s.added(), s.alreadyStored(), s.skipped(), s.events(), s.errors(), s.chunks(), s.time().toMillis() / 1000.0,
                s.added() > 0 ? String.format(Locale.ROOT, ", %.2f articles/s while coding", s.added() / coding) : "");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dyad-spark: " + e.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
