package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.EventStore;

/**
 * A handful of short articles, written for the project, in the forms the job reads: the four of
 * examples/wire.jsonl, a JSONL file that repeats one of them, breaks a line and adds an article
 * from a third outlet and one in Spanish, and a folder with a text article, an empty file and a
 * hidden one; plus a path that does not exist. Six articles to code, one to skip for its
 * language, three bad inputs, one repeat.
 */
final class SmallCorpus {

    static final int ARTICLES = 6;
    static final int SKIPPED = 1;
    static final int ERRORS = 3;

    private static Path dir;
    private static Path uninterrupted;
    private static Path ingested;

    private SmallCorpus() {}

    static synchronized Path dir() {
        if (dir == null) dir = write();
        return dir;
    }

    static List<String> inputs() {
        Path d = dir();
        return List.of(d.resolve("wire.jsonl").toString(), d.resolve("more.jsonl").toString(), d.resolve("texts").toString(),
                d.resolve("missing.jsonl").toString());
    }

    /** The job's output for the corpus, run once without interruption, all in one chunk. */
    static synchronized Path uninterrupted() {
        if (uninterrupted == null) {
            uninterrupted = dir().resolve("uninterrupted");
            LocalSpark.ingest(inputs(), uninterrupted, 100);
        }
        return uninterrupted;
    }

    /** What {@code dyad ingest} stores from the corpus, with this JVM's pipeline. */
    static synchronized Path ingested() {
        if (ingested == null) {
            ingested = dir().resolve("ingest.duckdb");
            SparkIngestTest.ingest(inputs(), ingested);
        }
        return ingested;
    }

    private static Path write() {
        try {
            Path d = Files.createTempDirectory("dyad-spark-corpus");
            List<String> wire = Files.readAllLines(Path.of("..", "examples", "wire.jsonl"));
            Files.write(d.resolve("wire.jsonl"), wire);
            Files.write(d.resolve("more.jsonl"), List.of(
                    wire.get(0),
                    "{\"id\": \"broken\", \"text\": ",
                    "{\"id\": \"coast-3\", \"published\": \"2025-09-16\", \"source\": \"Coast Herald\", \"url\": \"https://coast.example/3\", "
                            + "\"text\": \"Israel accused Iran of hiding enriched uranium from inspectors. Iran's foreign minister rejected the charge.\"}",
                    "{\"id\": \"sur-7\", \"published\": \"2025-09-16\", \"source\": \"Diario del Sur\", \"text\": \"El ministro de "
                            + "Asuntos Exteriores se reunió el lunes con su homólogo en Rabat para hablar de la pesca y de la migración.\"}"));
            Path texts = Files.createDirectories(d.resolve("texts"));
            Files.writeString(texts.resolve("amman.txt"),
                    "The foreign ministers of Egypt and Jordan met in Amman on Sunday to discuss the war in Gaza.\n");
            Files.writeString(texts.resolve("empty.txt"), "");
            Files.writeString(texts.resolve(".draft.txt"), "Not an input: hidden files are passed over.\n");
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table's rows, ordered, without the columns that hold the time of the run. */
    static List<List<Object>> rows(Path store, String table) {
        String sql = switch (table) {
            case "events" -> "SELECT * EXCLUDE (first_added) FROM events ORDER BY event_id";
            case "articles" -> "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY seq";
            case "mentions" -> "SELECT * FROM mentions ORDER BY event_id, article_key";
            case "errors" -> "SELECT * EXCLUDE (first_seen) FROM errors ORDER BY file, line, reason";
            case "skipped" -> "SELECT * EXCLUDE (first_seen) FROM skipped ORDER BY article_key";
            default -> "SELECT * FROM " + table + " ORDER BY ALL";
        };
        try (EventStore s = EventStore.openReadOnly(store)) {
            return s.query(sql, List.of()).rows();
        }
    }

    static final List<String> TABLES = List.of("events", "coded_events", "articles", "mentions", "quotes", "actors", "errors", "skipped");
}
