package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL at random moments, then run again, ends with exactly the rows
 * of an uninterrupted ingest: none lost, none duplicated. The ingests are real {@code dyad}
 * processes, as a user would run them.
 */
class KillResumeTest {

    /** Gold-set items are short articles with ids and dates: a corpus that needs no network. */
    private static final Path GOLD = Path.of("..", "data", "gold", "gold.jsonl");
    private static final int ARTICLES = 90;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void anIngestKilledAtRandomPointsResumesToTheRowsOfAnUninterruptedOne() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = Files.readAllLines(GOLD).subList(0, ARTICLES);
        List<String> withBadLine = new ArrayList<>(lines);
        withBadLine.add(ARTICLES / 2, "{\"id\": \"broken\", \"text\": ");
        Files.write(corpus, withBadLine);

        Path whole = dir.resolve("whole.duckdb");
        Process uninterrupted = ingest(corpus, whole);
        assertThat(uninterrupted.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(uninterrupted.exitValue()).isZero();

        Path resumed = dir.resolve("resumed.duckdb");
        Random random = new Random(20261127);
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            Process p = ingest(corpus, resumed);
            awaitCoding(p);
            long delay = random.nextInt(2500);
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) break;
            p.destroyForcibly().waitFor();
            killed++;
        }
        Process last = ingest(corpus, resumed);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();

        assertThat(killed).as("at least one ingest was killed part-way").isPositive();
        assertThat(IngestTest.count(resumed, "articles")).isEqualTo(ARTICLES);
        assertThat(IngestTest.count(resumed, "errors")).isEqualTo(1);
        assertThat(IngestTest.snapshot(resumed)).isEqualTo(IngestTest.snapshot(whole));
        try (var left = Files.list(dyad.tmp())) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).as("nothing left in the temporary folder by the killed processes")
                    .noneMatch(name -> name.contains("duckdb"));
        }
    }

    private Process ingest(Path corpus, Path db) throws Exception {
        if (dyad == null) dyad = new DyadProcess(dir, "3g");
        log = "ingest" + runs++;
        return dyad.start(log, "ingest", corpus.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");
    }

    private DyadProcess dyad;
    private String log;
    private int runs;

    /** Waits until the process says coding has begun (the models are loaded), or has ended. */
    private void awaitCoding(Process p) throws Exception {
        while (p.isAlive() && !dyad.err(log).contains("coding ")) Thread.sleep(50);
    }
}
