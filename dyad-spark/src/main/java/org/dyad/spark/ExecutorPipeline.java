package org.dyad.spark;

import java.nio.file.Path;
import org.apache.spark.SparkFiles;
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

    static synchronized Dyad get(PipelineSettings settings) {
        if (dyad == null || !settings.equals(loaded)) {
            // The user's dictionaries were shipped with the job (SparkContext.addFile).
            dyad = settings.build(name -> Path.of(SparkFiles.get(name)));
            loaded = settings;
        }
        return dyad;
    }
}
