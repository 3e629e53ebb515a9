package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.record.Provenance;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest}, {@code events}, {@code sql} and {@code export} end to end, in this JVM. */
class IngestTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run dyad(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<List<Object>> rows(Path db, String sql) {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.query(sql, List.of()).rows();
        }
    }

    static long count(Path db, String table) {
        return ((Number) rows(db, "SELECT count(*) FROM " + table).get(0).get(0)).longValue();
    }

    private static String line(String id, String published, String source, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"source\": \"" + source + "\", \"url\": \"https://news.example/"
                + id + "\", \"text\": \"" + text + "\"}\n";
    }

    /** Three outlets report one arrest; one of them also reports a meeting. */
    private Path wire() throws Exception {
        Path feed = dir.resolve("wire.jsonl");
        String arrest = "Egyptian police arrested 40 opposition activists in Cairo on Monday.";
        Files.writeString(feed,
                line("w1", "2024-05-14", "Nile Daily", arrest + " The arrests followed a week of protests.")
                + line("w2", "2024-05-14", "Delta Post", "Witnesses described the scene. " + arrest)
                + line("w3", "2024-05-15", "Nile Daily", arrest + " Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday."));
        return feed;
    }

    @Test
    void theSameEventFromThreeArticlesIsOneEventWithItsCounts() throws Exception {
        Path db = dir.resolve("d.duckdb");
        Run run = dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 articles added");

        List<List<Object>> arrest = rows(db, "SELECT source_code, target_code, num_mentions, num_sources, num_articles, first_url "
                + "FROM events WHERE cameo_root = '17' AND date = '2024-05-13'");
        assertThat(arrest).hasSize(1);
        assertThat(arrest.get(0).subList(2, 6)).containsExactly(3L, 2L, 3L, "https://news.example/w1");
        assertThat(arrest.get(0).get(0).toString()).startsWith("EGY");
        assertThat(rows(db, "SELECT count(*) FROM events WHERE cameo_root = '04'").get(0).get(0)).isEqualTo(1L);
        assertThat(rows(db, "SELECT DISTINCT article_key FROM mentions m JOIN events e USING (event_id) WHERE e.cameo_root = '17'"))
                .hasSize(3);
    }

    @Test
    void namesWithoutACodeAreListedReadyToBeCodedAndPassedBack() throws Exception {
        Path db = dir.resolve("d.duckdb");
        Path feed = dir.resolve("names.jsonl");
        Files.writeString(feed, line("n1", "2024-03-02", "Nile Daily", "Zorvan Telk met Egyptian officials in Cairo on Friday.")
                + line("n2", "2024-03-04", "Delta Post", "Zorvan Telk said on Sunday that talks would continue."));
        assertThat(dyad("ingest", feed.toString(), "--db", db.toString(), "--no-progress").status()).isZero();
        Run unknown = dyad("actors", "unknown", "--db", db.toString(), "--top", "5");
        assertThat(unknown.status()).as(unknown.err()).isZero();
        assertThat(unknown.out()).contains("name\taliases\tcode\tfrom\tto\ttitle")
                .contains("# 2 mentions in 2 articles, 2024-03-02..2024-03-04: Zorvan Telk met Egyptian officials in Cairo on Friday.")
                .contains("\nZorvan Telk\t\t\t\t\t\n");
        Path completed = dir.resolve("completed.tsv");
        Files.writeString(completed, unknown.out().replace("Zorvan Telk\t\t\t\t\t", "Zorvan Telk\t\tEGYREB\t2020-01-01\t\tcommander"));
        Run lookup = dyad("actors", "lookup", "Zorvan Telk", "--date", "2024-03-02", "--dictionary", completed.toString());
        assertThat(lookup.out().lines().findFirst().orElse("")).isEqualTo("EGYREB");
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothing() throws Exception {
        Path db = dir.resolve("d.duckdb");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"b1\", \"text\": \"The cabinet met in Rome.\", \"published\": \"2024-05-14\"}\n{not json\n");
        String[] args = {"ingest", wire().toString(), bad.toString(), "--db", db.toString(), "--no-progress"};
        assertThat(dyad(args).status()).isZero();
        String before = snapshot(db);
        Run again = dyad(args);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("0 articles added, 4 already stored");
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(count(db, "errors")).isEqualTo(1);
    }

    /** Every row of every table, without the clock columns: what two equal stores share. */
    static String snapshot(Path db) {
        StringBuilder s = new StringBuilder();
        s.append(rows(db, "SELECT article_key, seq, id, events, record FROM articles ORDER BY article_key"));
        s.append(rows(db, "SELECT * EXCLUDE (first_added) FROM events ORDER BY event_id"));
        s.append(rows(db, "SELECT * FROM mentions ORDER BY event_id, article_key"));
        s.append(rows(db, "SELECT * FROM quotes ORDER BY article_key, n"));
        s.append(rows(db, "SELECT * FROM actors ORDER BY article_key, n"));
        s.append(rows(db, "SELECT file, line, reason FROM errors ORDER BY ALL"));
        return s.toString();
    }

    @Test
    void everyKindOfBadInputIsRecordedAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Turkish troops shelled Kurdish militia positions in northern Syria on Sunday.");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\": \"ok\", \"text\": \"Kenya recalled its ambassador.\"}\n{\"id\": 3,\n{\"id\": \"x\"}\n");
        Files.writeString(in.resolve("table.csv"), "id,text,published\nc1,Pakistan condemned the attack.,2024-05-01\nc2,,2024-05-01\nc3,Brazil protested.,not-a-date\n");
        Path db = dir.resolve("d.duckdb");
        Run run = dyad("ingest", in.toString(), dir.resolve("missing.jsonl").toString(), "--db", db.toString(),
                "--published", "2024-05-06", "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();

        List<List<Object>> errors = rows(db, "SELECT regexp_extract(file, '[^/]+$'), line FROM errors ORDER BY ALL");
        assertThat(errors).containsExactly(
                List.of("empty.txt", 0), List.of("image.txt", 0), List.of("latin1.txt", 0),
                List.of("lines.jsonl", 2), List.of("lines.jsonl", 3),
                List.of("missing.jsonl", 0),
                List.of("table.csv", 3), List.of("table.csv", 4));
        assertThat(rows(db, "SELECT reason FROM errors WHERE file LIKE '%latin1.txt'").get(0).get(0).toString()).contains("UTF-8");
        assertThat(run.err()).contains("8 errors").contains("latin1.txt");
        assertThat(rows(db, "SELECT id FROM articles ORDER BY id").stream().map(r -> r.get(0)).toList())
                .containsExactly("c1", "good", "ok");
    }

    @Test
    void pagesAndFeedsAreIngestedWithTheirOwnMetadata() throws Exception {
        Path in = Files.createDirectories(dir.resolve("crawl"));
        Files.writeString(in.resolve("page.html"), """
                <!doctype html><html><head><title>Harbor Wire | Talks</title>
                <meta property="og:title" content="Kenya and Somalia hold border talks">
                <meta property="og:site_name" content="Harbor Wire">
                <meta property="article:published_time" content="2024-07-02T09:00:00+03:00">
                <link rel="canonical" href="https://harbor.example/kenya-somalia"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><p>Kenyan officials met Somali officials in Nairobi on Monday to discuss security along their shared border,
                the foreign ministry said in a statement released after the meeting.</p></article>
                <footer>Subscribe to our newsletter for the latest headlines every morning.</footer></body></html>
                """);
        Files.writeString(in.resolve("feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Plains Courier World</title><link>https://plains.example/</link>
                <item><title>Protest in Dakar</title><link>https://plains.example/dakar</link><guid>plains-dakar-1</guid>
                <pubDate>Wed, 03 Jul 2024 08:00:00 +0000</pubDate>
                <description>&lt;p&gt;Thousands of Senegalese students protested in Dakar on Tuesday against a rise in university fees.&lt;/p&gt;</description></item>
                </channel></rss>
                """);
        Path db = dir.resolve("d.duckdb");
        Run run = dyad("ingest", in.toString(), "--db", db.toString(), "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows(db, "SELECT id, CAST(published AS VARCHAR), published_from, source, title FROM articles ORDER BY id")).containsExactly(
                List.of("https://harbor.example/kenya-somalia", "2024-07-02", "metadata", "Harbor Wire",
                        "Kenya and Somalia hold border talks"),
                List.of("plains-dakar-1", "2024-07-03", "metadata", "Plains Courier World", "Protest in Dakar"));
        assertThat(rows(db, "SELECT text FROM articles").toString()).doesNotContain("Subscribe", "Home");
        assertThat(rows(db, "SELECT source_code, cameo_root, place->>'name' FROM events ORDER BY cameo_root"))
                .contains(List.of("KENGOV", "04", "Nairobi"), List.of("SENEDU", "14", "Dakar"));
    }

    @Test
    void eventsSqlAndExportAnswerFromTheStore() throws Exception {
        Path db = dir.resolve("d.duckdb");
        assertThat(dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress").status()).isZero();

        Run events = dyad("events", "--db", db.toString(), "--actor", "CHN");
        assertThat(events.status()).as(events.err()).isZero();
        assertThat(events.out()).contains("CHN").contains("RUS").doesNotContain("EGY").contains("(1 row)");
        Run csv = dyad("events", "--db", db.toString(), "--root", "17", "--source", "delta post", "--format", "csv");
        assertThat(csv.out().lines().toList()).hasSize(2);
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("event_id,date,source_code");

        Run sql = dyad("sql", "--db", db.toString(), "SELECT count(*) AS n FROM articles", "--format", "jsonl");
        assertThat(sql.out().strip()).isEqualTo("{\"n\":3}");
        Run write = dyad("sql", "--db", db.toString(), "DELETE FROM articles");
        assertThat(write.status()).isEqualTo(2);
        assertThat(write.err()).contains("queries only");
        assertThat(count(db, "articles")).isEqualTo(3);

        Run gdelt = dyad("export", "--db", db.toString(), "--format", "gdelt");
        assertThat(gdelt.status()).as(gdelt.err()).isZero();
        assertThat(gdelt.out().lines().toList()).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        Path parquet = dir.resolve("events.parquet");
        assertThat(dyad("export", "--db", db.toString(), "--format", "parquet").status()).isNotZero();
        assertThat(dyad("export", "--db", db.toString(), "--format", "parquet", "-o", parquet.toString()).status()).isZero();
        assertThat(Files.size(parquet)).isPositive();

        Run missing = dyad("events", "--db", dir.resolve("none.duckdb").toString());
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).contains("none.duckdb").contains("no such store");
    }

    @Test
    void aChangedDictionaryIsNoticedAndRecodeGivesTheRowsOfAFreshIngest() throws Exception {
        Path db = dir.resolve("d.duckdb");
        Path mine = Files.writeString(dir.resolve("police.tsv"),
                "code\tname\taliases\tcountry\trole\tkind\nEGYZZP\tEgyptian police\tEgyptian police\tEGY\tCOP\tgroup\n");
        assertThat(dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress").status()).isZero();
        String before = snapshot(db);
        assertThat(rows(db, "SELECT DISTINCT dyad_version FROM articles")).containsExactly(List.of(Provenance.DYAD_VERSION));

        Run noticed = dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress", "--dictionary", mine.toString());
        assertThat(noticed.status()).as(noticed.err()).isZero();
        assertThat(noticed.err()).contains("0 articles added, 3 already stored")
                .contains("3 of the stored articles were coded by another Dyad version or configuration").contains("--recode");
        assertThat(snapshot(db)).isEqualTo(before);

        Run recoded = dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress", "--dictionary", mine.toString(), "--recode");
        assertThat(recoded.status()).as(recoded.err()).isZero();
        assertThat(recoded.err()).contains("0 articles added, 0 already stored, 3 recoded");
        assertThat(rows(db, "SELECT source_code, num_mentions, num_sources, num_articles FROM events WHERE cameo_root = '17'"))
                .containsExactly(List.of("EGYZZP", 3L, 2L, 3L));

        Path fresh = dir.resolve("fresh.duckdb");
        assertThat(dyad("ingest", wire().toString(), "--db", fresh.toString(), "--no-progress", "--dictionary", mine.toString()).status()).isZero();
        assertThat(snapshot(db)).isEqualTo(snapshot(fresh));
        assertThat(dyad("ingest", wire().toString(), "--db", db.toString(), "--no-progress", "--dictionary", mine.toString()).err())
                .contains("0 articles added, 3 already stored").doesNotContain("--recode");
    }

    @Test
    void anIngestThatCannotStartLeavesNoStore() throws Exception {
        Path db = dir.resolve("new.duckdb");
        Run missing = dyad("ingest", wire().toString(), "--db", db.toString(), "--dictionary", dir.resolve("nowhere.tsv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.tsv");
        Path broken = Files.writeString(dir.resolve("broken.tsv"), "code\tnom\nEGYZZP\tpolice\n");
        Run bad = dyad("ingest", wire().toString(), "--db", db.toString(), "--dictionary", broken.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.tsv");
        assertThat(db).doesNotExist();
        assertThat(dir.resolve("new.duckdb.wal")).doesNotExist();
    }
}
