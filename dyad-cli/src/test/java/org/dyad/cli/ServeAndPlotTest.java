package org.dyad.cli;

import org.dyad.record.Provenance;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.dyad.web.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad plot}, and {@code dyad serve} on the command's own class path, end to end in this JVM. */
class ServeAndPlotTest {

    @TempDir
    Path dir;

    private Path store() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "p1", "published": "2024-03-04", "source": "Harbor Times", "text": "Israeli troops shelled Palestinian positions in Gaza on Sunday."}
                {"id": "p2", "published": "2024-05-20", "source": "Valley Herald", "text": "Israeli negotiators met Palestinian officials in Cairo on Monday. Egypt praised Israel for the talks."}
                """);
        Path db = dir.resolve("p.duckdb");
        IngestTest.Run run = IngestTest.dyad("ingest", feed.toString(), "--db", db.toString(), "--no-progress");
        assertThat(run.status()).as(run.err()).isZero();
        return db;
    }

    /** How many pixels of an image are of a colour close to this one. */
    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int p = image.getRGB(x, y);
                int dr = ((p >> 16) & 0xff) - ((rgb >> 16) & 0xff);
                int dg = ((p >> 8) & 0xff) - ((rgb >> 8) & 0xff);
                int db = (p & 0xff) - (rgb & 0xff);
                if (dr * dr + dg * dg + db * db < 400) n++;
            }
        }
        return n;
    }

    @Test
    void aDyadIsDrawnToPngAndSvg() throws Exception {
        Path db = store();
        Path png = dir.resolve("isr-pse.png");
        IngestTest.Run run = IngestTest.dyad("plot", "dyad", "ISR", "PSE", "--db", db.toString(), "--from", "2024-01-01",
                "--to", "2024-12-31", "-o", png.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 months");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(pixels(image, 0xb42318)).as("the material conflict bar").isGreaterThan(1000);
        assertThat(pixels(image, 0x7cc68d)).as("the verbal cooperation bar").isGreaterThan(1000);

        Path svg = dir.resolve("isr-pse.svg");
        assertThat(IngestTest.dyad("plot", "dyad", "isr", "pse", "--db", db.toString(), "-o", svg.toString()).status()).isZero();
        assertThat(Files.readString(svg)).startsWith("<!DOCTYPE svg").contains("<svg").contains("ISR → PSE").contains("material conflict");
    }

    @Test
    void theNetworkIsDrawnWithCooperationAndConflictApart() throws Exception {
        Path db = store();
        Path png = dir.resolve("net.png");
        IngestTest.Run run = IngestTest.dyad("plot", "network", "--db", db.toString(), "-o", png.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("directed pairs");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(pixels(image, 0x2451a6)).as("actors").isGreaterThan(500);
        assertThat(pixels(image, 0xb42318)).as("conflict").isGreaterThan(50);
        assertThat(pixels(image, 0x1e7b34)).as("cooperation").isGreaterThan(50);
        assertThat(Files.readString(writeSvg(db))).contains("ISRMIL").contains("PSE");
    }

    private Path writeSvg(Path db) {
        Path svg = dir.resolve("net.svg");
        assertThat(IngestTest.dyad("plot", "network", "--db", db.toString(), "-o", svg.toString()).status()).isZero();
        return svg;
    }

    @Test
    void nothingToDrawOrNowhereToDrawItIsSaid() throws Exception {
        Path db = store();
        IngestTest.Run none = IngestTest.dyad("plot", "dyad", "USA", "CHN", "--db", db.toString(), "-o", dir.resolve("x.png").toString());
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).contains("no events from USA to CHN");
        IngestTest.Run pdf = IngestTest.dyad("plot", "dyad", "ISR", "PSE", "--db", db.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(pdf.status()).isEqualTo(2);
        assertThat(pdf.err()).contains("x.pdf").contains(".png or .svg");
        IngestTest.Run missing = IngestTest.dyad("plot", "network", "--db", dir.resolve("none.duckdb").toString(), "-o", dir.resolve("n.png").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such store");
    }

    @Test
    void theServerRunsOnTheCommandsClassPath() throws Exception {
        // Javalin, Jetty and Kotlin resolved beside CoreNLP and readability4j: a version clash shows here.
        try (Server server = Server.start(new Server.Settings(dir.resolve("s.duckdb"), "127.0.0.1", 0, null, 1), () -> a -> {
            throw new AssertionError("nothing is coded");
        }, new Provenance("test", "test"))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/", "/api/status", "/openapi.json", "/webjars/echarts/5.3.1/dist/echarts.min.js")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void serveRefusesToListenBeyondLoopbackWithoutAToken() {
        IngestTest.Run run = IngestTest.dyad("serve", "--db", dir.resolve("s.duckdb").toString(), "--host", "0.0.0.0", "--port", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("requires a token");
    }
}
