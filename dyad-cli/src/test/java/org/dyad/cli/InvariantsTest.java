package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.IngestTest.dyad;
import static org.dyad.cli.IngestTest.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same articles give the same events whatever the number of threads and whatever their order. */
class InvariantsTest {

    @TempDir
    Path dir;

    private static final String EVENTS = "SELECT date, source_code, target_code, cameo, negated, num_mentions, num_sources, num_articles "
            + "FROM events ORDER BY ALL";
    private static final String RECORDS = "SELECT id, record FROM articles ORDER BY id";

    @Test
    void oneOrTwoThreadsAndAnyInputOrderGiveTheSameRows() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("..", "data", "gold", "wikinews", "dev.jsonl")).subList(0, 12));
        Path forward = Files.write(dir.resolve("forward.jsonl"), lines);
        Collections.reverse(lines);
        Path backward = Files.write(dir.resolve("backward.jsonl"), lines);

        Path one = ingest(forward, "1", "one.duckdb");
        Path two = ingest(forward, "2", "two.duckdb");
        Path reversed = ingest(backward, "2", "reversed.duckdb");
        List<List<Object>> events = rows(one, EVENTS);
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(rows(two, EVENTS)).isEqualTo(events);
        assertThat(rows(reversed, EVENTS)).isEqualTo(events);
        List<List<Object>> records = rows(one, RECORDS);
        assertThat(rows(two, RECORDS)).isEqualTo(records);
        assertThat(rows(reversed, RECORDS)).isEqualTo(records);
    }

    private Path ingest(Path input, String threads, String name) {
        Path db = dir.resolve(name);
        IngestTest.Run run = dyad("ingest", input.toString(), "--db", db.toString(), "--no-progress", "--threads", threads);
        assertThat(run.status()).as(run.err()).isZero();
        return db;
    }
}
