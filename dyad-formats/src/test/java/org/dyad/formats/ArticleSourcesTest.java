package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.formats.Accepted.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders in, every item out in a fixed order, every bad input a reasoned rejection. */
class ArticleSourcesTest {

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(
            new ArticleReader.Defaults(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 1, 1), null, null));

    @Test
    void aFolderIsReadThroughInSortedPathOrderWithoutItsHiddenFiles() throws IOException {
        Path desk = Files.createDirectories(dir.resolve("desk"));
        Files.createDirectories(desk.resolve("b/inner"));
        Files.createDirectories(desk.resolve(".git"));
        Files.writeString(desk.resolve("c.txt"), "The mayor spoke.");
        Files.writeString(desk.resolve("a.txt"), "The council met.");
        Files.writeString(desk.resolve("b/inner/z.txt"), "The fleet sailed.");
        Files.writeString(desk.resolve("b/d.jsonl"), "{\"id\":\"j1\",\"text\":\"Talks resumed.\"}\n{\"id\":\"j2\",\"text\":\"Talks ended.\"}\n");
        Files.writeString(desk.resolve(".notes.txt"), "Not an input.");
        Files.writeString(desk.resolve(".git/config"), "[core]");

        List<ArticleInput> in = new ArrayList<>();
        sources.read(List.of(desk), in::add);
        assertThat(in).extracting(ArticleInput::origin).containsExactly(
                desk.resolve("a.txt").toString(), desk.resolve("b/d.jsonl") + ":1", desk.resolve("b/d.jsonl") + ":2",
                desk.resolve("b/inner/z.txt").toString(), desk.resolve("c.txt").toString());
        assertThat(in).extracting(i -> article(i).text())
                .containsExactly("The council met.", "Talks resumed.", "Talks ended.", "The fleet sailed.", "The mayor spoke.");
        assertThat(article(in.get(0)).datedBy()).isEqualTo(Article.DatedBy.FLAG);
    }

    @Test
    void pathsAreReadInTheOrderGiven() throws IOException {
        Path second = Files.writeString(dir.resolve("a.txt"), "The council met.");
        Path first = Files.writeString(dir.resolve("b.txt"), "The mayor spoke.");
        assertThat(sources.read(List.of(first, second))).extracting(ArticleInput::origin)
                .containsExactly(first.toString(), second.toString());
    }

    @Test
    void filesWithoutATellingExtensionAreKnownByTheirContent() throws IOException {
        Path page = Files.writeString(dir.resolve("saved-page"), HtmlPagesTest.page("<title>Fees</title>", HtmlPagesTest.STORY));
        Path feed = Files.writeString(dir.resolve("feed.dat"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><description>Ferry crews went on strike.</description></item></channel></rss>");
        Path text = Files.writeString(dir.resolve("wire.story"), "Ferry crews went on strike.");
        List<ArticleInput> in = sources.read(List.of(page, feed, text));
        assertThat(in).extracting(ArticleInput::origin).containsExactly(page.toString(), feed + ":1", text.toString());
        assertThat(article(in.get(0)).text()).isEqualTo(HtmlPagesTest.TEXT);
        assertThat(article(in.get(1)).source()).isEqualTo("Wire");
        assertThat(article(in.get(2)).text()).isEqualTo("Ferry crews went on strike.");
    }

    @Test
    void everyKindOfBadInputIsOneReasonedRejection() throws IOException {
        Path missing = dir.resolve("missing.html");
        Path emptyPage = Files.writeString(dir.resolve("empty.html"), " \n\t\n");
        Path emptyText = Files.writeString(dir.resolve("empty.txt"), "\n\n");
        Path binary = Files.write(dir.resolve("photo.rss"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin = Files.write(dir.resolve("latin.csv"), "text\nLe pr\u00e9sident a parl\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.writeString(dir.resolve("lines.jsonl"), "{\"text\":\"Talks resumed.\"}\n{\"text\":\"cut\n");
        Path emptyFolder = Files.createDirectories(dir.resolve("nothing-here"));

        List<ArticleInput> in = sources.read(List.of(missing, emptyPage, emptyText, binary, latin, jsonl, emptyFolder));
        assertThat(in).hasSize(8);
        assertThat(article(in.get(5)).text()).isEqualTo("Talks resumed.");
        assertThat(in.get(6).toString()).startsWith(jsonl + ":2: malformed JSON: "); // the rest is Jackson's wording
        in.remove(6);
        in.remove(5);
        assertThat(in).extracting(Object::toString).containsExactly(
                missing + ": no such file",
                emptyPage + ": empty: no text to code",
                emptyText + ": empty: no text to code",
                binary + ": binary file (contains NUL bytes), not text",
                latin + ": not valid UTF-8 text (bad byte at offset 10; convert it, e.g. iconv -f LATIN1 -t UTF-8)",
                emptyFolder + ": empty folder: no files to read");
    }
}
