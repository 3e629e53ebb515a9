package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved web page is its article text, without the site around it, dated and named by its metadata. */
class HtmlPagesTest {

    static final String STORY = """
            <article>
              <h1>Fishing council rejects harbour fees</h1>
              <p>The fishing council of Port Ellery on Tuesday rejected the new harbour fees proposed by
                 Mayor Ilse Varga, saying they would ruin the small boat owners of the town.</p>
              <p>Council chair Tomas Brenner accused the mayor of ignoring the fleet and urged the
                 regional government in Calder to block the fees before the spring season.</p>
              <p>A spokesperson for the mayor said the city would meet the council again next week, but
                 warned that the harbour walls needed repairs before the winter storms arrived.</p>
            </article>
            """;

    static final String TEXT = "Fishing council rejects harbour fees\n\n"
            + "The fishing council of Port Ellery on Tuesday rejected the new harbour fees proposed by Mayor Ilse Varga,"
            + " saying they would ruin the small boat owners of the town.\n\n"
            + "Council chair Tomas Brenner accused the mayor of ignoring the fleet and urged the regional government in"
            + " Calder to block the fees before the spring season.\n\n"
            + "A spokesperson for the mayor said the city would meet the council again next week, but warned that the"
            + " harbour walls needed repairs before the winter storms arrived.";

    /** A page as news sites build them: the story wrapped in navigation, a promotion box, a reading list and a footer. */
    static String page(String head, String story) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                %s
                </head><body>
                <header class="site-header"><a href="/">The Ellery Lantern</a></header>
                <nav class="main-nav"><ul><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
                <div class="advert promo">Lantern readers save on ferry tickets all month</div>
                <main>%s</main>
                <aside class="sidebar related"><h2>Most read</h2><ul><li><a href="/a">Lighthouse keeper retires</a></li>
                  <li><a href="/b">Market hall reopens</a></li></ul></aside>
                <footer class="site-footer"><p>Copyright The Ellery Lantern. All rights reserved.</p>
                  <p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy</a></p></footer>
                </body></html>
                """.formatted(head, story);
    }

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(
            new ArticleReader.Defaults(null, LocalDate.of(2031, 1, 1), "user-source", null));

    private Article accepted(Path file) {
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(1);
        assertThat(in.get(0)).isInstanceOf(ArticleInput.Accepted.class);
        return ((ArticleInput.Accepted) in.get(0)).article();
    }

    @Test
    void theStoryWithoutTheSiteAroundItAndItsOpenGraphMetadata() throws IOException {
        Path file = Files.writeString(dir.resolve("harbour.html"), page("""
                <title>Fishing council rejects harbour fees | The Ellery Lantern</title>
                <meta property="og:title" content="Fishing council rejects harbour fees">
                <meta property="og:site_name" content="The Ellery Lantern">
                <meta property="article:published_time" content="2031-03-04T21:30:00-05:00">
                <link rel="canonical" href="https://lantern.example/local/harbour-fees">
                """, STORY));
        Article a = accepted(file);
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.text()).doesNotContain("Subscribe", "ferry tickets", "Most read", "Lighthouse", "Copyright", "Contact");
        assertThat(a.title()).isEqualTo("Fishing council rejects harbour fees");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 4)); // the publisher's date, not UTC's 5th
        assertThat(a.datedBy()).isEqualTo(Article.DatedBy.METADATA);
        assertThat(a.source()).isEqualTo("The Ellery Lantern");
        assertThat(a.url()).isEqualTo("https://lantern.example/local/harbour-fees");
        assertThat(a.id()).isEqualTo("https://lantern.example/local/harbour-fees");
    }

    @Test
    void aJsonLdDateAndTheHostAsSourceWhenTheSiteHasNoName() throws IOException {
        Path file = Files.writeString(dir.resolve("harbour.htm"), page("""
                <title>Harbour fees rejected</title>
                <meta property="og:url" content="https://www.lantern.example/local/fees">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Lantern"},
                  {"@type": "NewsArticle", "headline": "Harbour fees rejected", "datePublished": "2031-03-05T08:15:00+01:00"}]}
                </script>
                """, STORY));
        Article a = accepted(file);
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.title()).isEqualTo("Harbour fees rejected");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(a.datedBy()).isEqualTo(Article.DatedBy.METADATA);
        assertThat(a.source()).isEqualTo("lantern.example");
        assertThat(a.url()).isEqualTo("https://www.lantern.example/local/fees");
    }

    @Test
    void aTimeElementDatesAPageWithoutMetadataAndTheFileNamesIt() throws IOException {
        String story = STORY.replace("<h1>", "<time datetime=\"2031-03-06\">6 March</time><h1>");
        Path file = Files.writeString(dir.resolve("fees.xhtml"), page("<title>Fees</title>", story));
        Article a = accepted(file);
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(a.id()).isEqualTo("fees");
        assertThat(a.url()).isNull();
        assertThat(a.source()).isEqualTo("user-source");
    }

    @Test
    void aPageWithoutADateTakesTodayAndSaysSo() throws IOException {
        Article a = accepted(Files.writeString(dir.resolve("undated.html"), page("<title>Fees</title>", STORY)));
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(a.datedBy()).isEqualTo(Article.DatedBy.TODAY);
    }

    @Test
    void aPageInTheEncodingItDeclaresIsDecodedByIt() throws IOException {
        String latin = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Fees</title>",
                STORY.replace("Tomas Brenner", "Tom\u00e1s Brenner"));
        Path file = Files.write(dir.resolve("latin.html"), latin.replace("<meta charset=\"utf-8\">", "")
                .getBytes(Charset.forName("ISO-8859-1")));
        assertThat(accepted(file).text()).contains("Council chair Tom\u00e1s Brenner accused");
    }

    @Test
    void aPageThatIsNotUtf8AndDoesNotSaySoIsRejectedAtTheBadByte() throws IOException {
        byte[] bytes = "<html><body><p>Tom\u00e1s Brenner spoke.</p></body></html>".getBytes(Charset.forName("ISO-8859-1"));
        Path file = Files.write(dir.resolve("latin.html"), bytes);
        assertThat(sources.read(List.of(file))).extracting(Object::toString).containsExactly(
                file + ": not valid UTF-8 text (bad byte at offset 18; convert it, e.g. iconv -f LATIN1 -t UTF-8)");
    }

    @Test
    void aPageOfNothingButNavigationHasNoArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("index.html"),
                "<html><head><title>Index</title></head><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav></body></html>");
        assertThat(sources.read(List.of(file))).extracting(Object::toString)
                .containsExactly(file + ": no article text found");
    }

    /**
     * Readability's work grows with the square of nesting and of removed siblings: 100,000
     * nested elements took more than 5 minutes before pages like this were refused.
     */
    @Test
    void aPathologicallyNestedOrCrowdedPageIsRefusedAtOnce() throws IOException {
        Path nested = Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000) + STORY
                + "</div>".repeat(100_000) + "</body></html>");
        Path crowded = Files.writeString(dir.resolve("crowded.html"), "<html><body>" + STORY + "<div></div>".repeat(50_000) + "</body></html>");
        long t0 = System.nanoTime();
        assertThat(sources.read(List.of(nested, crowded))).extracting(Object::toString).containsExactly(
                nested + ": the page has 100,009 elements nested 512 deep; its article is looked for in pages of at most 10,000 elements nested at most 100 deep",
                crowded + ": the page has 50,009 elements nested 4 deep; its article is looked for in pages of at most 10,000 elements nested at most 100 deep");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20.0);
        assertThat(accepted(Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(90) + STORY
                + "</div>".repeat(90) + "</body></html>")).text()).isEqualTo(TEXT);
    }
}
