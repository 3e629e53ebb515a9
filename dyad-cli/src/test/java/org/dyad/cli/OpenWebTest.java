package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;
import org.dyad.store.CodedArticle;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile crawl or a careless colleague tries, against real {@code dyad} processes and
 * real files: statements that would reach outside the store, pages and lines that would stall
 * the coder, text in other languages, and reading a store while it is being written.
 */
class OpenWebTest {

    @TempDir
    Path dir;

    /** A store of one article, written here without the pipeline. */
    private Path store(String name) {
        Path db = dir.resolve(name);
        Article a = new Article("a1", "Kenya recalled its ambassador.", LocalDate.of(2024, 5, 1), Article.DatedBy.METADATA, "Wire", null, null);
        DyadRecord r = new DyadRecord(DyadRecord.SCHEMA, new DyadRecord.ArticleInfo("a1", "2024-05-01", "metadata", "Wire", null, null),
                List.of(), List.of(), List.of(), List.of());
        try (EventStore s = EventStore.open(db)) {
            s.write(List.of(new CodedArticle("a.jsonl:1", a, r, new Provenance("test", "test"))), List.of());
        }
        return db;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void sqlReadsTheStoreAndNothingElseAndChangesNothing() throws Exception {
        Path db = store("news.duckdb");
        Path other = store("other.duckdb");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for queries");
        String before = sha256(db);
        DyadProcess dyad = new DyadProcess(dir, "512m");

        DyadProcess.Result ok = dyad.run("sql", "--db", db.toString(), "SELECT count(*) AS n FROM articles", "--format", "csv");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("n\n1\n");
        Path library = dyad.cache().resolve("duckdb_jdbc-1.4.4.0").resolve("libduckdb_java.so_linux_amd64");
        long extracted = Files.getLastModifiedTime(library).toMillis();

        List<List<String>> attempts = List.of(
                List.of("COPY (SELECT 'x') TO '" + db + "'", "queries only"),
                List.of("ATTACH '" + other + "' AS o (READ_WRITE); DELETE FROM o.articles", "queries only"),
                List.of("SELECT * FROM read_csv('/etc/passwd')", "file system operations are disabled"),
                List.of("SELECT * FROM read_text('" + secret + "')", "file system operations are disabled"),
                List.of("SELECT * FROM glob('" + dir + "/*')", "file system operations are disabled"),
                List.of("COPY (SELECT * FROM articles) TO '" + dir.resolve("out.csv") + "'", "queries only"),
                List.of("EXPORT DATABASE '" + dir.resolve("exported") + "'", "queries only"),
                List.of("DELETE FROM articles", "queries only"));
        for (List<String> attempt : attempts) {
            DyadProcess.Result r = dyad.run("sql", "--db", db.toString(), attempt.get(0));
            assertThat(r.status()).as(attempt.get(0)).isEqualTo(2);
            assertThat(r.err()).as(attempt.get(0)).startsWith("dyad: ").contains(attempt.get(1));
            assertThat(r.out()).as(attempt.get(0)).isEmpty();
        }
        assertThat(sha256(db)).as("the store is untouched").isEqualTo(before);
        assertThat(IngestTest.count(other, "articles")).as("the other database is untouched").isEqualTo(1);
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(dir.resolve("exported")).doesNotExist();

        // DuckDB's native library: extracted once into the cache, never into the temporary folder.
        assertThat(Files.getLastModifiedTime(library).toMillis()).isEqualTo(extracted);
        try (Stream<Path> tmp = Files.list(dyad.tmp())) {
            assertThat(tmp.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("duckdb"));
        }
    }

    @Test
    void aCrawlOfHostilePagesIsIngestedInBoundedTimeAndMemoryWhileReadersRead() throws Exception {
        Path in = Files.createDirectories(dir.resolve("crawl"));
        Files.writeString(in.resolve("wire.jsonl"), """
                {"id": "w1", "published": "2024-05-14", "source": "Nile Daily", "text": "Egyptian police arrested 40 opposition activists in Cairo on Monday. The arrests followed a week of protests."}
                {"id": "w2", "published": "2024-05-15", "source": "Delta Post", "text": "Kenyan officials met Somali officials in Nairobi on Tuesday to discuss security along their border."}
                """);
        Files.writeString(in.resolve("french.txt"), "Le gouvernement fran\u00e7ais a annonc\u00e9 mardi de nouvelles mesures contre "
                + "la hausse des prix de l'\u00e9nergie, a d\u00e9clar\u00e9 le ministre \u00e0 Paris.");
        Files.writeString(in.resolve("arabic.txt"), "\u0627\u062a\u0647\u0645 \u0627\u0644\u0631\u0626\u064a\u0633 "
                + "\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0628\u0627\u0644\u0641\u0633\u0627\u062f \u064a\u0648\u0645 "
                + "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0641\u064a \u0627\u0644\u0639\u0627\u0635\u0645\u0629\u060c "
                + "\u0648\u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u0644\u0645 \u064a\u0641\u0639\u0644\u0648\u0627 \u0634\u064a\u0626\u0627.");
        Files.writeString(in.resolve("chinese.txt"), "\u4e2d\u56fd\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u5468\u4e8c\u8868\u793a\uff0c"
                + "\u4e2d\u65b9\u5c06\u7ee7\u7eed\u4e0e\u5404\u65b9\u4fdd\u6301\u6c9f\u901a\uff0c\u63a8\u52a8\u653f\u6cbb\u89e3\u51b3\u5371\u673a\u3002");
        // A line without a full stop: once a 5 MB one ran for minutes at 3.6 GB.
        Files.writeString(in.resolve("runon.txt"), "police in Cairo arrested protesters and Israel accused Iran ".repeat(300));
        Files.writeString(in.resolve("flood.txt"), "word ".repeat(1_100_000));
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Kenyan officials met Somali officials in Nairobi on Monday to discuss security along their shared border.</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        Path db = dir.resolve("crawl.duckdb");
        DyadProcess dyad = new DyadProcess(dir, "2g");

        long t0 = System.nanoTime();
        Process ingest = dyad.start("ingest", "ingest", in.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");
        // Once the ingest has created the store, it loads its models: the store is free for readers.
        while (ingest.isAlive() && !Files.exists(db)) Thread.sleep(20);
        DyadProcess.Result sql = dyad.run("sql", "--db", db.toString(), "SELECT count(*) AS n FROM errors", "--format", "csv");
        DyadProcess.Result events = dyad.run("events", "--db", db.toString());
        DyadProcess.Result export = dyad.run("export", "--db", db.toString(), "--format", "csv", "-o", dir.resolve("events.csv").toString());
        boolean readWhileIngesting = ingest.isAlive();
        assertThat(ingest.waitFor(4, TimeUnit.MINUTES)).as("the ingest ends").isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(ingest.exitValue()).as(dyad.err("ingest")).isZero();
        assertThat(seconds).isLessThan(120);

        assertThat(readWhileIngesting).as("the readers ran while the ingest did").isTrue();
        assertThat(sql.status()).as(sql.err()).isZero();
        assertThat(sql.out()).as("nothing committed yet").isEqualTo("n\n0\n");
        assertThat(events.status()).as(events.err()).isZero();
        assertThat(export.status()).as(export.err()).isZero();

        assertThat(dyad.err("ingest")).contains("3 articles added").contains("3 skipped (not English)").contains("2 errors")
                .contains("1 with warnings");
        assertThat(IngestTest.rows(db, "SELECT regexp_extract(file, '[^/]+$'), reason FROM errors ORDER BY 1")).satisfiesExactly(
                flood -> assertThat(flood.get(1).toString()).isEqualTo("1100000 words, over the budget of 50000 words per article; not coded"),
                nested -> assertThat(nested.get(1).toString()).contains("nested 512 deep"));
        assertThat(IngestTest.rows(db, "SELECT regexp_extract(file, '[^/]+$'), left(language, 2) FROM skipped ORDER BY 1"))
                .containsExactly(List.of("arabic.txt", "ar"), List.of("chinese.txt", "zh"), List.of("french.txt", "fr"));
        assertThat(IngestTest.rows(db, "SELECT record->>'$.warnings[0]' FROM articles WHERE id = 'runon'").get(0).get(0).toString())
                .contains("a sentence of 2700 tokens").contains("cut into 18");
        assertThat(IngestTest.rows(db, "SELECT count(*) FROM actors a JOIN skipped s USING (article_key)").get(0).get(0))
                .as("no mentions from the skipped articles").isEqualTo(0L);
    }

    /** An ingest keeps the store between batches until a reader asks for it with a marker file. */
    @Test
    void aReaderWaitsForTheWriterToReleaseTheStore() throws Exception {
        Path db = store("news.duckdb");
        Path marker = Path.of(db + ".wanted");
        DyadProcess dyad = new DyadProcess(dir, "512m");
        try (EventStore writer = EventStore.open(db)) {
            writer.codedArticles(); // holds the file, as an ingest between two batches
            Process reader = dyad.start("reader", "sql", "--db", db.toString(), "SELECT count(*) AS n FROM articles", "--format", "csv");
            while (reader.isAlive() && !Files.exists(marker)) Thread.sleep(20);
            assertThat(reader.isAlive()).as("the reader waits: " + dyad.err("reader")).isTrue();
            writer.releaseIfWanted();
            assertThat(reader.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(reader.exitValue()).as(dyad.err("reader")).isZero();
            assertThat(Files.readString(dir.resolve("reader.out"))).isEqualTo("n\n1\n");
            writer.write(List.of(), List.of()); // and the writer takes the file back
        }
    }
}
