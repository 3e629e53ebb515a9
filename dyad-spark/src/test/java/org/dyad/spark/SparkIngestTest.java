package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.ArticleReader;
import org.dyad.cli.Main;
import org.dyad.formats.ArticleSources;
import org.dyad.ingest.Ingest;
import org.dyad.intake.Intake;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job against {@code dyad ingest}: the same articles give the same rows, table by table. */
class SparkIngestTest {

    @TempDir
    Path dir;

    @Test
    void theJobStoresRowForRowWhatIngestStores() {
        Path spark = SmallCorpus.uninterrupted();
        Path store = SmallCorpus.ingested();

        assertThat(SmallCorpus.rows(spark, "articles")).hasSize(SmallCorpus.ARTICLES);
        assertThat(SmallCorpus.rows(spark, "errors")).hasSize(SmallCorpus.ERRORS);
        assertThat(SmallCorpus.rows(spark, "skipped")).as("the Spanish article").hasSize(SmallCorpus.SKIPPED);
        assertThat(rows(spark, "SELECT DISTINCT dyad_version, coding FROM articles")).as("what coded them: ingest's defaults")
                .containsExactly(List.of(LocalSpark.PIPELINE.dyadVersion(), LocalSpark.PIPELINE.coding()));
        assertThat(SmallCorpus.rows(spark, "events")).as("events are coded").hasSizeGreaterThan(5);
        for (String table : SmallCorpus.TABLES) {
            assertThat(SmallCorpus.rows(spark, table)).as(table).isEqualTo(SmallCorpus.rows(store, table));
        }
        // Three outlets report Israel's accusation: one event, counted across them.
        assertThat(one(spark, "SELECT num_mentions, num_sources, num_articles FROM events WHERE source_code = 'ISR' AND cameo = '112'"))
                .containsExactly(3L, 3L, 3L);
    }

    @Test
    void aSecondRunOverTheSameInputsAddsNothing() throws Exception {
        Path out = dir.resolve("again");
        KillResumeTest.copy(SmallCorpus.uninterrupted(), out);
        List<List<List<Object>>> before = snapshot(out);
        LocalSpark.Run again = LocalSpark.ingest(SmallCorpus.inputs(), out, 100);
        assertThat(again.summary().added()).isZero();
        assertThat(again.summary().chunks()).as("nothing to commit").isZero();
        assertThat(again.summary().alreadyStored()).as("coded, skipped, and the repeat").isEqualTo(SmallCorpus.ARTICLES + SmallCorpus.SKIPPED + 1);
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aTableGetsAFolderWithItsFirstRowsAndEventsAreCountedOverTablesBegunLater() throws Exception {
        Path calm = dir.resolve("calm.jsonl");
        Files.writeString(calm, "{\"id\": \"calm-1\", \"published\": \"2025-09-15\", \"source\": \"Coast Herald\", "
                + "\"text\": \"The harbour was quiet on Monday, and the ferries kept to their timetable all day.\"}\n");
        Path out = dir.resolve("out");
        LocalSpark.Run first = LocalSpark.ingest(List.of(calm.toString()), out, 100);
        assertThat(first.summary().added()).isEqualTo(1);
        assertThat(first.summary().events()).isZero();
        assertThat(out.resolve("coded_events")).as("no event, no folder").doesNotExist();
        assertThat(out.resolve("errors")).doesNotExist();

        List<String> both = List.of(calm.toString(), SmallCorpus.dir().resolve("wire.jsonl").toString());
        LocalSpark.Run second = LocalSpark.ingest(both, out, 100);
        assertThat(second.summary().events()).isPositive();
        Path store = dir.resolve("both.duckdb");
        ingest(both, store);
        for (String table : SmallCorpus.TABLES) {
            assertThat(SmallCorpus.rows(out, table)).as(table).isEqualTo(SmallCorpus.rows(store, table));
        }
    }

    @Test
    void dyadCommandsReadTheOutputFolderAsAStore() {
        Path spark = SmallCorpus.uninterrupted();
        Path store = SmallCorpus.ingested();
        for (String[] command : List.of(new String[] {"events", "--limit", "0"}, new String[] {"export", "--format", "gdelt"},
                new String[] {"sql", "SELECT e.cameo, a.source, count(*) AS n FROM mentions JOIN coded_events e USING (event_id) "
                        + "JOIN articles a USING (article_key) GROUP BY ALL ORDER BY ALL"})) {
            String onFolder = dyad(command, spark);
            assertThat(onFolder).isNotBlank();
            assertThat(withoutTimes(onFolder)).as(String.join(" ", command)).isEqualTo(withoutTimes(dyad(command, store)));
        }
    }

    @Test
    void parquetRowsAndFilesNamedByUriAreArticlesAsTheirJsonlLinesAre() throws Exception {
        Path wire = SmallCorpus.dir().resolve("wire.jsonl");
        Path parquet = dir.resolve("wire.parquet");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckdb.createStatement()) {
            st.execute("COPY (SELECT id, text, published, source, url, title FROM read_json('" + wire + "')) TO '" + parquet + "'");
        }
        Path out = dir.resolve("out");
        // The folder, named by a URI, is listed and read through Hadoop's filesystem: each file copied, then read.
        String texts = SmallCorpus.dir().resolve("texts").toUri().toString();
        LocalSpark.Run run = LocalSpark.ingest(List.of(parquet.toUri().toString(), texts, dir.resolve("missing.jsonl").toUri().toString()), out, 100);
        assertThat(run.summary().added()).isEqualTo(5);

        String keys = "SELECT article_key, id, published, source, url, title, text, events FROM articles ORDER BY id";
        assertThat(rows(out, keys)).hasSize(5).isSubsetOf(rows(SmallCorpus.uninterrupted(), keys));
        String mentions = "SELECT * FROM mentions ORDER BY ALL";
        assertThat(rows(SmallCorpus.uninterrupted(), mentions)).containsAll(rows(out, mentions));
        assertThat(rows(out, "SELECT origin FROM articles ORDER BY seq")).containsExactly(List.of(parquet.toUri() + ":1"),
                List.of(parquet.toUri() + ":2"), List.of(parquet.toUri() + ":3"), List.of(parquet.toUri() + ":4"),
                List.of(texts.replace("file:///", "file:/") + "amman.txt"));
        assertThat(rows(out, "SELECT reason FROM errors ORDER BY reason")).containsExactly(List.of("empty: no text to code"), List.of("no such file"));
    }

    static List<List<Object>> rows(Path store, String sql) {
        try (EventStore s = EventStore.openReadOnly(store)) {
            return s.query(sql, List.of()).rows();
        }
    }

    static void ingest(List<String> inputs, Path db) {
        Intake intake = ExecutorPipeline.intake(LocalSpark.PIPELINE); // over the models this JVM's executor loaded
        ArticleSources sources = new ArticleSources(new ArticleReader.Defaults(null, LocalDate.parse(LocalSpark.DEFAULTS.today()), null, null));
        try (EventStore s = EventStore.open(db)) {
            new Ingest(s, () -> intake::code, LocalSpark.PIPELINE.provenance(), 2, false)
                    .run(sink -> sources.read(inputs.stream().map(Path::of).toList(), sink), Ingest.Progress.none());
        }
    }

    static List<Object> one(Path store, String sql) {
        return rows(store, sql).get(0);
    }

    static List<List<List<Object>>> snapshot(Path store) {
        List<List<List<Object>>> all = new ArrayList<>();
        for (String t : SmallCorpus.TABLES) all.add(SmallCorpus.rows(store, t));
        return all;
    }

    private static String dyad(String[] command, Path db) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db", db.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** GDELT's DATEADDED is when the first report was stored, which differs between two runs. */
    private static String withoutTimes(String text) {
        return text.replaceAll("\\t\\d{14}\\t", "\t-\t");
    }
}
