package org.dyad.spark;

import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.dyad.intake.Intake;
import org.dyad.language.TikaLanguageIdentifier;
import org.dyad.pipeline.Dyad;

/**
 * The one pipeline of this executor JVM. The language models take seconds and gigabytes to
 * load, so they are loaded by the first task that needs them and reused by every later task,
 * of this chunk and of the next, on every core of the executor.
 */
final class ExecutorPipeline {

    private static PipelineSettings loaded;
    private static Dyad dyad;

    private ExecutorPipeline() {}

    /** The intake's checks, as {@code dyad ingest} makes them, over this JVM's pipeline, which loads when first needed. */
    static Intake intake(PipelineSettings settings) {
        return new Intake(article -> get(settings).code(article), TikaLanguageIdentifier.shared(), settings.budget());
    }

    /**
     * Starts loading the pipeline on a thread of its own, for a driver that is its own executor
     * (local mode): the models load while Spark starts and reads the inputs, and the first task
     * takes the pipeline when it is ready. Not with the user's files, which reach an executor
     * only with its first task.
     */
    static void preload(PipelineSettings settings) {
        if (!settings.files().isEmpty()) return;
        Thread load = new Thread(() -> get(settings), "dyad-pipeline-preload");
        load.setDaemon(true);
        load.start();
    }

    static synchronized Dyad get(PipelineSettings settings) {
        if (dyad == null || !settings.equals(loaded)) {
            // The user's dictionaries were shipped with the job (SparkContext.addFile), and are found by their file names.
            dyad = settings.build(file -> Path.of(SparkFiles.get(Path.of(file).getFileName().toString())));
            loaded = settings;
        }
        return dyad;
    }
}
