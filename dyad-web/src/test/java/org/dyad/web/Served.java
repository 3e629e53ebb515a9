package org.dyad.web;

import org.dyad.record.Provenance;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.pipeline.Dyad;

/**
 * One pipeline and one server for every test in this JVM: the language models load once. The
 * server's store starts with the four articles of fixture.jsonl (written for the project),
 * ingested through the API itself. Tests that add articles use other outlets and dates.
 */
final class Served {

    static final Dyad DYAD = new Dyad(CoreNlpAnalyzer.shared(), EventCoder.Options.DEFAULT);

    private static Server server;
    private static Http http;

    private Served() {}

    static synchronized Http http() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("dyad-web-test");
                server = start(dir.resolve("news.duckdb"), null);
                http = new Http("http://127.0.0.1:" + server.port(), null);
                ingest(http, fixture());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return http;
    }

    static synchronized Server server() {
        http();
        return server;
    }

    /** What the test pipeline codes with. */
    static final Provenance CODING = new Provenance("test", "test");

    static Server start(Path db, String token) {
        return Server.start(new Server.Settings(db, "127.0.0.1", 0, token, 1), () -> DYAD::code, CODING);
    }

    static String fixture() {
        try (InputStream in = Served.class.getResourceAsStream("/fixture.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a batch and waits for its ingest to finish; returns its last status. */
    static JsonNode ingest(Http http, String jsonl) {
        Http.Response posted = http.post("/api/ingest", "application/x-ndjson", jsonl);
        if (posted.status() != 202) throw new AssertionError("ingest refused: " + posted.body());
        String location = posted.header("Location");
        for (int i = 0; i < 600; i++) {
            JsonNode status = http.get(location).json();
            String state = status.get("state").asText();
            if (state.equals("done") || state.equals("failed")) return status;
            sleep(200);
        }
        throw new AssertionError("ingest did not finish in two minutes");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
