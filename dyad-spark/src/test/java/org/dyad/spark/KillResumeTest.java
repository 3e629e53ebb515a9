package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.store.ParquetFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job killed part way, then run again, ends with exactly the rows of an uninterrupted run: no
 * article lost, none stored twice, every count the same.
 */
class KillResumeTest {

    @TempDir
    Path dir;

    @Test
    void aJobKilledAfterItsFirstChunkResumesToTheRowsOfAnUninterruptedRun() throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("job.log");
        Process job = new ProcessBuilder(command(out)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        job.getOutputStream().close();
        try {
            awaitFirstChunk(job, out, log);
            // Somewhere in the next chunks: between two commits, or inside one.
            boolean finished = job.waitFor(new Random(20261201).nextInt(1500), TimeUnit.MILLISECONDS);
            assertThat(finished).as("the job was still running when killed").isFalse();
        } finally {
            job.destroyForcibly().waitFor();
        }
        long committed = committedChunks(out);
        assertThat(committed).as("killed part way").isBetween(1L, 2L);

        LocalSpark.Run rerun = LocalSpark.ingest(SmallCorpus.inputs(), out, 2);
        assertThat(rerun.summary().added()).isEqualTo(SmallCorpus.ARTICLES - 2 * committed);
        assertThat(SparkIngestTest.snapshot(out)).isEqualTo(SparkIngestTest.snapshot(SmallCorpus.uninterrupted()));
    }

    @Test
    void aChunkStartedAndNotCommittedIsNotReadAndIsRemovedByTheNextRun() throws Exception {
        Path out = dir.resolve("out");
        copy(SmallCorpus.uninterrupted(), out);
        // What a job killed while writing chunk 99 leaves: its marker of a start, and some of its rows.
        Files.writeString(out.resolve(ParquetFolder.CONTROL + "/started/" + ParquetFolder.marker(99)), "");
        List<Path> written = new ArrayList<>();
        try (Stream<Path> chunkOne = Files.list(out.resolve("articles"))) {
            for (Path day : chunkOne.filter(p -> Files.isDirectory(p.resolve("chunk=1"))).toList()) {
                written.add(day.resolve("chunk=99"));
                copy(day.resolve("chunk=1"), day.resolve("chunk=99"));
            }
        }
        assertThat(written).isNotEmpty();
        List<List<List<Object>>> expected = SparkIngestTest.snapshot(SmallCorpus.uninterrupted());
        assertThat(SparkIngestTest.snapshot(out)).as("readers skip the unfinished chunk").isEqualTo(expected);

        LocalSpark.Run rerun = LocalSpark.ingest(SmallCorpus.inputs(), out, 2);
        assertThat(rerun.log()).contains("removed chunk 99");
        assertThat(rerun.summary().added()).isZero();
        assertThat(written).noneMatch(Files::exists);
        assertThat(SparkIngestTest.snapshot(out)).isEqualTo(expected);
    }

    /** The job as a user runs it, in a JVM of its own that can be killed. */
    private static List<String> command(Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        // The JDK openings Spark needs, as this test JVM was given them.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")).forEach(command::add);
        String cp = System.getProperty("surefire.test.class.path");
        command.addAll(List.of("-cp", cp != null ? cp : System.getProperty("java.class.path"), SparkMain.class.getName()));
        command.addAll(SmallCorpus.inputs());
        command.addAll(List.of("-o", out.toString(), "--master", "local[2]", "--chunk", "2", "--articles-per-task", "1"));
        return command;
    }

    private static void awaitFirstChunk(Process job, Path out, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (committedChunks(out) == 0) {
            assertThat(job.isAlive()).as("the job ended before its first chunk: %s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("first chunk within 5 minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long committedChunks(Path out) throws IOException {
        Path committed = out.resolve(ParquetFolder.COMMITTED);
        if (!Files.isDirectory(committed)) return 0;
        try (Stream<Path> markers = Files.list(committed)) {
            return markers.filter(p -> p.getFileName().toString().startsWith("chunk-")).count();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
