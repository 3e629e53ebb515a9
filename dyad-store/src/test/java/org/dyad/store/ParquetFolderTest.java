package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.coding.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of Parquet tables laid out as the Spark job lays them out opens as a store: the same
 * tables, columns and rows, and only committed chunks. The folder is written here by DuckDB, so
 * the reader is tested apart from Spark.
 */
class ParquetFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfTheStoresTablesReadsAsTheStore() throws Exception {
        Path db = storeOfThreeArticles();
        Path folder = committedCopy(db);
        for (String table : List.of("events", "coded_events", "articles", "mentions", "quotes", "actors", "errors", "skipped")) {
            assertThat(rows(folder, table)).as(table).isEqualTo(rows(db, table));
        }
        assertThat(rows(folder, "events")).hasSize(2);
        try (EventStore s = EventStore.openReadOnly(folder)) {
            assertThat(s.query("SELECT typeof(published), typeof(place), typeof(ingested_at) FROM events JOIN mentions USING (event_id) "
                    + "JOIN articles USING (article_key) LIMIT 1", List.of()).rows().get(0)).containsExactly("DATE", "JSON", "TIMESTAMP");
        }
    }

    @Test
    void rowsOfAChunkNotCommittedAreNotRead() throws Exception {
        Path db = storeOfThreeArticles();
        Path folder = dir.resolve("out");
        export(db, folder, 1);
        export(db, folder, 2); // a second copy of every row, as a job killed before committing chunk 2 leaves it
        commit(folder, 1);
        assertThat(rows(folder, "mentions")).isEqualTo(rows(db, "mentions"));
    }

    @Test
    void usersQueriesOnAFolderReadItsTablesAndNothingElse() throws Exception {
        Path folder = committedCopy(storeOfThreeArticles());
        Path beside = Files.writeString(dir.resolve("notes.txt"), "private");
        try (EventStore s = EventStore.openForQueries(folder)) {
            assertThat(s.userQuery("SELECT count(*) FROM events").value()).isEqualTo(2L);
            assertThatThrownBy(() -> s.userQuery("SELECT * FROM read_text('" + beside + "')")).hasMessageContaining("disabled");
            assertThatThrownBy(() -> s.userQuery("COPY articles TO '" + dir.resolve("copy.csv") + "'")).hasMessageContaining("queries only");
            assertThatThrownBy(() -> s.userQuery("SET enable_external_access = true")).hasMessageContaining("queries only");
        }
        assertThat(dir.resolve("copy.csv")).doesNotExist();
    }

    @Test
    void aFolderIsNeverWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out").resolve(ParquetFolder.COMMITTED));
        assertThatThrownBy(() -> EventStore.open(folder.getParent().getParent())).isInstanceOf(StoreException.class)
                .hasMessageContaining("stores only into a store file");
    }

    @Test
    void aFolderThatIsNotAnOutputIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("photos"));
        assertThatThrownBy(() -> EventStore.openReadOnly(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("photos").hasMessageContaining("not a dyad-spark output");
    }

    private Path storeOfThreeArticles() {
        Path db = dir.resolve("d.duckdb");
        Event accuse = Articles.event("2024-05-13", Articles.ISRAEL, Articles.PALESTINE, "112", 0);
        try (EventStore s = EventStore.open(db)) {
            s.write(List.of(Articles.article("a1", "Nile Daily", LocalDate.parse("2024-05-14"), accuse),
                            Articles.article("a2", "Delta Post", LocalDate.parse("2024-05-14"), accuse),
                            Articles.article("a3", "Nile Daily", LocalDate.parse("2024-05-15"), accuse,
                                    Articles.event("2024-05", Articles.EGYPT, null, "040", 1))),
                    List.of(new InputError("bad.jsonl", 2, "malformed JSON")));
            Article spanish = new Article("s1", "El ministro se reunió el lunes con los pescadores del puerto.", LocalDate.parse("2024-05-14"),
                    Article.DatedBy.METADATA, "Diario", null, null);
            s.write(new Batch(List.of(), List.of(new SkippedArticle("s.jsonl:4", spanish, "es", "not in English: Spanish (es)")), List.of()));
        }
        return db;
    }

    /** The store's rows as the job's folder, in one committed chunk. */
    private Path committedCopy(Path db) throws java.io.IOException {
        Path folder = dir.resolve("out");
        export(db, folder, 1);
        commit(folder, 1);
        return folder;
    }

    private static void commit(Path folder, long chunk) throws java.io.IOException {
        Files.writeString(Files.createDirectories(folder.resolve(ParquetFolder.COMMITTED)).resolve(ParquetFolder.marker(chunk)), "");
    }

    /** Writes each table as the Spark job does: partition folders by date and chunk, or by chunk alone. */
    private static void export(Path db, Path folder, int chunk) throws java.io.IOException {
        Files.createDirectories(folder);
        String article = "(SELECT article_key, published FROM articles)";
        List<String> copies = List.of(
                "COPY (SELECT *, " + chunk + " AS chunk FROM articles) TO '%s/articles' (FORMAT PARQUET, PARTITION_BY (published, chunk), APPEND)",
                "COPY (SELECT *, " + chunk + " AS chunk FROM coded_events) TO '%s/coded_events' (FORMAT PARQUET, PARTITION_BY (chunk), APPEND)",
                "COPY (SELECT m.*, a.published, " + chunk + " AS chunk FROM mentions m JOIN " + article
                        + " a USING (article_key)) TO '%s/mentions' (FORMAT PARQUET, PARTITION_BY (published, chunk), APPEND)",
                "COPY (SELECT *, CAST(first_seen AS DATE) AS seen, " + chunk
                        + " AS chunk FROM errors) TO '%s/errors' (FORMAT PARQUET, PARTITION_BY (seen, chunk), APPEND)",
                "COPY (SELECT *, CAST(first_seen AS DATE) AS seen, " + chunk
                        + " AS chunk FROM skipped) TO '%s/skipped' (FORMAT PARQUET, PARTITION_BY (seen, chunk), APPEND)",
                "COPY (SELECT * FROM events) TO '%s/events' (FORMAT PARQUET, PARTITION_BY (date), OVERWRITE_OR_IGNORE)");
        try (EventStore s = EventStore.open(db)) {
            for (String copy : copies) s.execute(String.format(copy, folder.toAbsolutePath()));
        }
    }

    private static List<List<Object>> rows(Path store, String table) {
        String sql = "SELECT * FROM " + table + " ORDER BY ALL";
        try (EventStore s = EventStore.openReadOnly(store)) {
            return s.query(sql, List.of()).rows();
        }
    }
}
