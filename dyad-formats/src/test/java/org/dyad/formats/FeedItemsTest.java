package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.formats.Accepted.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed is one article per item, numbered from 1 in its origin, its markup turned into paragraphs. */
class FeedItemsTest {

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(
            new ArticleReader.Defaults(null, LocalDate.of(2031, 1, 1), "user-source", null));

    @Test
    void rssItemsTakeTheFullContentElseTheDescription() throws IOException {
        Path file = Files.writeString(dir.resolve("lantern.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>The Ellery Lantern &amp; Gazette</title>
                    <link>https://lantern.example/</link>
                    <description>Local news</description>
                    <item>
                      <title>Council rejects harbour fees</title>
                      <link>https://lantern.example/local/fees</link>
                      <guid isPermaLink="false">lantern-4471</guid>
                      <pubDate>Tue, 04 Mar 2031 21:30:00 -0500</pubDate>
                      <description>The council said no.</description>
                      <content:encoded><![CDATA[<p>The fishing council rejected the harbour fees on Tuesday.</p>
                        <p>Its chair accused the mayor of ignoring the fleet.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>Mayor offers talks</title>
                      <link>https://lantern.example/local/talks</link>
                      <pubDate>Wed, 05 Mar 2031 09:00:00 GMT</pubDate>
                      <description>&lt;p&gt;Mayor Ilse Varga &lt;b&gt;invited&lt;/b&gt; the council to talks next week.&lt;/p&gt;</description>
                    </item>
                  </channel>
                </rss>
                """);
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).extracting(ArticleInput::origin).containsExactly(file + ":1", file + ":2");

        Article first = article(in.get(0));
        assertThat(first.text()).isEqualTo("The fishing council rejected the harbour fees on Tuesday.\n\n"
                + "Its chair accused the mayor of ignoring the fleet.");
        assertThat(first.id()).isEqualTo("lantern-4471");
        assertThat(first.url()).isEqualTo("https://lantern.example/local/fees");
        assertThat(first.title()).isEqualTo("Council rejects harbour fees");
        assertThat(first.source()).isEqualTo("The Ellery Lantern & Gazette");
        assertThat(first.published()).isEqualTo(LocalDate.of(2031, 3, 4)); // as written, not the UTC 5th
        assertThat(first.datedBy()).isEqualTo(Article.DatedBy.METADATA);

        Article second = article(in.get(1));
        assertThat(second.text()).isEqualTo("Mayor Ilse Varga invited the council to talks next week.");
        assertThat(second.id()).isEqualTo("https://lantern.example/local/talks");
        assertThat(second.published()).isEqualTo(LocalDate.of(2031, 3, 5));
    }

    @Test
    void atomEntriesTakeTheirContentOrSummaryAndAnEntryWithoutTextIsRejectedByNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Calder Wire</title>
                  <id>urn:calder-wire</id>
                  <updated>2031-03-06T12:00:00Z</updated>
                  <entry>
                    <title type="html">Regional government &lt;em&gt;blocks&lt;/em&gt; fees</title>
                    <id>urn:calder-wire:101</id>
                    <link rel="alternate" href="https://wire.example/101"/>
                    <published>2031-03-06T00:30:00+02:00</published>
                    <updated>2031-03-07T10:00:00Z</updated>
                    <content type="html">&lt;p&gt;The regional government in Calder blocked the harbour fees.&lt;/p&gt;&lt;p&gt;The mayor called the decision unfair.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Fleet celebrates</title>
                    <id>urn:calder-wire:102</id>
                    <updated>2031-03-07T18:00:00Z</updated>
                    <summary type="text">Boat owners in Port Ellery thanked the regional government.</summary>
                  </entry>
                  <entry>
                    <title>Photo gallery</title>
                    <id>urn:calder-wire:103</id>
                    <updated>2031-03-07T19:00:00Z</updated>
                  </entry>
                </feed>
                """);
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(3);

        Article first = article(in.get(0));
        assertThat(first.text()).isEqualTo("The regional government in Calder blocked the harbour fees.\n\nThe mayor called the decision unfair.");
        assertThat(first.title()).isEqualTo("Regional government blocks fees");
        assertThat(first.id()).isEqualTo("urn:calder-wire:101");
        assertThat(first.url()).isEqualTo("https://wire.example/101");
        assertThat(first.source()).isEqualTo("Calder Wire");
        assertThat(first.published()).isEqualTo(LocalDate.of(2031, 3, 6)); // published wins over updated

        Article second = article(in.get(1));
        assertThat(second.text()).isEqualTo("Boat owners in Port Ellery thanked the regional government.");
        assertThat(second.published()).isEqualTo(LocalDate.of(2031, 3, 7)); // no published: updated
        assertThat(second.url()).isNull();

        assertThat(in.get(2)).hasToString(file + ":3: item has no text (no content or description)");
    }

    @Test
    void anXmlFileIsReadAsAFeedWhenItIsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("export.xml"), """
                <?xml version="1.0"?>
                <!-- exported by the newsroom system -->
                <rss version="2.0"><channel><title>Export</title>
                  <item><title>Ferry strike</title><description>Ferry crews in Port Ellery went on strike.</description></item>
                </channel></rss>
                """);
        Article a = article(sources.read(List.of(file)).get(0));
        assertThat(a.text()).isEqualTo("Ferry crews in Port Ellery went on strike.");
        assertThat(a.id()).isEqualTo("export-1");
        assertThat(a.datedBy()).isEqualTo(Article.DatedBy.TODAY);
    }

    @Test
    void xmlThatIsNotAFeedAndBrokenXmlAreRejectedWhole() throws IOException {
        Path other = Files.writeString(dir.resolve("config.xml"), "<?xml version=\"1.0\"?><settings><colour>blue</colour></settings>");
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><title>Cut</title><item>");
        List<ArticleInput> in = sources.read(List.of(other, broken));
        assertThat(in).hasSize(2);
        assertThat(in.get(0)).hasToString(other + ": XML, but not an RSS or Atom feed");
        assertThat(in.get(1).origin()).isEqualTo(broken.toString());
        assertThat(in.get(1).toString()).startsWith(broken + ": not a readable RSS or Atom feed: ");
    }
}
