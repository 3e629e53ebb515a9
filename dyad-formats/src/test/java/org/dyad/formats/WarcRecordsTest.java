package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A crawl's successful HTML responses are its articles; everything else in it is passed over. */
class WarcRecordsTest {

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(
            new ArticleReader.Defaults(null, LocalDate.of(2031, 1, 1), null, null));

    private static final String DATED_PAGE = HtmlPagesTest.page("""
            <title>Fishing council rejects harbour fees</title>
            <meta property="article:published_time" content="2031-03-04">
            <link rel="canonical" href="https://lantern.example/local/harbour-fees">
            """, HtmlPagesTest.STORY);

    private static final String UNDATED_PAGE = HtmlPagesTest.page("<title>Ferry strike</title>", """
            <article><p>Ferry crews in Port Ellery went on strike on Thursday, demanding that the regional
            government in Calder restore the night crossings it cut last autumn.</p></article>
            """);

    /** Records 1-6: a request, the dated page, an image, a missing page, the undated page, a second image. */
    private void writeCrawl(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
            warc.write(new WarcRequest.Builder(URI.create("https://lantern.example/local/fees?ref=home"))
                    .date(Instant.parse("2031-03-05T10:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/local/fees?ref=home").build()).build());
            warc.write(response("https://lantern.example/local/fees?ref=home", "2031-03-05T10:00:01Z", 200,
                    MediaType.HTML_UTF8, DATED_PAGE.getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://lantern.example/logo.png", "2031-03-05T10:00:02Z", 200,
                    MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
            warc.write(response("https://lantern.example/gone", "2031-03-05T10:00:03Z", 404,
                    MediaType.HTML_UTF8, "<html><body><p>Page not found on this server, sorry about that, please try the home page.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://lantern.example/local/strike", "2031-03-06T23:59:00Z", 200,
                    MediaType.parse("text/html"), UNDATED_PAGE.getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://lantern.example/photo.jpg", "2031-03-05T10:00:05Z", 200,
                    MediaType.parse("image/jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0}));
        }
    }

    private static WarcResponse response(String url, String date, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date)).body(http).build();
    }

    private void assertTheTwoPages(Path file, List<ArticleInput> in) {
        assertThat(in).extracting(ArticleInput::origin).containsExactly(file + ":2", file + ":5");

        Article dated = ((ArticleInput.Accepted) in.get(0)).article();
        assertThat(dated.text()).isEqualTo(HtmlPagesTest.TEXT);
        assertThat(dated.url()).isEqualTo("https://lantern.example/local/fees?ref=home"); // where the crawl fetched it
        assertThat(dated.id()).isEqualTo("https://lantern.example/local/fees?ref=home");
        assertThat(dated.published()).isEqualTo(LocalDate.of(2031, 3, 4)); // the page's own date
        assertThat(dated.datedBy()).isEqualTo(Article.DatedBy.METADATA);
        assertThat(dated.source()).isEqualTo("lantern.example");
        assertThat(dated.title()).isEqualTo("Fishing council rejects harbour fees");

        Article undated = ((ArticleInput.Accepted) in.get(1)).article();
        assertThat(undated.text()).isEqualTo("Ferry crews in Port Ellery went on strike on Thursday, demanding that the"
                + " regional government in Calder restore the night crossings it cut last autumn.");
        assertThat(undated.published()).isEqualTo(LocalDate.of(2031, 3, 6)); // WARC-Date
        assertThat(undated.datedBy()).isEqualTo(Article.DatedBy.METADATA);
    }

    @Test
    void aPlainWarc() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeCrawl(file, WarcCompression.NONE);
        assertTheTwoPages(file, sources.read(List.of(file)));
    }

    @Test
    void aGzippedWarcFoundByItsContentWhateverItsName() throws IOException {
        Path named = dir.resolve("crawl.warc.gz");
        writeCrawl(named, WarcCompression.GZIP);
        assertTheTwoPages(named, sources.read(List.of(named)));
        Path unnamed = Files.copy(named, dir.resolve("crawl-2031-03"));
        assertTheTwoPages(unnamed, sources.read(List.of(unnamed)));
    }

    @Test
    void aTruncatedWarcGivesTheRecordsBeforeTheCutAndOneRejection() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path whole = dir.resolve("whole-" + compression);
            writeCrawl(whole, compression);
            byte[] bytes = Files.readAllBytes(whole);
            String asText = new String(bytes, StandardCharsets.ISO_8859_1);
            // Cut inside the undated page's record: in its HTML when plain, 40 bytes before the end of its gzip member when gzipped.
            int cut = compression == WarcCompression.NONE ? asText.indexOf("Ferry crews")
                    : memberEnd(bytes, 5) - 40;
            Path file = Files.write(dir.resolve("cut-" + compression + ".warc"), Arrays.copyOf(bytes, cut));
            List<ArticleInput> in = sources.read(List.of(file));
            assertThat(in).hasSize(2);
            assertThat(((ArticleInput.Accepted) in.get(0)).article().text()).isEqualTo(HtmlPagesTest.TEXT);
            assertThat(in.get(1)).isInstanceOf(ArticleInput.Rejected.class);
            assertThat(in.get(1).origin()).isEqualTo(file + ":5");
            assertThat(in.get(1).toString()).contains("truncated or corrupt WARC: reading stopped at record 5")
                    .endsWith("the records before it were read");
        }
    }

    @Test
    void aFileThatIsNotAWarcAtAllIsRejectedAtItsFirstRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.warc"), "Meeting notes: the council meets again on Monday.\n");
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(1);
        assertThat(in.get(0).origin()).isEqualTo(file + ":1");
        assertThat(in.get(0).toString()).contains("truncated or corrupt WARC: reading stopped at record 1 (")
                .endsWith("; not a WARC file, or damaged from its start");
    }

    @Test
    void aPageOverTenMegabytesIsRejectedByRecordAndTheNextStillRead() throws IOException {
        Path file = dir.resolve("big.warc");
        byte[] huge = new byte[(int) ArticleReader.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) ' ');
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            warc.write(response("https://lantern.example/huge", "2031-03-05T10:00:00Z", 200, MediaType.HTML, huge));
            warc.write(response("https://lantern.example/local/strike", "2031-03-06T10:00:00Z", 200, MediaType.HTML,
                    UNDATED_PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(2);
        assertThat(in.get(0)).hasToString(file + ":1: too large: the page is over 10485760 bytes (limit 10485760)");
        assertThat(((ArticleInput.Accepted) in.get(1)).article().id()).isEqualTo("https://lantern.example/local/strike");
    }

    @Test
    void aResponseThatIsNotHttpIsRejectedAndTheArchiveReadOn() throws IOException {
        Path file = dir.resolve("odd.warc");
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            warc.write(new WarcResponse.Builder(URI.create("https://lantern.example/odd")).date(Instant.parse("2031-03-05T10:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, "no status line here\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            warc.write(response("https://lantern.example/local/strike", "2031-03-06T10:00:00Z", 200, MediaType.HTML,
                    UNDATED_PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(2);
        assertThat(in.get(0).toString()).startsWith(file + ":1: not a readable HTTP response (");
        assertThat(((ArticleInput.Accepted) in.get(1)).article().id()).isEqualTo("https://lantern.example/local/strike");
    }

    /** The offset just past the n-th gzip member (1-based): jwarc writes one member per record. */
    private static int memberEnd(byte[] bytes, int n) {
        int found = 0;
        for (int i = 1; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0x1f && (bytes[i + 1] & 0xFF) == 0x8b && bytes[i + 2] == 8 && ++found == n) return i;
        }
        return bytes.length;
    }
}
